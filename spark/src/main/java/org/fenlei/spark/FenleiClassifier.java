package org.fenlei.spark;

import java.util.UUID;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.fenlei.core.Prediction;
import org.fenlei.core.TextClassifier;

/**
 * A fenlei model file as a Spark ML {@link Transformer}: adds the decided label(s) and, optionally, every label's
 * score to a DataFrame with a text column. Usable as a {@code Pipeline} stage; saved and loaded with
 * {@link #write()} / {@link #load(String)} (the stage keeps the model's location, not the model).
 *
 * <pre>{@code
 * Dataset<Row> out = new FenleiClassifier()
 *     .setModelPath("model.fenlei")            // shipped with --files, or a shared path
 *     .setInputCol("text").setOutputCol("label").setScoresCol("scores")
 *     .transform(news);
 * }</pre>
 *
 * <p>Output columns: {@code outputCol} is a {@code string} for a multi-class model (null when a threshold leaves no
 * label) and an {@code array<string>} (best first) for a multi-label one; {@code scoresCol}, unless set to
 * {@code ""}, a {@code map<string, double>} of every label's score. A null text gives null in both. The decisions
 * are those of {@code fenlei classify} with the same {@code topK} and {@code threshold}. The model is loaded once
 * per executor JVM ({@link ExecutorModel}) and once on the driver, which reads its label set.
 */
