package org.fenlei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fenlei eval} with reports, JSON and intervals, on the shipped sample and a small multi-label set. */
class EvalReportTest {
  @TempDir
  static Path dir;
  static Path model;
  static Path test;

  @BeforeAll
  static void quickstart() {
    CliRun.Result r = CliRun.run("quickstart", "--dir", dir.resolve("qs").toString());
    assertEquals(0, r.code(), r.err());
    model = dir.resolve("qs/model.fenlei");
    test = dir.resolve("qs/data/test.txt");
  }

  @Test
  void reportHasTheThreeFilesWithTheSameHeadline() throws IOException {
    Path out = dir.resolve("report");
    CliRun.Result r = CliRun.run("eval", "--model", model.toString(), "--test", test.toString(), "--report",
        out.toString(), "--bootstrap", "200");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("report written to " + out.resolve("report.html")), r.err());
    String accuracy = r.out().lines().filter(l -> l.startsWith("accuracy")).findFirst().orElseThrow().split("\\s+")[1];
    assertTrue(r.out().contains("95% CI"), r.out());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<div class=v>" + accuracy + "</div>"), "the headline card shows " + accuracy);
    assertTrue(html.contains("Most confident errors") && html.contains("Confusions"));
    assertTrue(html.contains("model model.fenlei (nb)"), "the context names the model");
    assertTrue(Files.readString(out.resolve("report.md")).contains("| accuracy | " + accuracy + " | "));
    assertEquals(Double.parseDouble(accuracy), CliTest.number(Files.readString(out.resolve("report.json")),
        "accuracy"), 5e-5);
  }

  @Test
  void jsonIsOneLineHeadlineFirst() {
    CliRun.Result r = CliRun.run("eval", "--model", model.toString(), "--test", test.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(1, lines.size(), r.out());
    assertTrue(lines.get(0).matches("\\{\"accuracy\": [0-9.]+, \"macro_f1\": [0-9.]+, \"ece\": [0-9.]+, \"documents\": 80, \"metrics\": "
        + "\\{.*\"cohen_kappa\": .*\\}, \"confidence_intervals\": \\{\"accuracy\": \\[[0-9.]+, [0-9.]+\\].*\\}\\}"),
        lines.get(0));
    CliRun.Result none = CliRun.run("eval", "--model", model.toString(), "--test", test.toString(), "--json",
        "--bootstrap", "0");
    assertTrue(none.out().contains("\"confidence_intervals\": {}"), none.out());
    assertEquals(CliTest.number(r.out(), "accuracy"), CliTest.number(none.out(), "accuracy"));
  }

  @Test
  void badSettingsAreUsageErrors() {
    assertEquals(2, CliRun.run("eval", "--model", model.toString(), "--test", test.toString(), "--positive",
        "no-such-label").code());
    assertEquals(2, CliRun.run("eval", "--model", model.toString(), "--test", test.toString(), "--bootstrap",
        "-1").code());
  }

  @Test
  void multiLabelReportShowsThresholdsAndMissedLabels() throws IOException {
    String[] topics = {"体育", "财经", "科技"};
    String[][] words = {{"比赛", "球队", "进球", "冠军"}, {"股票", "银行", "利率", "市场"}, {"手机", "芯片", "软件", "网络"}};
    List<String> train = new ArrayList<>();
    List<String> testLines = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      int a = i % 3;
      int b = (i / 3) % 3;
      String labels = "__label__" + topics[a] + (i % 4 == 0 && a != b ? " __label__" + topics[b] : "");
      String text = words[a][i % 4] + words[a][(i + 1) % 4] + (i % 4 == 0 && a != b ? words[b][i % 4] : "") + "的消息";
      (i % 5 == 0 ? testLines : train).add(labels + " " + text);
    }
    Path trainFile = Files.write(dir.resolve("ml-train.txt"), train);
    Path testFile = Files.write(dir.resolve("ml-test.txt"), testLines);
    Path m = dir.resolve("ml.fenlei");
    CliRun.Result t = CliRun.run("train", "--train", trainFile.toString(), "--model", "nb", "--out", m.toString());
    assertEquals(0, t.code(), t.err());
    Path out = dir.resolve("ml-report");
    CliRun.Result r = CliRun.run("eval", "--model", m.toString(), "--test", testFile.toString(), "--report",
        out.toString(), "--threshold", "0.5");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("micro_f1") && r.out().contains("hamming_loss"), r.out());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("F1 when every label scoring ≥ threshold is predicted"));
    assertTrue(html.contains("in use 0.5"), "the threshold given is marked");
    assertTrue(html.contains("Labels most often missed"));
  }
}
