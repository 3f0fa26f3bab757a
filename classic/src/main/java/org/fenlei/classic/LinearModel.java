package org.fenlei.classic;

import org.fenlei.core.Parallel;
import org.fenlei.core.DataArrays;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.core.ModelCodec;
import org.fenlei.features.SparseVector;
import org.fenlei.core.TextClassifier;
import org.fenlei.features.TextPipeline;
import org.fenlei.features.TrainingData;

/**
 * A linear model over the pipeline's sparse features, one weight vector and bias per label (one-vs-rest),
 * trained by LIBLINEAR: a linear SVM (L2-regularised squared hinge loss) or logistic regression. Scores:
 * {@code sigmoid(w.x + b)} per label; for a multi-class model they are normalised to sum to one (as LIBLINEAR's
 * probability estimates), for a multi-label one each stands alone and is compared with its label's threshold.
 */
public final class LinearModel extends PipelineClassifier {
  static final int VERSION = 1;

  /** The loss LIBLINEAR minimises. */
  public enum Loss {
    /** L2-regularised squared hinge loss (LIBLINEAR's dual solver): a linear SVM, model kind {@code svm}. */
    SVM("svm"),
    /** L2-regularised logistic loss (LIBLINEAR's dual solver): logistic regression, model kind {@code lr}. */
    LR("lr");

    final String kind;

    Loss(String kind) {
      this.kind = kind;
    }

    /**
     * The loss of a model kind, ignoring case.
     *
     * @param s {@code svm} or {@code lr}
     * @return the loss
     * @throws IllegalArgumentException for an unknown name
     */
    public static Loss parse(String s) {
      for (Loss l : values()) {
        if (l.kind.equalsIgnoreCase(s)) {
          return l;
        }
      }
      throw new IllegalArgumentException("unknown loss '" + s + "' (known: svm, lr)");
    }
  }

  /**
   * The hyper-parameters of a linear model.
   *
   * @param loss the loss, which decides the model kind
   * @param c inverse regularisation strength
   * @param eps LIBLINEAR's stopping tolerance
   * @param balanced weight each one-vs-rest problem's classes inversely to their frequency
   * @param seed the seed of LIBLINEAR's coordinate order and of the held-out split for multi-label thresholds
   */
  public record Options(Loss loss, double c, double eps, boolean balanced, long seed) {
    /**
     * Checks the values.
     *
     * @param loss the loss
     * @param c inverse regularisation strength, > 0
     * @param eps LIBLINEAR's stopping tolerance, > 0
     * @param balanced weight classes inversely to their frequency
     * @param seed the random seed
     * @throws IllegalArgumentException when {@code c} or {@code eps} is not positive
     */
    public Options {
      if (!(c > 0)) {
        throw new IllegalArgumentException("c must be > 0: " + c);
      }
      if (!(eps > 0)) {
        throw new IllegalArgumentException("eps must be > 0: " + eps);
      }
    }

    /**
     * The defaults for a loss: {@code c} 1 for SVM and 10 for logistic regression, {@code eps} 0.01, unbalanced,
     * seed 1.
     *
     * @param loss the loss
     */
    public Options(Loss loss) {
      this(loss, loss == Loss.SVM ? 1.0 : 10.0, 0.01, false, 1L);
    }
  }

  private final String kind;
  /** Feature-major: the weights of feature j for every label at [j * labels, (j + 1) * labels). */
  private final float[] weights;
  private final float[] bias;

  LinearModel(String kind, TextPipeline pipeline, List<String> labels, boolean multiLabel, float[][] weights,
      float[] bias, Thresholds thresholds) {
    this(kind, pipeline, labels, multiLabel, featureMajor(weights), bias, thresholds);
  }

  private LinearModel(String kind, TextPipeline pipeline, List<String> labels, boolean multiLabel, float[] weights,
      float[] bias, Thresholds thresholds) {
    super(pipeline, labels, multiLabel, thresholds);
    this.kind = kind;
    this.weights = weights;
    this.bias = bias;
  }

  /** [label][feature] to feature-major, so that a document's features read their labels' weights together. */
  private static float[] featureMajor(float[][] w) {
    int n = w.length;
    int dim = n == 0 ? 0 : w[0].length;
    float[] t = new float[Math.multiplyExact(n, dim)];
    for (int c = 0; c < n; c++) {
      float[] wc = w[c];
      for (int j = 0; j < dim; j++) {
        t[j * n + c] = wc[j];
      }
    }
    return t;
  }

  /**
   * Trains the model; a multi-label one gets per-label thresholds tuned on a held-out {@code devFraction} of the
   * documents (0 keeps 0.5) and predicts at least one label.
   *
   * @param data the prepared training data
   * @param options the hyper-parameters
   * @param devFraction multi-label only: the fraction of documents held out to tune thresholds, 0 for none
   * @param threads the number of labels trained at once
   * @return the model, a {@link LinearModel}
   */
  public static TextClassifier fit(TrainingData data, Options options, double devFraction, int threads) {
    return fit(data, options, List.of(), devFraction, threads);
  }

