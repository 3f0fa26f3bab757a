package org.fenlei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard chnsenticorp split end to end through the command: Naive Bayes with the defaults must be
 * within a point of scikit-learn's MultinomialNB on the same split (0.9108, shared/peers/README.md).
 */
class ChnSentiCorpTest {
  static Path corpora() {
    String p = System.getProperty("fenlei.corpora");
    return Path.of(p != null ? p : "../../shared/corpora");
  }

  @Test
  void naiveBayesMatchesScikitLearn(@TempDir Path dir) {
    Path data = corpora();
    assumeTrue(Files.isDirectory(data.resolve("chnsenticorp_ernie")), "shared corpora absent: " + data);
    Path model = dir.resolve("senti.fenlei");
    CliRun.Result t = CliRun.run("train", "--corpus", "chnsenticorp", "--data-dir", data.toString(), "--model", "nb",
        "--out", model.toString());
    assertEquals(0, t.code(), t.err());
    CliRun.Result e = CliRun.run("eval", "--model", model.toString(), "--corpus", "chnsenticorp", "--data-dir",
        data.toString(), "--json");
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("\"documents\": 1200"), e.out());
    double accuracy = CliTest.number(e.out(), "accuracy");
    assertTrue(accuracy >= 0.9108 - 0.01, "accuracy " + accuracy);
  }
}
