package org.fenlei.cli;

import static org.fenlei.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fenlei.cli.CliRun.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TextCNN through the command: train, eval, quantize to int8, classify, and the settings in the help. */
class TextCnnCommandTest {
  @TempDir
  static Path dir;
  static Path train;
  static Path test;
  static Path model;

  @BeforeAll
  static void trainOnTheSample() {
    assertEquals(0, run("quickstart", "--dir", dir.resolve("qs").toString()).code());
    train = dir.resolve("qs/data/train.txt");
    test = dir.resolve("qs/data/test.txt");
    model = dir.resolve("cnn.fenlei");
    // characters: 240 short sentences are too few for word embeddings learnt from scratch (0.3 with words)
    Result t = run("train", "--train", train.toString(), "--model", "textcnn", "--set", "input=char", "--set",
        "batch=16", "--out", model.toString());
    assertEquals(0, t.code(), t.err());
    assertTrue(t.err().contains("held-out accuracy"), "a progress line per epoch: " + t.err());
  }

  @Test
  void floatAndInt8ModelsEvaluateAndClassify() throws IOException {
    double f = accuracy(model);
    assertTrue(f >= 0.7, "float accuracy " + f);
    Path q = dir.resolve("cnn.q.fenlei");
    Result r = run("quantize", "--model", model.toString(), "--train", train.toString(), "--out", q.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("int8 embedding table and convolutions"), r.out());
    assertTrue(Files.size(model) > 3.5 * Files.size(q), Files.size(model) + " vs " + Files.size(q));
    double i8 = accuracy(q);
    assertTrue(Math.abs(f - i8) <= 0.05, "float " + f + ", int8 " + i8 + " on 80 sentences");
    Result c = run("classify", "--model", q.toString(), dir.resolve("qs/data/docs").toString());
    assertEquals(0, c.code(), c.err());
    assertEquals(12, c.out().split("\n").length, c.out());
  }

  @Test
  void quantizationNeedsDocumentsAndTakesItsSettings() {
    Result none = run("quantize", "--model", model.toString(), "--out", dir.resolve("x.fenlei").toString());
    assertEquals(2, none.code(), none.err());
    assertTrue(none.err().contains("needs documents"), none.err());
    Result bad = run("quantize", "--model", model.toString(), "--train", train.toString(), "--set", "method=fp16",
        "--out", dir.resolve("y.fenlei").toString());
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("method"), bad.err());
    Result qat = run("quantize", "--model", model.toString(), "--train", train.toString(), "--set", "method=qat",
        "--set", "dense=float", "--out", dir.resolve("qat.fenlei").toString());
    assertEquals(0, qat.code(), qat.err());
    assertTrue(qat.out().contains("float dense layer; qat"), qat.out());
  }

  @Test
  void everySettingIsInTheHelp() {
    String help = run("train", "--help").out();
    for (String key : new String[] {"widths", "maps", "dropout", "maxlen", "embedding", "vectors", "optimizer",
        "patience", "holdout", "class-weight", "max-norm", "qat-from"}) {
      assertTrue(help.contains(key + " ("), key + " in: " + help);
    }
    Result bad = run("train", "--train", train.toString(), "--model", "textcnn", "--set", "widths=3,9", "--out",
        dir.resolve("z.fenlei").toString());
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("widths"), bad.err());
  }

  private static double accuracy(Path m) {
    Result e = run("eval", "--model", m.toString(), "--test", test.toString(), "--format", "fasttext", "--json");
    assertEquals(0, e.code(), e.err());
    return CliTest.number(e.out(), "accuracy");
  }
}
