package org.fenlei.cli;

import static org.fenlei.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fenlei.cli.CliRun.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fenlei classify} as an adversarial user runs it: outputs that are inputs, symbolic links, bad files,
 * nonsense options, and real processes killed with SIGKILL and resumed.
 */
class ClassifyRunTest {
  @TempDir
  static Path dir;
  static Path model;

  static Result classify(String... args) {
    List<String> all = new ArrayList<>(List.of("classify", "--model", model.toString()));
    all.addAll(List.of(args));
    return run(all.toArray(new String[0]));
  }

  static final String[] TEXTS = {"球队在主场赢下了比赛", "央行宣布下调存款准备金率", "新款手机发布会今天举行", "演员出席电影首映礼",
      "股市今天大幅上涨", "球员打进关键一球", "教练赛后接受采访", "基金收益创新高"};

  @BeforeAll
  static void train() {
    Result r = run("quickstart", "--dir", dir.resolve("qs").toString());
    assertEquals(0, r.code(), r.err());
    model = dir.resolve("qs/model.fenlei");
  }

  static Path folder(String name, int files) throws IOException {
    Path d = dir.resolve(name);
    for (int i = 0; i < files; i++) {
      Path f = d.resolve(String.format("d%02d/%05d.txt", i / 500, i));
      Files.createDirectories(f.getParent());
      Files.writeString(f, TEXTS[i % TEXTS.length] + i + "\n", StandardCharsets.UTF_8);
    }
    return d;
  }

  @Test
  void outputThatIsTheInputIsRefusedAndTheInputKept() throws IOException {
    Path a = dir.resolve("same.txt");
    Files.writeString(a, "球队在主场赢下了比赛\n");
    Path link = dir.resolve("same-link.txt");
    Files.createLink(link, a);
    for (String out : List.of(a.toString(), link.toString())) {
      Result r = classify("--force", "--output", out, a.toString());
      assertEquals(2, r.code(), r.err());
      assertTrue(r.err().contains("is the input"), r.err());
    }
    assertEquals("球队在主场赢下了比赛\n", Files.readString(a));
  }

  @Test
  void anExistingOutputIsNeverTruncatedByARunThatFails() throws IOException {
    Path prev = dir.resolve("prev.jsonl");
    Files.writeString(prev, "precious\n");
    Result r = classify("--output", prev.toString(), dir.resolve("nosuch.txt").toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("no such file or folder"), r.err());
    Result again = classify("--output", prev.toString(), folder("small", 3).toString());
    assertEquals(2, again.code(), again.err());
    assertTrue(again.err().contains("exists: --force overwrites it"), again.err());
    assertEquals("precious\n", Files.readString(prev));
    Result forced = classify("--force", "--output", prev.toString(), dir.resolve("small").toString());
    assertEquals(0, forced.code(), forced.err());
    assertEquals(3, Files.readAllLines(prev).size());
  }

  @Test
  void nonsenseOptionsAreUsageErrors() throws IOException {
    Path f = dir.resolve("one.txt");
    Files.writeString(f, "球队在主场赢下了比赛\n");
    String[][] bad = {{"--threshold", "2"}, {"--threshold", "-1"}, {"--threshold", "NaN"}, {"--top-k", "-5"},
        {"--top-k", "0"}, {"--threads", "0"}, {"--threads", "-3"}, {"--format", "nosuch"}, {"--charset", "latin1"},
        {"--max-bytes", "-1"}, {"--max-bytes", "lots"}, {"--output-format", "xml"}, {"--move"}, {"--resume"}};
    for (String[] b : bad) {
      List<String> args = new ArrayList<>(List.of(b));
      args.add(f.toString());
      Result r = classify(args.toArray(new String[0]));
      assertEquals(2, r.code(), String.join(" ", b) + ": " + r.err());
      assertTrue(r.err().startsWith("fenlei classify: "), r.err());
    }
    Result corpus = run("train", "--corpus", "nosuch", "--out", dir.resolve("x.fenlei").toString());
    assertEquals(2, corpus.code(), corpus.err());
    assertTrue(corpus.err().contains("unknown corpus 'nosuch'"), corpus.err());
  }

