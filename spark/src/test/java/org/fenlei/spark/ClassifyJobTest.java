package org.fenlei.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.fenlei.cli.Main;
import org.fenlei.core.Prediction;
import org.fenlei.core.TextClassifier;
import org.junit.jupiter.api.Test;

/** The job against the real {@code fenlei classify}: the same records, record for record. */
class ClassifyJobTest {
  private final SparkSession spark = LocalSpark.session();
  private final String model = LocalSpark.multiClassModel().toString();

  /**
   * A lines file with blank lines, CRLF, a line of invalid UTF-8, a NUL line, a line of ideographic space, a
   * 40,000-character line and no final line feed.
   */
  static Path linesFile(Path dir) throws IOException {
    List<String> texts = LocalSpark.texts();
    var out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < texts.size(); i++) {
      out.writeBytes(texts.get(i).getBytes(StandardCharsets.UTF_8));
      out.writeBytes(i % 7 == 3 ? "\r\n\n   \n".getBytes(StandardCharsets.UTF_8) : "\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(new byte[] {'a', (byte) 0xC3, '(', '\n', 'b', 0, 'c', '\n'});
    out.writeBytes("\u3000 \n".getBytes(StandardCharsets.UTF_8)); // blank only to Unicode: an empty document
    out.writeBytes("最后一行 没有换行".getBytes(StandardCharsets.UTF_8));
    Path f = dir.resolve("docs.txt");
    Files.write(f, out.toByteArray());
    return f;
  }

  static List<String> cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertTrue(status == 0 || status == 3, "fenlei classify failed: " + err);
    return out.toString().lines().sorted().toList();
  }

  static List<String> lines(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return out.stream().sorted().toList();
  }

  @Test
  void aLinesFileGivesClassifysRecordsAndErrors() throws IOException {
    Path dir = Files.createTempDirectory(LocalSpark.dir(), "lines");
    Path in = linesFile(dir);
    Path out = dir.resolve("out");
    ClassifyJob.Summary s = ClassifyJob.run(spark, "--model", model, "--input", in.toString(), "--output",
        out.toString());
    assertEquals(List.of(), cli("classify", "--model", model, "--no-progress", "--output",
        dir.resolve("cli.jsonl").toString(), in.toString()), "records go to --output");
    List<String> expected = Files.readAllLines(dir.resolve("cli.jsonl")).stream().sorted().toList();
    assertEquals(expected, lines(out));
    List<String> cliErrors = Files.readAllLines(dir.resolve("cli.errors.jsonl")).stream().sorted().toList();
    assertEquals(cliErrors, lines(dir.resolve("out.errors")));
    assertEquals(3, s.failed(), "invalid UTF-8, a NUL byte, an ideographic space");
    assertEquals(expected.size(), s.classified());
  }

  /** fastText, TextCNN and TextCNN's int8 form through the job: any kind the model file holds, float or int8. */
  @Test
  void neuralAndInt8ModelsGiveClassifysRecords() throws IOException {
    Path dir = Files.createTempDirectory(LocalSpark.dir(), "kinds");
    List<org.fenlei.corpora.Document> docs = org.fenlei.classic.TestCorpus.topics(300, 7, false);
    TextClassifier cnn = org.fenlei.core.Classifiers.builder("textcnn").threads(1).set("input", "char")
        .set("dim", "16").set("maps", "8").set("epoch", "3").set("calibration", "none").train(docs);
    TextClassifier int8 = cnn.capability(org.fenlei.core.Quantizable.class).orElseThrow().quantize(
        org.fenlei.core.Settings.empty().validate("textcnn", cnn.capability(org.fenlei.core.Quantizable.class)
            .orElseThrow().quantizeSettings()), docs, 1);
    TextClassifier fasttext = org.fenlei.core.Classifiers.builder("fasttext").threads(1).set("epoch", "3")
        .set("calibration", "none").train(docs);
    Path in = linesFile(dir);
    for (TextClassifier m : List.of(cnn, int8, fasttext)) {
      String name = m.kind() + (m == int8 ? "-int8" : "");
      Path file = dir.resolve(name + ".fenlei");
      org.fenlei.core.ModelFile.save(m, file);
      ClassifyJob.run(spark, "--model", file.toString(), "--input", in.toString(), "--output",
          dir.resolve(name).toString());
      assertEquals(List.of(), cli("classify", "--model", file.toString(), "--no-progress", "--output",
          dir.resolve(name + ".jsonl").toString(), in.toString()));
      assertEquals(Files.readAllLines(dir.resolve(name + ".jsonl")).stream().sorted().toList(),
          lines(dir.resolve(name)), name);
    }
  }

