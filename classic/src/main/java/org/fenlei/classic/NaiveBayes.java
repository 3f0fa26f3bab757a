package org.fenlei.classic;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.features.ModelCodec;
import org.fenlei.features.SparseVector;
import org.fenlei.features.TextClassifier;
import org.fenlei.features.TextPipeline;
import org.fenlei.features.TrainingData;

/**
 * Multinomial Naive Bayes over the pipeline's (TF-IDF weighted) term features, with additive smoothing
 * {@code alpha}: {@code P(t | c) = (N_ct + alpha) / (N_c + alpha V)}. Multi-class scores are the posterior
 * {@code P(c | d)}; multi-label models are one-vs-rest: label {@code l} against all documents without it, its
 * score the two-class posterior.
 */
public final class NaiveBayes extends PipelineClassifier {
  static final String KIND = "nb";
  static final int VERSION = 1;

  /** Which event model: term mass (multinomial), its complement (Rennie et al. 2003), or term presence. */
  public enum Variant {
    MULTINOMIAL, COMPLEMENT, BERNOULLI;

    public static Variant parse(String s) {
      for (Variant v : values()) {
        if (v.name().equalsIgnoreCase(s)) {
          return v;
        }
      }
      throw new IllegalArgumentException("unknown Naive Bayes variant '" + s
          + "' (known: multinomial, complement, bernoulli)");
    }
  }

  /** @param alpha additive (Lidstone) smoothing, > 0 */
  public record Options(Variant variant, double alpha) {
    public Options {
      if (variant == null) {
        throw new IllegalArgumentException("variant is required");
      }
      if (!(alpha > 0)) {
        throw new IllegalArgumentException("alpha must be > 0: " + alpha);
      }
    }

    public Options() {
      this(Variant.MULTINOMIAL, 0.1);
    }
  }

  private final Variant variant;
  private final double alpha;
  private final double documents;
  private final double[] docCounts; // per label: documents with the label
  private final float[][] termMass; // [label][term]: summed feature values of the label's documents
  private final float[] totalMass; // [term]: summed feature values of all documents
  private final NaiveBayesScorer scorer;

  private NaiveBayes(TextPipeline pipeline, List<String> labels, boolean multiLabel, Variant variant, double alpha,
      double documents, double[] docCounts, float[][] termMass, float[] totalMass, Thresholds thresholds) {
    super(pipeline, labels, multiLabel, thresholds);
    this.variant = variant;
    this.alpha = alpha;
    this.documents = documents;
    this.docCounts = docCounts;
    this.termMass = termMass;
    this.totalMass = totalMass;
    this.scorer = new NaiveBayesScorer(variant, alpha, documents, docCounts, termMass, totalMass, multiLabel);
  }

  /**
   * Fits the model; a multi-label one gets per-label thresholds tuned on a held-out {@code devFraction} of the
   * documents (0 keeps 0.5) and predicts at least one label.
   */
  public static TextClassifier fit(TrainingData data, Options options, double devFraction, long seed) {
    return fit(data, options, List.of(), devFraction, seed);
  }

  /** As {@link #fit(TrainingData, Options, double, long)}, tuning on {@code dev} when it is not empty. */
  public static TextClassifier fit(TrainingData data, Options options, List<Document> dev, double devFraction,
      long seed) {
    return fit(data, d -> fit(d, options), dev, devFraction, seed);
  }

  /** Fits the model to prepared training data. */
  public static NaiveBayes fit(TrainingData data, Options options) {
    int labelCount = data.labels().size();
    int vocab = data.pipeline().dimension();
    double[] docCounts = new double[labelCount];
    float[][] termMass = new float[labelCount][vocab];
    float[] totalMass = new float[vocab];
    for (int i = 0; i < data.vectors().size(); i++) {
      SparseVector x = data.vectors().get(i);
      boolean presence = options.variant() == Variant.BERNOULLI;
      for (int k = 0; k < x.size(); k++) {
        totalMass[x.index(k)] += presence ? 1f : x.value(k);
      }
      for (int label : data.labelIds()[i]) {
        docCounts[label]++;
        float[] row = termMass[label];
        for (int k = 0; k < x.size(); k++) {
          row[x.index(k)] += presence ? 1f : x.value(k);
        }
      }
    }
    return new NaiveBayes(data.pipeline(), data.labels(), data.multiLabel(), options.variant(), options.alpha(),
        data.vectors().size(), docCounts, termMass, totalMass,
        untuned(data));
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  double[] scores(SparseVector x) {
    return scorer.scores(x);
  }

  @Override
  NaiveBayes withThresholds(Thresholds t) {
    return new NaiveBayes(pipeline, labels, multiLabel, variant, alpha, documents, docCounts, termMass, totalMass, t);
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(VERSION);
    pipeline.write(out);
    out.writeBoolean(multiLabel);
    out.writeUTF(variant.name());
    out.writeDouble(alpha);
    out.writeDouble(documents);
    out.writeInt(labels.size());
    for (int c = 0; c < labels.size(); c++) {
      out.writeUTF(labels.get(c));
      out.writeDouble(docCounts[c]);
    }
    writeFloats(out, totalMass);
    for (float[] row : termMass) {
      writeFloats(out, row);
    }
    thresholds.write(out);
  }

  private static void writeFloats(DataOutput out, float[] values) throws IOException {
    for (float v : values) {
      out.writeFloat(v);
    }
  }

  private static float[] readFloats(DataInput in, int n) throws IOException {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = in.readFloat();
    }
    return values;
  }

  /** Reads {@link NaiveBayes} models from model files. */
  public static final class Codec implements ModelCodec {
    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public TextClassifier read(DataInput in) throws IOException {
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException("nb model version " + version + " is not supported (this fenlei reads " + VERSION + ")");
      }
      TextPipeline pipeline = TextPipeline.read(in);
      boolean multiLabel = in.readBoolean();
      Variant variant = Variant.valueOf(in.readUTF());
      double alpha = in.readDouble();
      double documents = in.readDouble();
      int n = in.readInt();
      if (n < 1 || n > 1_000_000) {
        throw new IOException("implausible label count " + n);
      }
      List<String> labels = new ArrayList<>(n);
      double[] docCounts = new double[n];
      for (int c = 0; c < n; c++) {
        labels.add(in.readUTF());
        docCounts[c] = in.readDouble();
      }
      int vocab = pipeline.dimension();
      float[] totalMass = readFloats(in, vocab);
      float[][] termMass = new float[n][];
      for (int c = 0; c < n; c++) {
        termMass[c] = readFloats(in, vocab);
      }
      Thresholds t = Thresholds.read(in, n);
      return new NaiveBayes(pipeline, labels, multiLabel, variant, new Options(variant, alpha).alpha(), documents,
          docCounts,
          termMass, totalMass, t);
    }
  }
}
