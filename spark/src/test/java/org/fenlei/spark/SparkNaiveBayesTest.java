package org.fenlei.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.fenlei.core.Classifiers;
import org.fenlei.core.ModelFile;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;

/** Naive Bayes trained on the cluster against the same settings on one machine: the same model file, byte for byte. */
class SparkNaiveBayesTest {
  private final SparkSession spark = LocalSpark.session();

  private Dataset<Row> frame(List<Document> docs, int partitions) {
    List<Row> rows = new ArrayList<>();
    for (Document d : docs) {
      rows.add(RowFactory.create(d.text(), d.labels().get(0)));
    }
    StructType schema = new StructType().add("text", DataTypes.StringType).add("label", DataTypes.StringType);
    return spark.createDataFrame(rows, schema).repartition(partitions);
  }

  private static byte[] saved(TextClassifier m, String name) throws IOException {
    Path p = LocalSpark.dir().resolve(name);
    ModelFile.save(m, p);
    return Files.readAllBytes(p);
  }

  private static TextClassifier oneMachine(List<Document> docs, Map<String, String> settings) {
    Classifiers.Builder b = Classifiers.builder("nb").threads(1).set("calibration", "none");
    settings.forEach(b::set);
    return b.train(docs);
  }

  @Test
  void everyVariantGivesOneMachinesModelFile() throws IOException {
    List<Document> docs = TestCorpus.topics(400, 11, false);
    for (Map<String, String> settings : List.of(Map.of("variant", "multinomial", "alpha", "0.1"),
        Map.of("variant", "complement", "alpha", "0.3", "ngrams", "1-1", "min-count", "2"),
        Map.of("variant", "bernoulli", "alpha", "1"))) {
      TextClassifier one = oneMachine(docs, settings);
      TextClassifier dist = SparkNaiveBayes.train(frame(docs, 5), "text", "label", settings);
      assertArrayEquals(saved(one, "one.fenlei"), saved(dist, "dist.fenlei"), settings.toString());
      for (String t : LocalSpark.texts()) {
        assertEquals(one.predict(t), dist.predict(t));
      }
    }
  }

  @Test
  void aRealCorpusGivesOneMachinesModelFile() throws IOException {
    Path train = Path.of(System.getProperty("fenlei.corpora", "../../shared/corpora"), "chnsenticorp_ernie",
        "train.tsv");
    assumeTrue(Files.isRegularFile(train), "shared corpora absent: " + train);
    List<Document> docs = new ArrayList<>();
    for (String line : Files.readAllLines(train).subList(0, 3000)) {
      String[] f = line.split("\t"); // text, label
      docs.add(new Document("#" + docs.size(), f[0], List.of(f[1]), null, 0));
    }
    Map<String, String> settings = Map.of("variant", "multinomial", "alpha", "0.1");
    assertArrayEquals(saved(oneMachine(docs, settings), "senti-one.fenlei"),
        saved(SparkNaiveBayes.train(frame(docs, 4), "text", "label", settings), "senti-dist.fenlei"));
  }

  @Test
  void theJobWritesTheModelFile() throws IOException {
    List<Document> docs = TestCorpus.topics(200, 5, false);
    Path dir = Files.createTempDirectory(LocalSpark.dir(), "trainjob");
    frame(docs, 3).write().json(dir.resolve("train").toString());
    TrainJob.run(spark, "--input", dir.resolve("train").toString(), "--set", "variant=multinomial", "--set",
        "alpha=0.1", "--out", dir.resolve("m.fenlei").toString());
    assertArrayEquals(saved(oneMachine(docs, Map.of("variant", "multinomial", "alpha", "0.1")), "job-one.fenlei"),
        Files.readAllBytes(dir.resolve("m.fenlei")));
  }

  @Test
  void whatOnlyOneMachineTrainsIsRefused() {
    Dataset<Row> df = frame(TestCorpus.topics(50, 1, false), 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparkNaiveBayes.train(df, "text", "label", Map.of("variant", "multinomial")));
    assertTrue(e.getMessage().contains("give variant and alpha"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SparkNaiveBayes.train(df, "text", "label",
        Map.of("variant", "multinomial", "alpha", "0.1", "select-k", "100")));
    assertTrue(e.getMessage().contains("chi-square"), e.getMessage());
    Dataset<Row> nulls = df.union(spark.createDataFrame(List.of(RowFactory.create("球队", null)), df.schema()));
    e = assertThrows(IllegalArgumentException.class,
        () -> SparkNaiveBayes.train(nulls, "text", "label", Map.of("variant", "multinomial", "alpha", "0.1")));
    assertTrue(e.getMessage().contains("1 training documents have no text or no label"), e.getMessage());
  }
}