  @Test
  void aFolderGivesClassifysRecordsAndTheTopKRule() throws IOException {
    Path dir = Files.createTempDirectory(LocalSpark.dir(), "folder");
    Path docs = dir.resolve("docs");
    List<String> texts = LocalSpark.texts();
    for (int i = 0; i < texts.size(); i++) {
      Path f = docs.resolve("d" + i % 3).resolve(i + ".txt");
      Files.createDirectories(f.getParent());
      Files.writeString(f, texts.get(i) + "\n");
    }
    Files.writeString(docs.resolve("empty.txt"), " \n");
    ClassifyJob.run(spark, "--model", model, "--input", docs.toString(), "--output", dir.resolve("out").toString(),
        "--top-k", "2", "--threshold", "0.1");
    assertEquals(cli("classify", "--model", model, "--no-progress", "--top-k", "2", "--threshold", "0.1",
        docs.toString()), lines(dir.resolve("out")));
    assertEquals(List.of("{\"path\": \"" + docs.resolve("empty.txt") + "\", \"line\": null, \"error\": "
        + "\"empty document: the file has no text\"}"), lines(dir.resolve("out.errors")));
  }

  @Test
  void jsonLinesGiveClassifysRecordsAndBadRowsGoToTheErrors() throws IOException {
    Path dir = Files.createTempDirectory(LocalSpark.dir(), "jsonl");
    StringBuilder sb = new StringBuilder();
    for (String t : LocalSpark.texts()) {
      sb.append("{\"text\": ").append(org.fenlei.core.JsonText.quote(t)).append(", \"label\": \"x\"}\n");
    }
    sb.append("{\"text\": 3}\n{\"body\": \"a\"}\nnot json\n\n{\"text\": \"  \"}\n");
    Path in = Files.writeString(dir.resolve("docs.jsonl"), sb);
    ClassifyJob.Summary s = ClassifyJob.run(spark, "--model", model, "--input", in.toString(), "--format", "jsonl",
        "--output", dir.resolve("out").toString());
    assertEquals(cli("classify", "--model", model, "--no-progress", "--format", "jsonl", "--skip-bad",
        in.toString()), lines(dir.resolve("out")));
    assertEquals(4, s.failed());
    assertEquals(4, lines(dir.resolve("out.errors")).size());
  }

  @Test
  void parquetInAndOutWithNullAndEmptyRowsAndEmptyPartitions() throws IOException {
    Path dir = Files.createTempDirectory(LocalSpark.dir(), "parquet");
    List<Row> rows = new ArrayList<>();
    for (String t : LocalSpark.texts()) {
      rows.add(RowFactory.create(t, 1));
    }
    rows.add(RowFactory.create(null, 2));
    rows.add(RowFactory.create("", 3));
    StructType schema = new StructType().add("body", DataTypes.StringType).add("n", DataTypes.IntegerType);
    spark.createDataFrame(rows, schema).repartition(5).write().parquet(dir.resolve("in").toString());
    ClassifyJob.Summary s = ClassifyJob.run(spark, "--model", model, "--input", dir.resolve("in").toString(),
        "--format", "parquet", "--text-column", "body", "--output-format", "parquet", "--output",
        dir.resolve("out").toString());
    assertEquals(new ClassifyJob.Summary(LocalSpark.texts().size(), 2), s);
    TextClassifier m = LocalSpark.load(LocalSpark.multiClassModel());
    List<String> texts = LocalSpark.texts();
    Dataset<Row> out = spark.read().parquet(dir.resolve("out").toString());
    assertEquals(List.of("path", "line", "labels"), List.of(out.columns()));
    List<Row> got = out.collectAsList();
    assertEquals(texts.size(), got.size());
    long expectedSports = texts.stream().map(m::predict).map(Prediction::label).filter("体育"::equals).count();
    long sports = got.stream().filter(r -> ((Row) r.getList(2).get(0)).getString(0).equals("体育")).count();
    assertEquals(expectedSports, sports);
    assertTrue(got.stream().allMatch(r -> r.isNullAt(1) && r.getString(0).startsWith(dir.resolve("in") + "/")));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassifyJob.run(spark, "--model",
        model, "--input", dir.resolve("in").toString(), "--format", "parquet", "--text-column", "n", "--output",
        dir.resolve("never").toString()));
    assertTrue(e.getMessage().contains("column 'n' is int, not a string"), e.getMessage());
  }

  @Test
  void anEmptyFileGivesAnEmptyOutput() throws IOException {
    Path dir = Files.createTempDirectory(LocalSpark.dir(), "empty");
    Path in = Files.writeString(dir.resolve("empty.txt"), "");
    assertEquals(new ClassifyJob.Summary(0, 0), ClassifyJob.run(spark, "--model", model, "--input", in.toString(),
        "--output", dir.resolve("out").toString()));
    assertEquals(List.of(), lines(dir.resolve("out")));
  }
}
