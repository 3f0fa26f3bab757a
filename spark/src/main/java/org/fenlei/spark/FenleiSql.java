package org.fenlei.spark;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * fenlei as Spark SQL functions, callable from SQL, PySpark and every other Spark language once registered:
 *
 * <pre>{@code
 * FenleiSql.register(spark, "model.fenlei");   // a --files name or a shared path
 * spark.sql("SELECT id, fenlei_classify(text) AS label, fenlei_scores(text)['体育'] AS p FROM news");
 * }</pre>
 *
 * <ul>
 *   <li>{@code fenlei_classify(text)}: the best decided label (a string; null when a multi-label model decides
 *       none, or the text is null);</li>
 *   <li>{@code fenlei_labels(text)}: the decided labels, best first, each with its score
 *       ({@code array<struct<label: string, score: double>>}, as {@code fenlei classify} writes them);</li>
 *   <li>{@code fenlei_scores(text)}: every label's score ({@code map<string, double>}).</li>
 * </ul>
 * The decisions are the model's own ({@code fenlei classify} without {@code --top-k} or {@code --threshold}). The
 * model is loaded once per executor JVM ({@link ExecutorModel}).
 */
public final class FenleiSql {
  private FenleiSql() {}

  /**
   * Registers the functions in a session; registering again replaces them (another model).
   *
   * @param spark the session
   * @param modelPath the model: a name shipped with {@code --files}, a shared path or a Hadoop URI
   * @throws java.io.UncheckedIOException when the driver cannot load the model (it checks it once)
   */
  public static void register(SparkSession spark, String modelPath) {
    RowScorer scorer = new RowScorer(ExecutorModel.of(modelPath), -1, Double.NaN);
    spark.udf().register("fenlei_classify", (UDF1<String, String>) text -> text == null ? null
        : scorer.predict(text).label(), DataTypes.StringType);
    spark.udf().register("fenlei_labels", (UDF1<String, Object>) text -> text == null ? null
        : RowScorer.labelRows(scorer.predict(text).labels()), RowScorer.LABELS);
    spark.udf().register("fenlei_scores", (UDF1<String, Object>) text -> text == null ? null
        : scorer.predict(text).scoreMap(), RowScorer.SCORES);
  }
}
