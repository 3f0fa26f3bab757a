package org.fenlei.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.fenlei.core.Prediction;
import org.fenlei.core.ScoredLabel;
import org.fenlei.core.TextClassifier;
import org.fenlei.eval.Evaluation;
import org.fenlei.eval.Tally;
import scala.collection.JavaConverters;

/**
 * {@code fenlei eval} over a labelled DataFrame: the documents are classified on the executors with the decisions
 * {@code fenlei classify} makes, then either
 * <ul>
 *   <li>{@link #tally}: counted there, per partition, and the partitions' counts merged (a reduce): the counting
 *       metrics (accuracy, micro, macro and weighted F1, Hamming loss, per-label counts, the confusion matrix) of
 *       any number of documents in constant driver memory; or</li>
 *   <li>{@link #evaluate}: each document's decisions and scores streamed to the driver, partition by partition,
 *       into an {@link Evaluation}: every metric and the report of {@code fenlei eval}, with a digest of each
 *       document held on the driver as on one machine.</li>
 * </ul>
 * Both equal {@code fenlei eval} on one machine for the same documents in the same order. The label column is a
 * string (one label, null for none) or an array of strings (any number: multi-label).
 */
public final class SparkEvaluation {
  private SparkEvaluation() {}

  /**
   * The counting metrics, computed by aggregation on the cluster.
   *
   * @param docs the documents
   * @param textCol their text column, strings, none null
   * @param labelCol their gold label column, a string or an array of strings
   * @param modelPath the model ({@link ExecutorModel})
   * @param topK at most this many labels a document; -1 for the model's default
   * @param threshold keep labels scoring at least this; NaN for the model's own thresholds
   * @return the merged counts
   * @throws IllegalArgumentException for a bad column, a null text, or a document without exactly one label for a
   *     multi-class model
   */
  public static Tally tally(Dataset<Row> docs, String textCol, String labelCol, String modelPath, int topK,
      double threshold) {
    RowScorer scorer = new RowScorer(ExecutorModel.of(modelPath), topK, threshold);
    TextClassifier model = scorer.model();
    Dataset<Row> gold = checked(docs, textCol, labelCol, model);
    boolean multi = model.multiLabel();
    Tally zero = Tally.of(model.labels(), extraLabels(gold, model), multi);
    List<String> labels = zero.labels();
    return gold.toJavaRDD().mapPartitions((Iterator<Row> rows) -> {
      Tally t = Tally.of(labels, List.of(), multi);
      while (rows.hasNext()) {
        Row r = rows.next();
        t.add(r.getList(1), RowScorer.names(scorer.predict(r.getString(0)).labels()));
      }
      return List.of(t).iterator();
    }).fold(zero, Tally::merge);
  }

  /**
   * Every metric of {@code fenlei eval}, the documents classified on the cluster and counted on the driver in
   * input order: what {@link org.fenlei.eval.Report} writes.
   *
   * @param docs the documents
   * @param textCol their text column, strings, none null
   * @param labelCol their gold label column, a string or an array of strings
   * @param modelPath the model ({@link ExecutorModel})
   * @param topK at most this many labels a document; -1 for the model's default
   * @param threshold keep labels scoring at least this; NaN for the model's own thresholds
   * @return the evaluation; its documents are named {@code #1}, {@code #2}, ... in input order
   * @throws IllegalArgumentException as {@link #tally}
   */
  public static Evaluation evaluate(Dataset<Row> docs, String textCol, String labelCol, String modelPath, int topK,
      double threshold) {
    RowScorer scorer = new RowScorer(ExecutorModel.of(modelPath), topK, threshold);
    TextClassifier model = scorer.model();
    Dataset<Row> gold = checked(docs, textCol, labelCol, model);
    Evaluation e = Evaluation.withScores(model.labels(), extraLabels(gold, model), model.multiLabel());
    StructType scored = new StructType().add("text", DataTypes.StringType).add("gold", gold.schema().apply(1)
        .dataType()).add("labels", RowScorer.LABELS).add("scores", DataTypes.createArrayType(DataTypes.DoubleType));
    JavaRDD<Row> rows = gold.toJavaRDD().map(r -> {
      Prediction p = scorer.predict(r.getString(0));
      return RowFactory.create(r.get(0), r.get(1), JavaConverters.asScalaBuffer(RowScorer.labelRows(p.labels())),
          p.scores());
    });
    Iterator<Row> it = gold.sparkSession().createDataFrame(rows, scored).toLocalIterator();
    long n = 0;
    while (it.hasNext()) {
      Row r = it.next();
      List<ScoredLabel> decided = new ArrayList<>();
      for (Row s : r.<Row>getList(2)) {
        decided.add(new ScoredLabel(s.getString(0), s.getDouble(1)));
      }
      List<Double> scores = r.getList(3);
      e.add("#" + ++n, r.getString(0), r.getList(1), decided, scores.stream().mapToDouble(Double::doubleValue)
          .toArray());
    }
    return e;
  }

  /** The text and the gold labels as an array, after checking what {@code fenlei eval} checks. */
  private static Dataset<Row> checked(Dataset<Row> docs, String textCol, String labelCol, TextClassifier model) {
    StructType schema = docs.schema();
    for (String c : List.of(textCol, labelCol)) {
      if (!List.of(schema.fieldNames()).contains(c)) {
        throw new IllegalArgumentException("no column '" + c + "' (columns: " + String.join(", ", schema.fieldNames())
            + ")");
      }
    }
    if (!schema.apply(textCol).dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException("text column '" + textCol + "' is " + schema.apply(textCol).dataType()
          .simpleString() + ", not a string");
    }
    DataType type = schema.apply(labelCol).dataType();
    Column labels;
    if (type.equals(DataTypes.StringType)) {
      Column l = functions.col(labelCol);
      labels = functions.when(l.isNull(), functions.array().cast("array<string>")).otherwise(functions.array(l));
    } else if (type instanceof ArrayType a && a.elementType().equals(DataTypes.StringType)) {
      labels = functions.coalesce(functions.col(labelCol), functions.array().cast("array<string>"));
    } else {
      throw new IllegalArgumentException("label column '" + labelCol + "' is " + type.simpleString()
          + ": a string or an array of strings");
    }
    Dataset<Row> gold = docs.select(functions.col(textCol), functions.array_distinct(labels).as("gold"));
    long nullText = gold.filter(functions.col(textCol).isNull()).count();
    if (nullText > 0) {
      throw new IllegalArgumentException(nullText + " documents have no text (null in '" + textCol + "')");
    }
    if (!model.multiLabel()) {
      long bad = gold.filter(functions.size(functions.col("gold")).notEqual(1)).count();
      if (bad > 0) {
        throw new IllegalArgumentException(bad + " test documents have no label or several in '" + labelCol
            + "'; a multi-class model is evaluated on one label a document");
      }
    }
    return gold;
  }

  /** The gold labels the model does not know, found by a distinct over the cluster. */
  private static List<String> extraLabels(Dataset<Row> gold, TextClassifier model) {
    TreeSet<String> extra = new TreeSet<>();
    for (Row r : gold.select(functions.explode(functions.col("gold"))).distinct().collectAsList()) {
      extra.add(r.getString(0));
    }
    if (model.multiLabel() && extra.isEmpty() && gold.limit(1).count() > 0) {
      throw new IllegalArgumentException("none of the test documents has a label: a multi-label evaluation needs at "
          + "least one (check the label column)");
    }
    extra.removeAll(model.labels());
    return new ArrayList<>(extra);
  }
}
