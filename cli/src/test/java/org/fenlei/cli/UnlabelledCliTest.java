package org.fenlei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-label data where most lines carry no label, through {@code train --multi-label} (with {@code --dev}),
 * {@code eval} and its report; refused with the line named when the task is multi-class.
 */
class UnlabelledCliTest {
  private static final String[] TOPICS = {"体育", "财经", "科技"};
  private static final String[][] WORDS = {{"比赛", "球队", "进球", "冠军", "教练"}, {"股票", "银行", "利率", "市场", "基金"},
      {"手机", "芯片", "软件", "网络", "算法"}};
  private static final String[] WEATHER = {"天气", "下雨", "气温", "晴天", "台风", "降温"};

  @TempDir
  static Path dir;
  static Path train;
  static Path dev;
  static Path test;

  /** fastText lines: one labelled line in three, each with one topic label; the others about the weather, no label. */
  static Path lines(String name, int n, long seed) throws IOException {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i % 3 == 0) {
        int t = r.nextInt(3);
        out.add("__label__" + TOPICS[t] + " " + WORDS[t][r.nextInt(5)] + WORDS[t][r.nextInt(5)] + "的消息");
      } else {
        out.add(WEATHER[r.nextInt(6)] + WEATHER[r.nextInt(6)] + "的消息");
      }
    }
    return Files.write(dir.resolve(name), out);
  }

  @BeforeAll
  static void data() throws IOException {
    train = lines("train.txt", 300, 1);
    dev = lines("dev.txt", 90, 2);
    test = lines("test.txt", 90, 3);
  }

  @Test
  void multiClassTrainingNamesTheFirstUnlabelledLine() {
    CliRun.Result r = CliRun.run("train", "--train", train.toString(), "--model", "svm", "--out",
        dir.resolve("never.fenlei").toString());
    assertEquals(1, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(train + ":2: training document has no label"), r.err());
    assertTrue(r.err().contains("--multi-label"), r.err());
  }

  @Test
  void trainEvalAndReportWithMultiLabel() throws IOException {
    Path m = dir.resolve("svm.fenlei");
    CliRun.Result t = CliRun.run("train", "--train", train.toString(), "--dev", dev.toString(), "--model", "svm",
        "--multi-label", "--out", m.toString());
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("trained svm on 300 documents, 3 labels (multi-label)"), t.out());
    String devLine = t.out().lines().filter(l -> l.startsWith("dev: ")).findFirst().orElseThrow();
    assertTrue(CliTest.number(devLine, "subset_accuracy") >= 0.9, devLine);

    Path report = dir.resolve("report");
    CliRun.Result e = CliRun.run("eval", "--model", m.toString(), "--test", test.toString(), "--report",
        report.toString(), "--bootstrap", "50");
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("documents 90"), e.out());
    assertTrue(e.out().contains("subset_accuracy") && e.out().contains("hamming_loss"), e.out());
    String md = Files.readString(report.resolve("report.md"));
    assertTrue(md.contains("60 documents have no gold label (negatives for every label): "), md);
    assertTrue(md.contains("| documents_without_gold_label | 60 |"), md);
    String json = Files.readString(report.resolve("report.json"));
    assertEquals(60, CliTest.number(json, "documents_without_gold_label"));
    assertTrue(Files.readString(report.resolve("report.html")).contains("60 documents have no gold label"));

    CliRun.Result j = CliRun.run("eval", "--model", m.toString(), "--test", test.toString(), "--json",
        "--bootstrap", "0");
    assertEquals(0, j.code(), j.err());
    assertTrue(CliTest.number(j.out(), "subset_accuracy") >= 0.9, j.out());
  }

  @Test
  void fastTextOneVsAllTrainsOnUnlabelledLines() {
    Path m = dir.resolve("ft.fenlei");
    CliRun.Result t = CliRun.run("train", "--train", train.toString(), "--model", "fasttext", "--multi-label",
        "--set", "epoch=25", "--set", "lr=0.5", "--threads", "1", "--out", m.toString());
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("(multi-label)") && t.out().contains("loss=ova"), t.out());
    CliRun.Result e = CliRun.run("eval", "--model", m.toString(), "--test", test.toString(), "--json",
        "--bootstrap", "0");
    assertEquals(0, e.code(), e.err());
    assertTrue(CliTest.number(e.out(), "subset_accuracy") >= 0.8, e.out());
    CliRun.Result softmax = CliRun.run("train", "--train", train.toString(), "--model", "fasttext",
        "--multi-label", "--set", "loss=softmax", "--out", dir.resolve("never-ft.fenlei").toString());
    assertEquals(1, softmax.code());
    assertTrue(softmax.err().contains("documents without labels need loss ova"), softmax.err());
  }

  @Test
  void tsvWithAnEmptyLabelColumnAndAMultiClassModel() throws IOException {
    Path tsv = Files.writeString(dir.resolve("t.tsv"), "比赛球队的消息\t体育\n天气下雨的消息\t\n股票银行的消息\t财经\n");
    Path multiClass = dir.resolve("mc.fenlei");
    Path mcTrain = Files.writeString(dir.resolve("mc.tsv"),
        "比赛球队的消息\t体育\n股票银行的消息\t财经\n进球冠军的消息\t体育\n利率市场的消息\t财经\n");
    assertEquals(0, CliRun.run("train", "--train", mcTrain.toString(), "--format", "tsv", "--model", "nb",
        "--out", multiClass.toString()).code());
    CliRun.Result r = CliRun.run("eval", "--model", multiClass.toString(), "--test", tsv.toString(), "--format",
        "tsv");
    assertEquals(1, r.code());
    assertTrue(r.err().contains(tsv + ":2: test document has no label"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    Path ml = dir.resolve("ml.fenlei");
    CliRun.Result t = CliRun.run("train", "--train", tsv.toString(), "--format", "tsv", "--model", "lr",
        "--multi-label", "--out", ml.toString());
    assertEquals(0, t.code(), t.err());
    CliRun.Result e = CliRun.run("eval", "--model", ml.toString(), "--test", tsv.toString(), "--format", "tsv",
        "--json", "--bootstrap", "0");
    assertEquals(0, e.code(), e.err());
    assertTrue(e.out().contains("\"documents\": 3"), e.out());
  }
}
