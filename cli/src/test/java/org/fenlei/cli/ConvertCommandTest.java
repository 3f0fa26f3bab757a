package org.fenlei.cli;

import static org.fenlei.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.fenlei.core.ModelFile;
import org.fenlei.core.TextClassifier;
import org.fenlei.cli.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fenlei convert}: the fastText tool's {@code .bin} and {@code .ftz} (made here by the tool, when it is
 * installed) into fenlei's checksummed format, scoring bit for bit as before.
 */
class ConvertCommandTest {
  private static final Path TOOL = Path.of("/usr/bin/fasttext");

  @TempDir
  Path dir;

  private void tool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(TOOL.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("tool.log").toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "fasttext " + args[0] + " finished");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("tool.log")));
  }

  /** Space-separated lines of three topics, each with its own words and some shared ones. */
  private static List<String> lines(int n, long seed, boolean labelled) {
    String[][] words = {{"球队", "进球", "比赛", "冠军", "教练"}, {"股票", "银行", "利率", "基金", "市场"},
        {"手机", "芯片", "软件", "网络", "电脑"}};
    String[] labels = {"体育", "财经", "科技"};
    String[] shared = {"今天", "我们", "发布", "消息", "中国"};
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int c = r.nextInt(3);
      StringBuilder sb = new StringBuilder(labelled ? "__label__" + labels[c] : "");
      for (int k = 0; k < 6; k++) {
        String w = r.nextInt(3) == 0 ? shared[r.nextInt(5)] : words[c][r.nextInt(5)];
        sb.append(sb.length() == 0 ? "" : " ").append(w);
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void toolModelsConvertWithIdenticalScores() throws Exception {
    assumeTrue(Files.isExecutable(TOOL), "the fastText tool is not installed at " + TOOL);
    Files.write(dir.resolve("train.txt"), lines(300, 1, true), StandardCharsets.UTF_8);
    tool("supervised", "-input", "train.txt", "-output", "tiny", "-dim", "8", "-epoch", "10", "-wordNgrams", "2",
        "-bucket", "1000", "-minn", "1", "-maxn", "2", "-thread", "1", "-seed", "1", "-verbose", "0");
    tool("quantize", "-input", "train.txt", "-output", "tiny", "-qnorm", "-cutoff", "300", "-dsub", "2",
        "-verbose", "0");
    // a product-quantized output matrix (-qout) needs at least 256 labels
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      int c = i % 260;
      many.add("__label__c" + c + " w" + c + " v" + (c / 2) + " 中国 u" + (i % 7));
    }
    Files.write(dir.resolve("many.txt"), many, StandardCharsets.UTF_8);
    tool("supervised", "-input", "many.txt", "-output", "many", "-dim", "4", "-epoch", "3", "-bucket", "300",
        "-thread", "1", "-seed", "1", "-verbose", "0");
    tool("quantize", "-input", "many.txt", "-output", "many", "-qout", "-dsub", "2", "-verbose", "0");
    List<String> test = lines(200, 2, false);
    test.addAll(many.subList(0, 300).stream().map(l -> l.substring(l.indexOf(' ') + 1)).toList());
    for (String name : List.of("tiny.bin", "tiny.ftz", "many.ftz")) {
      Path in = dir.resolve(name);
      Path out = dir.resolve("converted/" + name + ".fenlei");
      Result r = run("convert", "--model", in.toString(), "--out", out.toString());
      assertEquals(0, r.code(), r.err());
      assertEquals("", r.err());
      assertTrue(r.out().startsWith("converted " + in + " (fasttext, ") && r.out().contains("checksummed"), r.out());
      TextClassifier before = ModelFile.load(in);
      TextClassifier after = ModelFile.load(out);
      assertEquals(before.labels(), after.labels());
      for (String line : test) {
        assertArrayEquals(before.scores(line), after.scores(line), name + ": " + line);
      }
      // a fenlei model converts to the same bytes
      Path again = dir.resolve(name + ".again.fenlei");
      assertEquals(0, run("convert", "--model", out.toString(), "--out", again.toString()).code());
      assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again));
      // and a flipped byte is now refused, where the tool's file took it silently
      byte[] bytes = Files.readAllBytes(out);
      bytes[bytes.length / 2] ^= 0x04;
      Path flipped = Files.write(dir.resolve(name + ".flipped.fenlei"), bytes);
      Result damaged = run("classify", "--model", flipped.toString(), dir.resolve("train.txt").toString());
      assertEquals(1, damaged.code());
      assertEquals("fenlei: error: " + flipped + ": damaged: checksum mismatch (the file was corrupted or partly "
          + "written)\n", damaged.err());
    }
  }

  @Test
  void errorsNameTheFile() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("models"));
    Result r = run("convert", "--model", folder.toString(), "--out", dir.resolve("x.fenlei").toString());
    assertEquals(1, r.code());
    assertEquals("fenlei: error: " + folder + ": is a directory, not a model file\n", r.err());
    Path empty = Files.createFile(dir.resolve("empty.bin"));
    r = run("convert", "--model", empty.toString(), "--out", dir.resolve("x.fenlei").toString());
    assertEquals(1, r.code());
    assertEquals("fenlei: error: " + empty + ": empty (0 bytes), not a model: was it written completely?\n", r.err());
    r = run("convert", "--model", dir.resolve("absent.bin").toString(), "--out", dir.resolve("x.fenlei").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("absent.bin"), r.err());
    r = run("convert", "--model", empty.toString(), "--out", empty.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("fenlei convert: --out is the model file itself"), r.err());
    assertTrue(Files.notExists(dir.resolve("x.fenlei")));
  }
}
