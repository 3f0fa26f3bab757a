package org.fenlei.cli;

import static org.fenlei.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fenlei.cli.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fenlei segment} end to end: one line out per line in, options, charsets, threads, errors. */
class SegmentCommandTest {
  private static final Charset GBK = Charset.forName("GBK");

  @TempDir
  Path dir;

  private Path write(String name, String text, Charset cs) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, text.getBytes(cs));
    return f;
  }

  private static Result ok(String... args) {
    Result r = run(args);
    assertEquals(0, r.code(), r.err());
    return r;
  }

  @Test
  void oneOutputLinePerInputLine() throws IOException {
    String longLine = "我们研究生命的起源。".repeat(4000); // 40,000 characters
    Path f = write("in.txt", "\uFEFF我来到北京清华大学\n\n   \r\n南京市长江大桥\r" + longLine + "\n\uD840\uDC00字",
        StandardCharsets.UTF_8);
    String[] lines = ok("segment", f.toString()).out().split("\n", -1);
    assertEquals(7, lines.length); // 6 lines and the final newline
    assertEquals("我 来到 北京 清华大学", lines[0]);
    assertEquals("", lines[1]);
    assertEquals("", lines[2]);
    assertEquals("南京市 长江大桥", lines[3]);
    assertEquals(4000 * 6 - 1, lines[4].chars().filter(c -> c == ' ').count()); // 我们 研究 生命 的 起源 。
    assertEquals("\uD840\uDC00 字", lines[5]);
    assertEquals("", lines[6]);
  }

  @Test
  void modesTagsStopwordsAndSegmenters() throws IOException {
    Path f = write("in.txt", "中华人民共和国成立了，访问https://a.cn/x\n", StandardCharsets.UTF_8);
    assertEquals("中华人民共和国 成立 了 ， 访问 https://a.cn/x\n", ok("segment", f.toString()).out());
    assertEquals("中华 华人 人民 共和 共和国 中华人民共和国 成立 了 ， 访问 https://a.cn/x\n",
        ok("segment", "--mode", "search", f.toString()).out());
    assertEquals("中华人民共和国/ns 成立/v 了/ul ，/x 访问/v https://a.cn/x/xu\n",
        ok("segment", "--pos", f.toString()).out());
    assertEquals("中华人民共和国 成立 访问 https://a.cn/x\n", ok("segment", "--stopwords", "default", f.toString()).out());
    Path stop = write("stop.txt", "成立\n访问\n", StandardCharsets.UTF_8);
    assertEquals("中华人民共和国 了 ， https://a.cn/x\n", ok("segment", "--stopwords", stop.toString(), f.toString()).out());
    assertEquals("中华人民共和国 成立 了 ， 访问 https://a.cn/x\n", ok("segment", "--segmenter", "smartcn", f.toString()).out());
  }

  @Test
  void userDictionariesTakePrecedence() throws IOException {
    Path f = write("in.txt", "他来到了网易杭研大厦\n韩玉鉴赏\n", StandardCharsets.UTF_8);
    Path a = write("a.txt", "韩玉鉴赏\n", StandardCharsets.UTF_8);
    Path b = write("b.txt", "杭研大厦\n", StandardCharsets.UTF_8);
    assertEquals("他 来到 了 网易 杭研 大厦\n韩玉 鉴赏\n", ok("segment", f.toString()).out());
    assertEquals("他 来到 了 网易 杭研大厦\n韩玉鉴赏\n",
        ok("segment", "--user-dict", a.toString(), "--user-dict", b.toString(), f.toString()).out());
    assertEquals("他 来到 了 网易 杭 研 大厦\n韩 玉 鉴赏\n", ok("segment", "--no-hmm", f.toString()).out());
  }

  @Test
  void gbkInputEqualsUtf8Input() throws IOException {
    String text = "我来到北京清华大学，ＡＢＣ公司营收增长１２％。\n他来到了网易杭研大厦\n\n中文English混合123\n";
    Path utf8 = write("utf8.txt", text, StandardCharsets.UTF_8);
    Path gbk = write("gbk.txt", text, GBK);
    String expected = ok("segment", utf8.toString()).out();
    assertEquals(4, expected.split("\n", -1).length - 1);
    assertEquals(expected, ok("segment", "--charset", "gb18030", gbk.toString()).out());
    assertEquals(expected, ok("segment", "--charset", "auto", gbk.toString()).out());
    assertEquals(expected, ok("segment", "--charset", "auto", utf8.toString()).out());
  }

  @Test
  void gbkCorpusFileEqualsItsUtf8Twin() {
    Path icwb2 = Path.of(System.getProperty("fenlei.corpora", "../../shared/corpora")).resolve("icwb2");
    Path gbk = icwb2.resolve("pku_test.txt");
    Path utf8 = icwb2.resolve("pku_test.utf8");
    assumeTrue(Files.isRegularFile(gbk) && Files.isRegularFile(utf8), "no icwb2 corpus at " + icwb2);
    String expected = ok("segment", "--pos", utf8.toString()).out();
    assertEquals(1945, expected.split("\n", -1).length - 1);
    assertEquals(expected, ok("segment", "--pos", "--charset", "auto", gbk.toString()).out());
  }

  @Test
  void threadsKeepLineOrder() throws IOException {
    Random random = new Random(5);
    String[] pieces = {"我们", "研究", "生命", "的", "起源", "，", "iPhone15", "长江大桥", "杭研", " "};
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < 30_000; line++) {
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      text.append(line).append('\n');
    }
    Path f = write("big.txt", text.toString(), StandardCharsets.UTF_8);
    String one = ok("segment", "--threads", "1", f.toString()).out();
    assertEquals(30_000, one.split("\n").length);
    assertEquals(one, ok("segment", "--threads", "2", f.toString()).out());
    assertEquals(one, ok("segment", "--threads", "3", "--pos", f.toString()).out().replaceAll("/[a-z]+", ""));
    List<String> lines = List.of(one.split("\n"));
    for (int i = 0; i < lines.size(); i += 997) {
      assertTrue(lines.get(i).endsWith(Integer.toString(i)), lines.get(i));
    }
  }

  @Test
  void errorsNameTheFileOrOption() throws IOException {
    Path f = write("in.txt", "中文\n", StandardCharsets.UTF_8);
    Result missing = run("segment", "--user-dict", dir.resolve("nope.txt").toString(), f.toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("nope.txt"), missing.err());
    Result stop = run("segment", "--stopwords", dir.resolve("stop.txt").toString(), f.toString());
    assertEquals(1, stop.code());
    assertTrue(stop.err().contains("stop.txt"), stop.err());
    Path bad = write("bad.txt", "好\n", GBK);
    Result badBytes = run("segment", bad.toString());
    assertEquals(1, badBytes.code());
    assertEquals("fenlei: error: " + bad + ":1: invalid UTF-8 at byte offset 0; try --charset gb18030 or auto\n",
        badBytes.err());
    Path badDict = write("dict.txt", "词 5 NR\n", StandardCharsets.UTF_8);
    Result dict = run("segment", "--user-dict", badDict.toString(), f.toString());
    assertEquals(1, dict.code());
    assertTrue(dict.err().contains("line 1"), dict.err());
    for (List<String> args : List.of(List.of("--mode", "fast"), List.of("--segmenter", "ltp"),
        List.of("--segmenter", "smartcn", "--user-dict", badDict.toString()), List.of("--threads", "0"))) {
      List<String> all = new ArrayList<>(List.of("segment"));
      all.addAll(args);
      all.add(f.toString());
      Result r = run(all.toArray(String[]::new));
      assertEquals(2, r.code(), args + ": " + r.err());
    }
  }

  /** A file whose line {@code bad} of {@code lines} holds byte 0xFF (invalid in UTF-8 and GB18030) at the end. */
  private Path badAt(Charset cs, int lines, int bad, String longLine) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 1; i <= lines; i++) {
      bytes.writeBytes((i == 1 ? longLine : "") .getBytes(cs));
      bytes.writeBytes(("第" + i + "行").getBytes(cs));
      if (i == bad) {
        bytes.write(0xFF);
      }
      bytes.write('\n');
    }
    Path f = dir.resolve("bad-" + bad + ".txt");
    Files.write(f, bytes.toByteArray());
    return f;
  }

  @Test
  void invalidBytesNameTheirOwnLine() throws IOException {
    String longLine = "长".repeat(70_000); // longer than every read buffer
    for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
      boolean utf8 = cs.equals(StandardCharsets.UTF_8);
      String charset = utf8 ? "utf-8" : "gb18030";
      String advice = utf8 ? "; try --charset gb18030 or auto" : "; try --charset utf-8 or auto";
      for (int[] c : new int[][] {{10, 1}, {10, 5}, {100_001, 100_001}}) {
        for (String first : List.of("", longLine)) {
          Path f = badAt(cs, c[0], c[1], first);
          Result r = run("segment", "--charset", charset, f.toString());
          assertEquals(1, r.code(), r.err());
          assertTrue(r.err().startsWith("fenlei: error: " + f + ":" + c[1] + ": invalid "), cs + " " + r.err());
          assertTrue(r.err().endsWith(advice + "\n"), r.err());
          assertEquals(1, r.err().lines().count(), r.err());
        }
      }
    }
  }

  @Test
  void autoDoesNotAdviseAuto() throws IOException {
    Path gbk = badAt(Charset.forName("GB18030"), 20_000, 19_999, "");
    Result r = run("segment", "--charset", "auto", gbk.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().matches("fenlei: error: \\Q" + gbk + "\\E:19999: invalid GB18030 at byte offset \\d+ "
        + "\\(charset auto chose GB18030\\); try --charset utf-8\n"), r.err());
    String text = "我来到北京清华大学\n他来到了网易杭研大厦\n";
    String expected = ok("segment", write("u.txt", text, StandardCharsets.UTF_8).toString()).out();
    java.io.InputStream stdin = System.in;
    System.setIn(new java.io.ByteArrayInputStream(text.getBytes(GBK)));
    try {
      assertEquals(expected, ok("segment", "--charset", "auto").out(), "standard input, detected");
    } finally {
      System.setIn(stdin);
    }
  }
}
