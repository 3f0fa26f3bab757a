package org.fenlei.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.fenlei.core.Prediction;
import org.fenlei.core.TextClassifier;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

class FenleiClassifierTest {
  private final SparkSession spark = LocalSpark.session();

  private Dataset<Row> texts(int partitions) {
    List<Row> rows = new ArrayList<>();
    List<String> texts = LocalSpark.texts();
    for (int i = 0; i < texts.size(); i++) {
      rows.add(RowFactory.create((long) i, texts.get(i)));
    }
    rows.add(RowFactory.create(-1L, null));
    rows.add(RowFactory.create(-2L, ""));
    StructType schema = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType);
    return spark.createDataFrame(rows, schema).repartition(partitions);
  }

  private static Map<Long, String> textsById(Dataset<Row> df) {
    Map<Long, String> out = new HashMap<>();
    for (Row r : df.collectAsList()) {
      out.put(r.getLong(0), r.isNullAt(1) ? null : r.getString(1));
    }
    return out;
  }

  @Test
  void multiClassLabelsAndScoresAreThoseOfTheModel() {
    TextClassifier model = LocalSpark.load(LocalSpark.multiClassModel());
    Dataset<Row> in = texts(5);
    Dataset<Row> out = new FenleiClassifier().setModelPath(LocalSpark.multiClassModel().toString())
        .setOutputCol("label").transform(in);
    assertEquals(DataTypes.StringType, out.schema().apply("label").dataType());
    Map<Long, String> texts = textsById(in);
    List<Row> rows = out.collectAsList();
    assertEquals(texts.size(), rows.size());
    for (Row r : rows) {
      String text = texts.get(r.getLong(0));
      if (text == null) {
        assertTrue(r.isNullAt(2) && r.isNullAt(3), "a null text gives null columns");
        continue;
      }
      Prediction p = model.predict(text);
      assertEquals(p.label(), r.getString(2), text);
      Map<String, Double> scores = JavaConverters.mapAsJavaMap(r.<String, Double>getMap(3));
      assertEquals(p.scoreMap(), new HashMap<>(scores));
    }
  }

  @Test
  void multiLabelModelsGiveArraysAndTopKApplies() {
    TextClassifier model = LocalSpark.load(LocalSpark.multiLabelModel());
    Dataset<Row> in = texts(3);
    Dataset<Row> out = new FenleiClassifier().setModelPath(LocalSpark.multiLabelModel().toString())
        .setScoresCol("").setTopK(1).setThreshold(0.2).transform(in);
    assertEquals(List.of("id", "text", "prediction"), List.of(out.columns()));
    Map<Long, String> texts = textsById(in);
    for (Row r : out.collectAsList()) {
      String text = texts.get(r.getLong(0));
      if (text != null) {
        List<String> got = r.getList(2);
        assertEquals(RowScorer.names(model.predict(text, 1, 0.2).labels()), got, text);
      }
    }
  }

  @Test
  void refusesANonStringColumnAndAMissingOne() {
    Dataset<Row> ints = spark.range(3).toDF("text");
    FenleiClassifier stage = new FenleiClassifier().setModelPath(LocalSpark.multiClassModel().toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> stage.transform(ints));
    assertTrue(e.getMessage().contains("'text' is bigint, not a string"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> stage.setInputCol("body").transform(ints));
    assertTrue(e.getMessage().contains("no input column 'body'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new FenleiClassifier().transform(texts(1)));
    assertTrue(e.getMessage().contains("setModelPath"), e.getMessage());
  }

  @Test
  void savedInAPipelineAndLoadedBackItGivesTheSameOutput() throws Exception {
    Path dir = Files.createTempDirectory(LocalSpark.dir(), "pipeline");
    FenleiClassifier stage = new FenleiClassifier().setModelPath(LocalSpark.multiClassModel().toString())
        .setTopK(2).setScoresCol("p");
    PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {stage}).fit(texts(2));
    fitted.write().overwrite().save(dir.resolve("p").toString());
    PipelineModel back = PipelineModel.load(dir.resolve("p").toString());
    Dataset<Row> in = texts(2).cache();
    assertEquals(fitted.transform(in).orderBy("id").collectAsList(), back.transform(in).orderBy("id").collectAsList());

    stage.write().save(dir.resolve("s").toString());
    FenleiClassifier loaded = FenleiClassifier.load(dir.resolve("s").toString());
    assertEquals(stage.uid(), loaded.uid());
    assertEquals(2, (int) loaded.getOrDefault(loaded.topK()));
    assertEquals("p", loaded.getOrDefault(loaded.scoresCol()));
  }

  @Test
  void theModelIsLoadedOncePerJvmNotPerTaskOrRow() throws Exception {
    Path copy = Files.copy(LocalSpark.multiClassModel(), LocalSpark.dir().resolve("once.fenlei"));
    long before = ModelCache.loads();
    FenleiClassifier stage = new FenleiClassifier().setModelPath(copy.toString());
    assertEquals(texts(1).count(), stage.transform(texts(8)).count());
    assertEquals(texts(1).count(), stage.transform(texts(7)).filter("prediction is not null or text is null")
        .count());
    assertEquals(1, ModelCache.loads() - before, "driver and 15 tasks of one JVM share one load");
  }

  @Test
  void emptyPartitionsAndEmptyInputAreFine() {
    FenleiClassifier stage = new FenleiClassifier().setModelPath(LocalSpark.multiClassModel().toString());
    Dataset<Row> few = texts(1).limit(2).repartition(6);
    assertEquals(2, stage.transform(few).collectAsList().size());
    assertEquals(0, stage.transform(texts(1).limit(0)).count());
  }

  @Test
  void aMissingModelFileIsNamed() {
    FenleiClassifier stage = new FenleiClassifier().setModelPath("/nonexistent/m.fenlei");
    Exception e = assertThrows(RuntimeException.class, () -> stage.transform(texts(1)));
    assertTrue(e.getMessage().contains("/nonexistent/m.fenlei"), e.getMessage());
  }
}