public final class FenleiClassifier extends Transformer implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  /** The stage's identifier. */
  private final String uid;
  /** The text column. */
  private final Param<String> inputCol;
  /** The decided label column. */
  private final Param<String> outputCol;
  /** The score map column, or empty. */
  private final Param<String> scoresCol;
  /** The model's location. */
  private final Param<String> modelPath;
  /** At most this many labels a document. */
  private final IntParam topK;
  /** Keep labels scoring at least this. */
  private final DoubleParam threshold;

  /** A stage with a random identifier and the default columns {@code text}, {@code prediction}, {@code scores}. */
  public FenleiClassifier() {
    this("fenlei_" + UUID.randomUUID().toString().substring(0, 12));
  }

  /**
   * A stage with an identifier (how {@link #load} recreates it).
   *
   * @param uid the stage's unique identifier
   */
  public FenleiClassifier(String uid) {
    this.uid = uid;
    inputCol = new Param<>(this, "inputCol", "the text column");
    outputCol = new Param<>(this, "outputCol", "the column of the decided label (multi-label: labels)");
    scoresCol = new Param<>(this, "scoresCol", "the column of every label's score; empty for none");
    modelPath = new Param<>(this, "modelPath", "the fenlei model: a --files name, a shared path or a Hadoop URI");
    topK = new IntParam(this, "topK", "at most this many labels a document; -1 for the model's default");
    threshold = new DoubleParam(this, "threshold", "keep labels scoring at least this; NaN for the model's own");
    setDefault(inputCol, "text");
    setDefault(outputCol, "prediction");
    setDefault(scoresCol, "scores");
    setDefault(topK, -1);
    setDefault(threshold, Double.NaN);
  }

  /**
   * Reads stages saved by {@link #write()}.
   *
   * @return the reader
   */
  public static MLReader<FenleiClassifier> read() {
    return new DefaultParamsReader<>();
  }

  /**
   * Loads a stage saved with {@code write().save(path)}.
   *
   * @param path the folder it was saved to
   * @return the stage
   */
  public static FenleiClassifier load(String path) {
    return read().load(path);
  }

  @Override
  public String uid() {
    return uid;
  }

  /**
   * The text column's parameter.
   *
   * @return the parameter
   */
  public Param<String> inputCol() {
    return inputCol;
  }

  /**
   * The decided label column's parameter.
   *
   * @return the parameter
   */
  public Param<String> outputCol() {
    return outputCol;
  }

  /**
   * The score map column's parameter.
   *
   * @return the parameter
   */
  public Param<String> scoresCol() {
    return scoresCol;
  }

  /**
   * The model location's parameter.
   *
   * @return the parameter
   */
  public Param<String> modelPath() {
    return modelPath;
  }

  /**
   * The top-k parameter.
   *
   * @return the parameter
   */
  public IntParam topK() {
    return topK;
  }

  /**
   * The threshold parameter.
   *
   * @return the parameter
   */
  public DoubleParam threshold() {
    return threshold;
  }

  /**
   * Sets the text column (default {@code text}).
   *
   * @param column a string column
   * @return this stage
   */
  public FenleiClassifier setInputCol(String column) {
    set(inputCol, column);
    return this;
  }

  /**
   * Sets the decided label column (default {@code prediction}).
   *
   * @param column a new column's name
   * @return this stage
   */
  public FenleiClassifier setOutputCol(String column) {
    set(outputCol, column);
    return this;
  }

  /**
   * Sets the score map column (default {@code scores}); {@code ""} leaves it out.
   *
   * @param column a new column's name, or empty
   * @return this stage
   */
  public FenleiClassifier setScoresCol(String column) {
    set(scoresCol, column);
    return this;
  }

  /**
   * Sets the model.
   *
   * @param location a {@code --files} name, a shared path or a Hadoop URI ({@link ExecutorModel})
   * @return this stage
   */
  public FenleiClassifier setModelPath(String location) {
    set(modelPath, location);
    return this;
  }

  /**
   * At most this many labels a document, as {@code fenlei classify --top-k}.
   *
   * @param k at least 1, or -1 for the model's default
   * @return this stage
   */
  public FenleiClassifier setTopK(int k) {
    set(topK, k);
    return this;
  }

  /**
   * Keep labels scoring at least this, as {@code fenlei classify --threshold}.
   *
   * @param t in [0, 1], or NaN for the model's own thresholds
   * @return this stage
   */
  public FenleiClassifier setThreshold(double t) {
    set(threshold, t);
    return this;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    String in = $(inputCol);
    if (!java.util.Arrays.asList(schema.fieldNames()).contains(in)) {
      throw new IllegalArgumentException("no input column '" + in + "' (columns: "
          + String.join(", ", schema.fieldNames()) + ")");
    }
    DataType type = schema.apply(in).dataType();
    if (!type.equals(DataTypes.StringType)) {
      throw new IllegalArgumentException("input column '" + in + "' is " + type.simpleString()
          + ", not a string: cast it first (col.cast(\"string\"))");
    }
    StructType out = schema;
    for (StructField f : output(scorer().model()).fields()) {
      if (java.util.Arrays.asList(schema.fieldNames()).contains(f.name())) {
        throw new IllegalArgumentException("output column '" + f.name() + "' exists already");
      }
      out = out.add(f);
    }
    return out;
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    RowScorer scorer = scorer();
    boolean multi = scorer.model().multiLabel();
    boolean scores = !$(scoresCol).isEmpty();
    StructType struct = output(scorer.model());
    UDF1<String, Row> f = text -> text == null ? null : row(scorer.predict(text), multi, scores);
    UserDefinedFunction udf = functions.udf(f, struct).asNondeterministic(); // run once a row, not per field
    String tmp = "__fenlei_" + uid;
    Column c = functions.col(tmp);
    Dataset<Row> out = dataset.withColumn(tmp, udf.apply(functions.col($(inputCol))));
    out = out.withColumn($(outputCol), c.getField($(outputCol)));
    if (scores) {
      out = out.withColumn($(scoresCol), c.getField($(scoresCol)));
    }
    return out.drop(tmp);
  }

  private static Row row(Prediction p, boolean multi, boolean scores) {
    Object decided = multi ? RowScorer.names(p.labels()) : p.label();
    return scores ? RowFactory.create(decided, p.scoreMap()) : RowFactory.create(decided);
  }

  private StructType output(TextClassifier model) {
    StructType s = new StructType().add($(outputCol), model.multiLabel()
        ? DataTypes.createArrayType(DataTypes.StringType, false) : DataTypes.StringType, true);
    return $(scoresCol).isEmpty() ? s : s.add($(scoresCol), RowScorer.SCORES, true);
  }

  private RowScorer scorer() {
    if (!isDefined(modelPath)) {
      throw new IllegalArgumentException("no model: call setModelPath first");
    }
    return new RowScorer(ExecutorModel.of($(modelPath)), (Integer) $(topK), (Double) $(threshold));
  }

  @Override
  public FenleiClassifier copy(ParamMap extra) {
    return defaultCopy(extra);
  }
}
