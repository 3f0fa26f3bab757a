package org.fenlei.gbdt;

import org.fenlei.core.Parallel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.core.ModelCodec;
import org.fenlei.features.SparseVector;
import org.fenlei.core.TextClassifier;
import org.fenlei.features.TextPipeline;
import org.fenlei.features.TrainingData;
import org.fenlei.classic.PipelineClassifier;
import org.fenlei.classic.Thresholds;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;

/**
 * Gradient-boosted regression trees (Smile's {@code GradientTreeBoost}, Friedman 2001) over the pipeline's
 * features made dense: meant for fused features (a chi-square-selected slice of n-grams plus LSI, LDA, embedding
 * and lexicon blocks), not for hundreds of thousands of sparse columns. Multi-class: one model with Smile's
 * softmax posteriors; multi-label: one binary model per label, thresholds tuned on held-out documents.
 */
public final class GradientBoosting extends PipelineClassifier {
  static final String KIND = "gbdt";
  static final int VERSION = 1;
  private static final String LABEL = "y";

  /**
   * Smile's boosting settings.
   *
   * @param trees boosting rounds, at least 1
   * @param maxDepth the deepest a tree may grow, at least 2
   * @param maxNodes the most leaves a tree may have, at least 2
   * @param nodeSize the fewest documents in a leaf, at least 1
   * @param shrinkage the learning rate each tree's output is scaled by, in (0, 1]
   * @param subsample the fraction of the training documents each tree is fitted on, in (0, 1]
   */
  public record Options(int trees, int maxDepth, int maxNodes, int nodeSize, double shrinkage, double subsample) {
    /**
     * Validates the settings.
     *
     * @param trees boosting rounds, at least 1
     * @param maxDepth the deepest a tree may grow, at least 2
     * @param maxNodes the most leaves a tree may have, at least 2
     * @param nodeSize the fewest documents in a leaf, at least 1
     * @param shrinkage the learning rate, in (0, 1]
     * @param subsample the fraction of documents each tree is fitted on, in (0, 1]
     * @throws IllegalArgumentException when a setting is out of its range
     */
    public Options {
      if (trees < 1 || maxDepth < 2 || maxNodes < 2 || nodeSize < 1 || !(shrinkage > 0 && shrinkage <= 1)
          || !(subsample > 0 && subsample <= 1)) {
        throw new IllegalArgumentException("invalid boosting settings: " + trees + " trees, depth " + maxDepth
            + ", nodes " + maxNodes + ", node size " + nodeSize + ", shrinkage " + shrinkage + ", subsample "
            + subsample);
      }
    }

    /** The defaults: 200 trees, depth 6, 32 leaves, 5 documents a leaf, shrinkage 0.1, subsample 0.7. */
    public Options() {
      this(200, 6, 32, 5, 0.1, 0.7);
    }
  }

  private final GradientTreeBoost[] models; // one (multi-class) or one per label (multi-label)
  private final StructType schema;

  private GradientBoosting(TextPipeline pipeline, List<String> labels, boolean multiLabel, GradientTreeBoost[] models,
      Thresholds thresholds) {
    super(pipeline, labels, multiLabel, thresholds);
    this.models = models;
    this.schema = models[0].schema();
  }

  /**
   * Fits gradient-boosted trees on prepared training data. A multi-class model is one Smile model; a multi-label
   * model is one binary model per label, trained in parallel, with per-label thresholds tuned on {@code dev} or,
   * when that is empty, on a held-out {@code devFraction} of the training documents, and it predicts at least one
   * label. Smile's subsampling is not seeded by {@code seed}, so models can differ between runs.
   *
   * @param data the training documents' feature vectors, with the pipeline that made them; the vectors are made
   *     dense, so the pipeline should have a few thousand dimensions at most
   * @param options the boosting settings
   * @param dev held-out labelled documents for multi-label threshold tuning, possibly empty
   * @param devFraction the held-out fraction of the training documents when {@code dev} is empty, in [0, 1)
   *     (0: thresholds stay 0.5)
   * @param threads threads training the per-label models of a multi-label task
   * @param seed the seed of the held-out split
   * @return the fitted model
   */
  public static TextClassifier fit(TrainingData data, Options options, List<Document> dev, double devFraction,
      int threads, long seed) {
    return fit(data, d -> fit(d, options, threads), dev, devFraction, seed);
  }

