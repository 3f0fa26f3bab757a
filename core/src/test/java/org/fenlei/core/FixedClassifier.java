package org.fenlei.core;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A test model: fixed scores, whatever the text. Registered as a service in the test resources. */
final class FixedClassifier extends TextClassifier {
  private final List<String> labels;
  private final double[] scores;
  private final boolean multiLabel;

  FixedClassifier(List<String> labels, double[] scores, boolean multiLabel) {
    this.labels = List.copyOf(labels);
    this.scores = scores.clone();
    this.multiLabel = multiLabel;
  }

  @Override
  public String kind() {
    return "fixed-test";
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  @Override
  public boolean multiLabel() {
    return multiLabel;
  }

  @Override
  public double[] scores(String text) {
    return scores.clone();
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeBoolean(multiLabel);
    out.writeInt(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      out.writeUTF(labels.get(i));
      out.writeDouble(scores[i]);
    }
  }

  public static final class Codec implements ModelCodec {
    @Override
    public String kind() {
      return "fixed-test";
    }

    @Override
    public TextClassifier read(DataInput in) throws IOException {
      boolean multi = in.readBoolean();
      int n = in.readInt();
      List<String> labels = new ArrayList<>();
      double[] scores = new double[n];
      for (int i = 0; i < n; i++) {
        labels.add(in.readUTF());
        scores[i] = in.readDouble();
      }
      return new FixedClassifier(labels, scores, multi);
    }
  }
}
