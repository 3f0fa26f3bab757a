package org.fenlei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fenlei compare}: several models, one report, pairwise tests. */
class CompareCommandTest {
  @TempDir
  static Path dir;
  static Path nb;
  static Path lr;
  static Path test;

  @BeforeAll
  static void twoModels() {
    CliRun.Result q = CliRun.run("quickstart", "--dir", dir.resolve("qs").toString());
    assertEquals(0, q.code(), q.err());
    nb = dir.resolve("qs/model.fenlei");
    test = dir.resolve("qs/data/test.txt");
    lr = dir.resolve("lr.fenlei");
    CliRun.Result t = CliRun.run("train", "--train", dir.resolve("qs/data/train.txt").toString(), "--model", "lr",
        "--out", lr.toString());
    assertEquals(0, t.code(), t.err());
  }

  @Test
  void comparesTwoModelsWithMcNemarAndWritesOneReport() throws IOException {
    Path out = dir.resolve("cmp");
    CliRun.Result r = CliRun.run("compare", "--test", test.toString(), "--format", "fasttext", "--report",
        out.toString(), "--bootstrap", "200", nb.toString(), lr.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("model.fenlei") && r.out().contains("lr.fenlei"), r.out());
    assertTrue(r.out().contains("model.fenlei vs lr.fenlei: only first right"), r.out());
    assertTrue(r.out().contains("McNemar p"), r.out());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("Pairwise tests") && html.contains("F1 by label"));
    String json = Files.readString(out.resolve("report.json"));
    assertTrue(json.contains("\"mcnemar\": {\"metric\": \"accuracy\""), json);
    CliRun.Result j = CliRun.run("compare", "--test", test.toString(), "--json", "--names", "NB,LR", nb.toString(),
        lr.toString());
    assertEquals(0, j.code(), j.err());
    assertTrue(j.out().startsWith("{") && j.out().contains("\"first\": \"NB\"") && j.out().contains(
        "\"second\": \"LR\""), j.out());
  }

  @Test
  void usageErrors() {
    assertEquals(2, CliRun.run("compare", "--test", test.toString(), nb.toString()).code(), "one model");
    assertEquals(2, CliRun.run("compare", "--test", test.toString(), "--names", "a", nb.toString(), lr.toString())
        .code(), "names do not match the models");
    assertEquals(2, CliRun.run("compare", nb.toString(), lr.toString()).code(), "no test data");
    assertEquals(2, CliRun.run("compare", "--test", test.toString(), nb.toString(), nb.toString()).code(),
        "the same model twice");
  }

  @Test
  void helpListsCompare() {
    CliRun.Result r = CliRun.run("--help");
    assertTrue(r.out().contains("compare"), r.out());
  }
}