  /**
   * As {@link #fit(TrainingData, Options, double, int)}, tuning on {@code dev} when it is not empty.
   *
   * @param data the prepared training data
   * @param options the hyper-parameters
   * @param dev held-out documents to tune multi-label thresholds on, possibly empty
   * @param devFraction multi-label only, when {@code dev} is empty: the fraction of documents held out instead
   * @param threads the number of labels trained at once
   * @return the model, a {@link LinearModel}
   */
  public static TextClassifier fit(TrainingData data, Options options, List<Document> dev, double devFraction,
      int threads) {
    return fit(data, d -> fit(d, options, threads), dev, devFraction, options.seed());
  }

  /** Trains one binary LIBLINEAR problem per label on {@code threads} threads. */
  static LinearModel fit(TrainingData data, Options options, int threads) {
    LiblinearProblems problems = new LiblinearProblems(data.vectors(), data.pipeline().dimension());
    int n = data.labels().size();
    boolean binary = n == 2 && !data.multiLabel();
    List<Integer> todo = new ArrayList<>();
    for (int c = 0; c < (binary ? 1 : n); c++) {
      todo.add(c);
    }
    List<float[]> trained = Parallel.map(todo,
        c -> problems.train(data.labelIds(), c, options), threads);
    int dim = data.pipeline().dimension();
    float[][] w = new float[n][];
    float[] b = new float[n];
    for (int c = 0; c < trained.size(); c++) {
      float[] wb = trained.get(c);
      w[c] = java.util.Arrays.copyOf(wb, dim);
      b[c] = wb[dim];
    }
    if (binary) { // one problem decides both labels: label 1's margin is label 0's, negated
      w[1] = new float[dim];
      for (int j = 0; j < dim; j++) {
        w[1][j] = -w[0][j];
      }
      b[1] = -b[0];
    }
    return new LinearModel(options.loss().kind, data.pipeline(), data.labels(), data.multiLabel(), w, b,
        untuned(data));
  }

  @Override
  protected LinearModel withThresholds(Thresholds t) {
    return new LinearModel(kind, pipeline, labels, multiLabel, weights, bias, t);
  }

  @Override
  public String kind() {
    return kind;
  }

  /**
   * The margins {@code w.x + b} of a feature vector, one per label. The first label's is summed in a pass of its own,
   * which reads each feature's weights with little else to wait on, so that the processor runs many of those cache
   * misses at once (the weights are megabytes); the pass over the other labels then finds them in cache. Each
   * margin is summed in the same order as in one pass.
   */
  double[] margins(SparseVector x) {
    int n = labels.size();
    double[] m = new double[n];
    if (n == 0) {
      return m;
    }
    float[] w = weights;
    double first = bias[0];
    for (int k = 0; k < x.size(); k++) {
      first += x.value(k) * (double) w[x.index(k) * n];
    }
    m[0] = first;
    if (n == 1) {
      return m;
    }
    for (int c = 1; c < n; c++) {
      m[c] = bias[c];
    }
    for (int k = 0; k < x.size(); k++) {
      double v = x.value(k);
      int base = x.index(k) * n;
      for (int c = 1; c < n; c++) {
        m[c] += v * (double) w[base + c];
      }
    }
    return m;
  }

  @Override
  protected double[] scores(SparseVector x) {
    double[] m = margins(x);
    double sum = 0;
    for (int c = 0; c < m.length; c++) {
      m[c] = 1.0 / (1.0 + Math.exp(-m[c]));
      sum += m[c];
    }
    if (!multiLabel && sum > 0) {
      for (int c = 0; c < m.length; c++) {
        m[c] /= sum;
      }
    }
    return m;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(VERSION);
    pipeline.write(out);
    out.writeBoolean(multiLabel);
    out.writeInt(labels.size());
    for (int c = 0; c < labels.size(); c++) {
      out.writeUTF(labels.get(c));
      out.writeFloat(bias[c]);
      for (int j = c, n = labels.size(); j < weights.length; j += n) {
        out.writeFloat(weights[j]);
      }
    }
    thresholds.write(out);
  }

  /** Reads {@code svm} and {@code lr} models. */
  public abstract static class Codec implements ModelCodec {
    /** For the concrete codecs, which name the kind they read. */
    public Codec() {}

    @Override
    public TextClassifier read(DataInput in) throws IOException {
      TextPipeline pipeline = readHead(in, kind(), VERSION);
      boolean multiLabel = in.readBoolean();
      int n = readLabelCount(in);
      int dim = pipeline.dimension();
      List<String> labels = new ArrayList<>(n);
      float[] w = new float[Math.multiplyExact(n, dim)];
      float[] b = new float[n];
      float[] v = new float[dim];
      for (int c = 0; c < n; c++) {
        labels.add(in.readUTF());
        b[c] = in.readFloat();
        DataArrays.readFloats(in, v);
        for (int j = 0, o = c; j < dim; j++, o += n) {
          w[o] = v[j];
        }
      }
      Thresholds t = Thresholds.read(in, n);
      return new LinearModel(kind(), pipeline, labels, multiLabel, w, b, t);
    }
  }

  /** Reads {@code svm} models: a {@link ModelCodec} service. */
  public static final class SvmCodec extends Codec {
    /** Creates the service. */
    public SvmCodec() {}

    @Override
    public String kind() {
      return Loss.SVM.kind;
    }
  }

  /** Reads {@code lr} models: a {@link ModelCodec} service. */
  public static final class LrCodec extends Codec {
    /** Creates the service. */
    public LrCodec() {}

    @Override
    public String kind() {
      return Loss.LR.kind;
    }
  }
}
