package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Embedding features: the average and/or the element-wise maximum of the vectors of a document's words
 * (words without a vector are skipped; a document with none gets zeros). Only the vectors of words seen in
 * training are kept in the model.
 */
final class Embeddings implements DenseBlock {
  static final String NAME = "embed";
  private final WordVectors vectors;
  private final boolean average;
  private final boolean max;

  Embeddings(WordVectors vectors, boolean average, boolean max) {
    if (!average && !max) {
      throw new IllegalArgumentException("embedding features need average, max or both");
    }
    this.vectors = vectors;
    this.average = average;
    this.max = max;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimension() {
    return vectors.dimension() * ((average ? 1 : 0) + (max ? 1 : 0));
  }

  @Override
  public void compute(List<String> words, SparseVector bag, float[] out, int offset) {
    int d = vectors.dimension();
    int maxOffset = offset + (average ? d : 0);
    int n = 0;
    for (String w : words) {
      float[] v = vectors.get(w);
      if (v == null) {
        continue;
      }
      for (int i = 0; i < d; i++) {
        if (average) {
          out[offset + i] += v[i];
        }
        if (max) {
          out[maxOffset + i] = n == 0 ? v[i] : Math.max(out[maxOffset + i], v[i]);
        }
      }
      n++;
    }
    if (average && n > 0) {
      for (int i = 0; i < d; i++) {
        out[offset + i] /= n;
      }
    }
  }

  @Override
  public String describe(int i) {
    int d = vectors.dimension();
    return (average && i < d ? "embed.avg#" + i : "embed.max#" + (i % d));
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeBoolean(average);
    out.writeBoolean(max);
    out.writeInt(vectors.dimension());
    out.writeInt(vectors.size());
    for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(vectors.all()).entrySet()) {
      out.writeUTF(e.getKey());
      for (float f : e.getValue()) {
        out.writeFloat(f);
      }
    }
  }

  static Embeddings read(DataInput in) throws IOException {
    boolean avg = in.readBoolean();
    boolean max = in.readBoolean();
    int d = in.readInt();
    int n = in.readInt();
    if (d <= 0 || n < 0) {
      throw new IOException("invalid embedding shape " + n + " x " + d);
    }
    Map<String, float[]> m = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String w = in.readUTF();
      float[] v = new float[d];
      for (int j = 0; j < d; j++) {
        v[j] = in.readFloat();
      }
      m.put(w, v);
    }
    return new Embeddings(new WordVectors(m, d), avg, max);
  }
}