  static GradientBoosting fit(TrainingData data, Options o, int threads) {
    int dim = data.pipeline().dimension();
    String[] names = new String[dim];
    for (int j = 0; j < dim; j++) {
      names[j] = "f" + j;
    }
    double[][] x = new double[data.vectors().size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = dense(data.vectors().get(i), dim);
    }
    DataFrame features = DataFrame.of(x, names);
    int n = data.labels().size();
    GradientTreeBoost[] models;
    if (!data.multiLabel()) {
      int[] y = new int[x.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = data.labelIds()[i][0];
      }
      models = new GradientTreeBoost[] {train(features, y, o)};
    } else {
      List<Integer> todo = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        todo.add(c);
      }
      models = Parallel.map(todo, c -> {
        int[] y = new int[x.length];
        for (int i = 0; i < y.length; i++) {
          for (int l : data.labelIds()[i]) {
            y[i] |= l == c ? 1 : 0;
          }
        }
        return train(features, y, o);
      }, threads).toArray(new GradientTreeBoost[0]);
    }
    return new GradientBoosting(data.pipeline(), data.labels(), data.multiLabel(), models, untuned(data));
  }

  private static GradientTreeBoost train(DataFrame features, int[] y, Options o) {
    DataFrame df = features.merge(IntVector.of(LABEL, y));
    return GradientTreeBoost.fit(Formula.lhs(LABEL), df, o.trees(), o.maxDepth(), o.maxNodes(), o.nodeSize(),
        o.shrinkage(), o.subsample());
  }

  private static double[] dense(SparseVector v, int dim) {
    double[] d = new double[dim];
    for (int k = 0; k < v.size(); k++) {
      d[v.index(k)] = v.value(k);
    }
    return d;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  protected GradientBoosting withThresholds(Thresholds t) {
    return new GradientBoosting(pipeline, labels, multiLabel, models, t);
  }

  @Override
  protected double[] scores(SparseVector x) {
    Tuple t = Tuple.of(dense(x, pipeline.dimension()), schema);
    if (!multiLabel) {
      double[] p = new double[labels.size()];
      models[0].predict(t, p);
      return p;
    }
    double[] out = new double[labels.size()];
    double[] p = new double[2];
    for (int c = 0; c < out.length; c++) {
      models[c].predict(t, p);
      out[c] = p[1];
    }
    return out;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(VERSION);
    pipeline.write(out);
    out.writeBoolean(multiLabel);
    out.writeInt(labels.size());
    for (String l : labels) {
      out.writeUTF(l);
    }
    thresholds.write(out);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
      oos.writeObject(models);
    }
    out.writeInt(bytes.size());
    out.write(bytes.toByteArray());
  }

  /** Reads {@code gbdt} models; the trees are Smile's serialised objects, read through a class filter. */
  public static final class Codec implements ModelCodec {
    /** Only Smile's model classes, the JDK's basic types and arrays may be deserialised. */
    static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
        "smile.**;java.lang.*;java.util.*;[*;maxdepth=64;!*");

    /** Creates the codec; {@link java.util.ServiceLoader} calls this. */
    public Codec() {}

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public TextClassifier read(DataInput in) throws IOException {
      TextPipeline pipeline = readHead(in, KIND, VERSION);
      boolean multiLabel = in.readBoolean();
      int n = readLabelCount(in);
      List<String> labels = new ArrayList<>(n);
      for (int c = 0; c < n; c++) {
        labels.add(in.readUTF());
      }
      Thresholds t = Thresholds.read(in, n);
      int size = in.readInt();
      if (size <= 0) {
        throw new IOException("invalid tree block size " + size);
      }
      byte[] bytes = new byte[size];
      in.readFully(bytes);
      try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        ois.setObjectInputFilter(FILTER);
        GradientTreeBoost[] models = (GradientTreeBoost[]) ois.readObject();
        if (models.length != (multiLabel ? n : 1)) {
          throw new IOException("expected " + (multiLabel ? n : 1) + " boosted models, found " + models.length);
        }
        return new GradientBoosting(pipeline, labels, multiLabel, models, t);
      } catch (ClassNotFoundException | ClassCastException e) {
        throw new IOException("cannot read the boosted trees: " + e.getMessage(), e);
      }
    }
  }
}