  @Test
  void badFilesGoToTheErrorsFileAndTheRunGoesOn() throws Exception {
    Path d = dir.resolve("bad");
    Files.createDirectories(d.resolve("sub"));
    Files.writeString(d.resolve("good.txt"), "球队在主场赢下了比赛");
    Files.write(d.resolve("nul.bin"), new byte[512]);
    Files.writeString(d.resolve("empty.txt"), "  \n\n");
    Files.write(d.resolve("gbk.txt"), "央行宣布下调利率".getBytes("GBK"));
    Files.writeString(d.resolve("big.txt"), "股".repeat(2000));
    Files.writeString(d.resolve("sub/spaces and\nnewline 名字.txt"), "演员出席电影首映礼");
    Files.writeString(d.resolve(".hidden.txt"), "球队");
    Files.createSymbolicLink(d.resolve("broken"), d.resolve("nowhere"));
    Files.createSymbolicLink(d.resolve("sub/loop"), d);
    boolean fifo = new ProcessBuilder("mkfifo", d.resolve("fifo").toString()).start().waitFor() == 0;
    Path out = dir.resolve("bad-out/records.jsonl"); // a missing folder is created
    Result r = classify("--max-bytes", "1K", "--output", out.toString(), d.toString());
    assertEquals(ClassifyCommand.SOME_FAILED, r.code(), r.err());
    List<String> records = Files.readAllLines(out);
    assertEquals(2, records.size(), records.toString());
    assertTrue(records.get(1).contains("spaces and\\nnewline 名字.txt"), records.get(1));
    Map<String, String> errors = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("bad-out/records.errors.jsonl"))) {
      String path = line.substring(line.indexOf("\"path\": \"") + 9, line.indexOf("\", \"line\""));
      errors.put(path.substring(path.lastIndexOf('/') + 1), line);
    }
    assertEquals(fifo ? 7 : 6, errors.size(), errors.toString());
    if (fifo) { // reading a FIFO would wait for a writer for ever: it is reported, never opened
      assertTrue(errors.get("fifo").contains("not a regular file"), errors.toString());
    }
    assertTrue(errors.get("nul.bin").contains("binary file"), errors.toString());
    assertTrue(errors.get("empty.txt").contains("empty document"), errors.toString());
    assertTrue(errors.get("gbk.txt").contains("invalid UTF-8"), errors.toString());
    assertTrue(errors.get("big.txt").contains("over the size limit of 1024 bytes"), errors.toString());
    assertTrue(errors.get("broken").contains("broken symbolic link"), errors.toString());
    assertTrue(errors.get("loop").contains("symbolic link loop"), errors.toString());
    assertTrue(r.err().contains((fifo ? 7 : 6) + " could not be classified") && r.err().contains("skipped 1 hidden"),
        r.err());
    // GBK read as such: no error left
    Result gbk = classify("--charset", "auto", d.resolve("gbk.txt").toString());
    assertEquals(0, gbk.code(), gbk.err());
  }

  @Test
  void skipBadNamesTheRowsItSkips() throws IOException {
    Path d = dir.resolve("train-folder");
    for (int i = 0; i < 8; i++) {
      Path f = d.resolve((i % 2 == 0 ? "体育" : "财经") + "/" + i + ".txt");
      Files.createDirectories(f.getParent());
      Files.writeString(f, TEXTS[i % 2 == 0 ? 0 : 1] + i);
    }
    Files.write(d.resolve("体育/zero.bin"), new byte[64]);
    Result r = run("train", "--train", d.toString(), "--skip-bad", "--out", dir.resolve("f.fenlei").toString(),
        "--set", "calibration=none");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("skipped 1 bad rows in " + d + ":"), r.err());
    assertTrue(r.err().contains("zero.bin: binary file (NUL byte at offset 0)"), r.err());
  }

  @Test
  void skipBadSkipsLinesWithInvalidBytesAndGoesOn() throws IOException {
    Path f = dir.resolve("bad-bytes.txt");
    try (var o = Files.newOutputStream(f)) {
      for (int i = 0; i < 12; i++) {
        o.write(("__label__" + (i % 2 == 0 ? "体育" : "财经") + " " + TEXTS[i % 2] + i).getBytes(StandardCharsets.UTF_8));
        if (i == 3 || i == 7) {
          o.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        }
        o.write('\n');
      }
    }
    Result strict = run("train", "--train", f.toString(), "--out", dir.resolve("b.fenlei").toString());
    assertEquals(1, strict.code(), strict.err());
    assertTrue(strict.err().contains(f + ":4: invalid UTF-8"), strict.err());
    Result r = run("train", "--train", f.toString(), "--skip-bad", "--out", dir.resolve("b.fenlei").toString(),
        "--set", "calibration=none");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("skipped 2 bad rows in " + f + ":"), r.err());
    assertTrue(r.err().contains(f + ":4: invalid UTF-8 bytes in the line")
        && r.err().contains(f + ":8: invalid UTF-8 bytes in the line"), r.err());
    assertTrue(r.out().contains("on 10 documents"), r.out());
  }

  @Test
  void aSymlinkedFolderArgumentIsFollowed() throws IOException {
    Path real = folder("real", 4);
    Path link = dir.resolve("link");
    Files.createSymbolicLink(link, real);
    Result r = classify(link.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(4, r.out().lines().count(), r.out());
  }

  @Test
  void invalidBytesAndOverlongLinesAreNamedAtTheirLine() throws IOException {
    Path f = dir.resolve("lines.txt");
    byte[] bad = "股市今天\u00ff".getBytes(StandardCharsets.ISO_8859_1);
    try (var o = Files.newOutputStream(f)) {
      for (int i = 1; i <= 10; i++) {
        if (i == 5) {
          o.write("球队".getBytes(StandardCharsets.UTF_8));
          o.write(new byte[] {(byte) 0xff, (byte) 0xfe});
        } else if (i == 8) {
          o.write("股".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        } else {
          o.write(TEXTS[i % TEXTS.length].getBytes(StandardCharsets.UTF_8));
        }
        o.write('\n');
      }
    }
    assertTrue(bad.length > 0);
    Result r = classify("--max-bytes", "100K", "--output-format", "tsv", f.toString());
    assertEquals(ClassifyCommand.SOME_FAILED, r.code(), r.err());
    assertEquals(List.of("1", "2", "3", "4", "6", "7", "9", "10"),
        r.out().lines().map(l -> l.split("\t")[0]).toList());
    assertTrue(r.err().contains(f + ":5: invalid UTF-8 at byte offset 6"), r.err());
    assertTrue(r.err().contains(f + ":8: the line is 3000000 bytes, over --max-bytes 102400"), r.err());
  }

  @Test
  void deepTreesAndManyNamesWalkInOneOrder() throws IOException {
    Path d = dir.resolve("deep");
    Path p = d;
    for (int i = 0; i < 200; i++) {
      p = p.resolve("d");
    }
    Files.createDirectories(p);
    Files.writeString(p.resolve("leaf.txt"), "球员打进关键一球");
    Files.writeString(d.resolve("a-b.txt"), "球员打进关键一球");
    Files.createDirectories(d.resolve("a"));
    Files.writeString(d.resolve("a/z.txt"), "球员打进关键一球");
    Result r = classify("--output-format", "tsv", d.toString());
    assertEquals(0, r.code(), r.err());
    List<String> keys = r.out().lines().map(l -> l.split("\t")[0].substring(d.toString().length() + 1)).toList();
    assertEquals(List.of("a/z.txt", "a-b.txt", "d/".repeat(200) + "leaf.txt"), keys);
  }

  @Test
  void sortIntoCopiesByLabelAndNeverOverwrites() throws IOException {
    Path in = folder("tosort", 20);
    Path sorted = dir.resolve("sorted");
    Files.createDirectories(sorted.resolve("体育/d00"));
    Files.writeString(sorted.resolve("体育/d00/00000.txt"), "someone else's file");
    Result r = classify("--sort-into", sorted.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("someone else's file", Files.readString(sorted.resolve("体育/d00/00000.txt")));
    assertTrue(Files.exists(sorted.resolve("体育/d00/00000~2.txt")));
    assertEquals(21, countFiles(sorted));
    assertEquals(20, countFiles(in), "copies: the input stays");
    Result again = classify("--sort-into", sorted.toString(), in.toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(21, countFiles(sorted), "identical files already there are not copied again");
    Result moved = classify("--sort-into", dir.resolve("moved").toString(), "--move", in.toString());
    assertEquals(0, moved.code(), moved.err());
    assertEquals(0, countFiles(in));
    assertEquals(20, countFiles(dir.resolve("moved")));
  }

  static long countFiles(Path d) throws IOException {
    try (Stream<Path> s = Files.walk(d)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.toString().contains(SortInto.TMP)).count();
    }
  }

  /** Starts a real classify process, to be killed. */
  static Process start(Path err, String... args) throws IOException {
    return start(err, List.of(), args);
  }

  static Process start(Path err, List<String> jvm, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector"));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "classify", "--model",
        model.toString(), "--threads", "2"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
  }

  @Test
  void aHugeLineUnderASmallHeapIsOneErrorNotAStackTrace() throws Exception {
    Path f = dir.resolve("huge.txt");
    try (var o = Files.newOutputStream(f)) {
      o.write("球队在主场赢下了比赛\n".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "股市今天大幅上涨".repeat(4096).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += chunk.length) {
        o.write(chunk);
      }
      o.write("\n央行宣布下调存款准备金率\n".getBytes(StandardCharsets.UTF_8));
    }
    Path out = dir.resolve("huge.jsonl");
    Path err = dir.resolve("huge.err");
    for (String limit : List.of("8M", "1G")) {
      Files.deleteIfExists(out);
      Process p = start(err, List.of("-Xmx256m"), "--max-bytes", limit, "--output", out.toString(), f.toString());
      assertTrue(p.waitFor(120, TimeUnit.SECONDS));
      String stderr = Files.readString(err);
      assertEquals(ClassifyCommand.SOME_FAILED, p.exitValue(), stderr);
      assertFalse(stderr.contains("\tat ") || stderr.contains("Exception"), stderr);
      assertEquals(2, Files.readAllLines(out).size(), "the documents around it are classified");
      String errors = Files.readString(dir.resolve("huge.errors.jsonl"));
      assertTrue(limit.equals("8M") ? errors.contains("over --max-bytes 8388608")
          : errors.contains("out of memory") || errors.contains("over --max-bytes"), errors);
    }
  }

  /**
   * Waits until the run has written more output than it found, then {@code delayMillis} more: a moment in the middle
   * of writing, whatever the machine's speed (a fixed 0.5-2 s once outlasted a whole run). False when the process is
   * still running then.
   */
  private static boolean untilMoreOutput(Process p, Path partial, int delayMillis) throws Exception {
    long before = Files.exists(partial) ? Files.size(partial) : 0;
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (p.isAlive() && System.nanoTime() < end) {
      try {
        if (Files.size(partial) > before) {
          break;
        }
      } catch (IOException e) {
        // not created yet, or renamed away at the end of the run
      }
      Thread.sleep(5);
    }
    return p.waitFor(delayMillis, TimeUnit.MILLISECONDS);
  }

  @Test
  void killedAtRandomMomentsAndResumedLosesAndRepeatsNothing() throws Exception {
    Path in = folder("many", 8_000);
    Path whole = dir.resolve("whole.jsonl");
    Result r = classify("--output", whole.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    byte[] expected = Files.readAllBytes(whole);

    Path out = dir.resolve("killed/out.jsonl");
    Path sorted = dir.resolve("killed/sorted");
    Path err = dir.resolve("killed.err");
    SplittableRandom random = new SplittableRandom(42);
    int kills = 0;
    boolean complete = false;
    for (int attempt = 0; attempt < 12 && !complete; attempt++) {
      Process p = attempt == 0 ? start(err, "--output", out.toString(), "--sort-into", sorted.toString(),
          in.toString()) : start(err, "--resume", "--output", out.toString(), "--sort-into", sorted.toString(),
          in.toString());
      if (attempt < 4 && !untilMoreOutput(p, RunOutput.sibling(out, ".partial"), random.nextInt(150))) {
        p.destroyForcibly().waitFor();
        kills++;
        continue;
      }
      assertTrue(p.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), Files.readString(err));
      complete = true;
    }
    assertTrue(complete);
    assertTrue(kills >= 1, "at least one run was killed mid-way");
    assertEquals(new String(expected, StandardCharsets.UTF_8), Files.readString(out), "resumed output = whole run");
    assertFalse(Files.exists(RunOutput.sibling(out, ".partial")));
    assertFalse(Files.exists(RunOutput.sibling(out, ".checkpoint")));
    assertEquals(8_000, countFiles(sorted), "each file sorted exactly once");
    try (Stream<Path> s = Files.list(sorted.resolve(SortInto.TMP))) {
      assertEquals(0, s.count(), "no half-copied file left");
    }
    Result again = classify("--resume", "--output", out.toString(), in.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains("is complete; nothing to resume"), again.err());
  }

  @Test
  void aTornTailIsCutAndAnInterruptedRunIsNotSilentlyRestarted() throws Exception {
    Path in = folder("torn", 3000);
    Path whole = dir.resolve("torn-whole.tsv");
    assertEquals(0, classify("--output-format", "tsv", "--output", whole.toString(), in.toString()).code());
    Path out = dir.resolve("torn.tsv");
    Path err = dir.resolve("torn.err");
    Process p = start(err, "--output-format", "tsv", "--output", out.toString(), in.toString());
    Path partial = RunOutput.sibling(out, ".partial");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(RunOutput.sibling(out, ".checkpoint")) && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(5);
    }
    p.destroyForcibly().waitFor();
    if (Files.exists(partial)) {
      Files.writeString(partial, "torn half rec", java.nio.file.StandardOpenOption.APPEND);
      Result fresh = classify("--output-format", "tsv", "--output", out.toString(), in.toString());
      assertEquals(2, fresh.code(), fresh.err());
      assertTrue(fresh.err().contains("--resume continues it"), fresh.err());
    }
    Result resumed = classify("--resume", "--output-format", "tsv", "--output", out.toString(), in.toString());
    assertEquals(0, resumed.code(), resumed.err());
    assertEquals(Files.readString(whole), Files.readString(out));
    Result other = classify("--resume", "--output-format", "csv", "--output", out.toString(), in.toString());
    assertEquals(0, other.code(), "complete: nothing to resume, whatever the options");
  }

  /**
   * A run killed just after committing a whole file's problem (its last record) resumes after that file, without
   * recording the problem twice: the first run's first batch ends with a binary file, and is committed while the
   * second (another folder) is classified; the run then blocks opening a FIFO, and is killed there.
   */
  @Test
  void aFileProblemCommittedLastIsNotRepeatedOnResume() throws Exception {
    Path base = dir.resolve("fileproblem");
    Path in = folder("fileproblem/docs", org.fenlei.core.BatchClassifier.BATCH - 1);
    Path binary = Files.write(base.resolve("bin.dat"), new byte[] {'a', 0, 'b', 0});
    Path more = folder("fileproblem/more", org.fenlei.core.BatchClassifier.BATCH);
    Path fifo = base.resolve("fifo");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is needed");
    Path out = base.resolve("out.jsonl");
    Path errors = base.resolve("errors.jsonl");
    Path err = base.resolve("err.txt");
    String[] args = {"--output", out.toString(), "--errors", errors.toString(), in.toString(), binary.toString(),
        more.toString(), fifo.toString()};
    Process p = start(err, args);
    Path checkpoint = RunOutput.sibling(out, ".checkpoint");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!(Files.exists(checkpoint) && Files.readString(checkpoint).contains("key=0")) && p.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(p.isAlive(), "the run waits on the FIFO: " + Files.readString(err));
    assertTrue(Files.readString(checkpoint).contains("key=0"), Files.readString(checkpoint));
    p.destroyForcibly().waitFor();
    Files.delete(fifo);
    Files.writeString(fifo, TEXTS[0] + "\n");

    Result resumed = classify(java.util.stream.Stream.concat(Stream.of("--resume"), Stream.of(args))
        .toArray(String[]::new));
    assertEquals(3, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("; 1 could not be classified"), resumed.err());
    List<String> problems = Files.readAllLines(errors);
    assertEquals(1, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).contains("bin.dat") && problems.get(0).contains("binary file"), problems.get(0));
    assertEquals(2 * org.fenlei.core.BatchClassifier.BATCH, Files.readAllLines(out).size(),
        "the folders' files and the FIFO's replacement, each once");
  }
}
