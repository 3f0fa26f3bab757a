package org.fenlei.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.fenlei.classic.TestCorpus;
import org.fenlei.core.Classifiers;
import org.fenlei.core.ModelFile;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;

/** One local[2] session and two small models for every test of this JVM (a session takes seconds to start). */
final class LocalSpark {
  private static SparkSession spark;
  private static Path dir;
  private static Path multiClass;
  private static Path multiLabel;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (spark == null) {
      spark = SparkSession.builder().master("local[2]").appName("fenlei-spark-test")
          .config("spark.ui.enabled", false).config("spark.sql.shuffle.partitions", 2)
          .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
    }
    return spark;
  }

  static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("fenlei-spark-test");
        Path made = dir;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  /** Deletes the tests' folder when the JVM ends (the session is stopped first by Spark's own hook). */
  private static void delete(Path root) {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind; nothing to report to
    }
  }

  /** A Naive Bayes model of the three synthetic topics. */
  static synchronized Path multiClassModel() {
    if (multiClass == null) {
      multiClass = train("nb", TestCorpus.topics(300, 7, false), false, "topics.fenlei");
    }
    return multiClass;
  }

  /** A multi-label Naive Bayes model of the synthetic topics, every fourth document with two. */
  static synchronized Path multiLabelModel() {
    if (multiLabel == null) {
      multiLabel = train("nb", TestCorpus.topics(300, 7, true), true, "topics-multi.fenlei");
    }
    return multiLabel;
  }

  private static Path train(String kind, List<Document> docs, boolean multi, String name) {
    TextClassifier m = Classifiers.builder(kind).threads(1).multiLabel(multi).train(docs);
    Path p = dir().resolve(name);
    try {
      ModelFile.save(m, p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TextClassifier load(Path model) {
    try {
      return ModelFile.load(model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Test texts: the synthetic topics, plus a few odd ones. */
  static List<String> texts() {
    List<String> out = new java.util.ArrayList<>();
    for (Document d : TestCorpus.topics(40, 99, false)) {
      out.add(d.text());
    }
    out.add("𠀀𠀁 ＡＢＣ 球队");
    out.add("x".repeat(40_000));
    return out;
  }
}
