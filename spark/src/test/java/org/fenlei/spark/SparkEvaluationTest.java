package org.fenlei.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.fenlei.classic.TestCorpus;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.fenlei.eval.Evaluation;
import org.fenlei.eval.Evaluator;
import org.fenlei.eval.Report;
import org.fenlei.eval.ReportOptions;
import org.fenlei.eval.Tally;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

/** Distributed evaluation against {@code fenlei eval}'s own {@link Evaluator} on one machine: the same numbers. */
class SparkEvaluationTest {
  private final SparkSession spark = LocalSpark.session();

  /** Test documents, one a gold label the model does not know ("娱乐"). */
  private static List<Document> test(boolean multi) {
    List<Document> docs = new ArrayList<>(TestCorpus.topics(240, 31, multi));
    docs.add(new Document("odd", "明星 演唱会 电影", List.of("娱乐"), null, 0));
    return docs;
  }

  @Test
  void multiClassNumbersAndReportEqualOneMachines() {
    String path = LocalSpark.multiClassModel().toString();
    TextClassifier model = LocalSpark.load(LocalSpark.multiClassModel());
    List<Document> docs = test(false);
    Evaluation one = Evaluator.evaluate(model, docs, -1, Double.NaN, 1);
    Dataset<Row> df = spark.createDataFrame(rows(docs, false), schema(false)).repartition(1);

    Evaluation dist = SparkEvaluation.evaluate(df, "text", "label", LocalSpark.multiClassModel().toString(), -1,
        Double.NaN);
    ReportOptions options = new ReportOptions("t").withBootstrap(200, 3);
    assertEquals(Report.of(one, options).summaryJson(), Report.of(dist, options).summaryJson());

    Tally t = SparkEvaluation.tally(df.repartition(4), "text", "label", path, -1, Double.NaN);
    assertEquals(one.documents(), t.documents());
    assertEquals(one.perLabel(), t.perLabel());
    assertArrayEquals(one.confusion(), t.confusion());
    Map<String, Double> m = t.metrics();
    assertEquals(one.accuracy(), m.get("accuracy"));
    assertEquals(one.macroF1(), m.get("macro_f1"));
    assertEquals(one.microF1(), m.get("micro_f1"));
    assertEquals(one.weightedF1(), m.get("weighted_f1"));
    assertEquals(one.macroPrecision(), m.get("macro_precision"));
    assertEquals(one.cohenKappa(), m.get("cohen_kappa"));
  }

  @Test
  void multiLabelCountsEqualOneMachinesAndEmptyPartitionsCountNothing() {
    String path = LocalSpark.multiLabelModel().toString();
    TextClassifier model = LocalSpark.load(LocalSpark.multiLabelModel());
    List<Document> docs = test(true);
    Evaluation one = Evaluator.evaluate(model, docs, -1, Double.NaN, 1);
    Dataset<Row> df = spark.createDataFrame(rows(docs, true), schema(true)).repartition(7);
    Dataset<Row> withEmpty = df.union(df.limit(0)).repartition(12);
    Tally t = SparkEvaluation.tally(withEmpty, "text", "label", path, -1, Double.NaN);
    assertEquals(one.perLabel(), t.perLabel());
    Map<String, Double> m = t.metrics();
    assertEquals(one.microF1(), m.get("micro_f1"));
    assertEquals(one.macroF1(), m.get("macro_f1"));
    assertEquals(one.subsetAccuracy(), m.get("subset_accuracy"));
    assertEquals(one.hammingLoss(), m.get("hamming_loss"));
    // per-document fractions summed in another order: equal to the last bits
    assertEquals(one.sampleF1(), m.get("samples_f1"), 1e-12);

    Evaluation dist = SparkEvaluation.evaluate(df.coalesce(1), "text", "label", path, -1, Double.NaN);
    assertEquals(one.headline(), dist.headline());
  }

  @Test
  void badColumnsAndRowsAreRefusedByName() {
    String path = LocalSpark.multiClassModel().toString();
    List<Row> rows = List.of(RowFactory.create("球队 比赛", "体育"), RowFactory.create(null, "体育"));
    Dataset<Row> nullText = spark.createDataFrame(rows, schema(false));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparkEvaluation.tally(nullText, "text", "label", path, -1, Double.NaN));
    assertTrue(e.getMessage().contains("1 documents have no text"), e.getMessage());
    Dataset<Row> noLabel = spark.createDataFrame(List.of(RowFactory.create("球队 比赛", null)), schema(false));
    e = assertThrows(IllegalArgumentException.class,
        () -> SparkEvaluation.tally(noLabel, "text", "label", path, -1, Double.NaN));
    assertTrue(e.getMessage().contains("no label or several"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SparkEvaluation.tally(noLabel, "text", "gold", path, -1, Double.NaN));
    assertTrue(e.getMessage().contains("no column 'gold'"), e.getMessage());
  }

  @Test
  void theJobWritesTheReportOfFenleiEval() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory(LocalSpark.dir(), "evaljob");
    List<Document> docs = test(false);
    spark.createDataFrame(rows(docs, false), schema(false)).coalesce(1).write().parquet(dir.resolve("t").toString());
    String json = EvalJob.run(spark, "--model", LocalSpark.multiClassModel().toString(), "--input",
        dir.resolve("t").toString(), "--format", "parquet", "--report", dir.resolve("report").toString());
    Evaluation one = Evaluator.evaluate(LocalSpark.load(LocalSpark.multiClassModel()), docs, -1, Double.NaN, 1);
    assertTrue(json.contains("\"accuracy\": " + org.fenlei.core.JsonText.number(one.accuracy())), json);
    for (String f : List.of("report.html", "report.md", "report.json")) {
      assertTrue(java.nio.file.Files.size(dir.resolve("report").resolve(f)) > 0, f);
    }
    String counts = EvalJob.run(spark, "--model", LocalSpark.multiClassModel().toString(), "--input",
        dir.resolve("t").toString(), "--format", "parquet", "--counts-only");
    assertTrue(counts.startsWith("{\"accuracy\": " + org.fenlei.core.JsonText.number(one.accuracy())), counts);
  }

  private static List<Row> rows(List<Document> docs, boolean arrays) {
    List<Row> rows = new ArrayList<>();
    for (Document d : docs) {
      rows.add(RowFactory.create(d.text(), arrays ? JavaConverters.asScalaBuffer(d.labels()) : d.labels().get(0)));
    }
    return rows;
  }

  private static StructType schema(boolean arrays) {
    return new StructType().add("text", DataTypes.StringType).add("label", arrays
        ? DataTypes.createArrayType(DataTypes.StringType) : DataTypes.StringType);
  }
}
