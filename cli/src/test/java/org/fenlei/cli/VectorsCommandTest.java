package org.fenlei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorsCommandTest {
  private static final String[][] TOPICS = {{"球队", "比赛", "进球", "教练", "联赛"}, {"股票", "银行", "利率", "基金", "债券"}};

  /** Lines of words from one topic each, without spaces (jieba cuts them back) or with (pretokenized). */
  private static Path corpus(Path dir, String name, String sep) throws IOException {
    Random r = new Random(3);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String[] t = TOPICS[i % 2];
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 8; w++) {
        sb.append(w == 0 ? "" : sep).append(t[r.nextInt(t.length)]);
      }
      lines.add(sb.toString());
    }
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private static Map<String, float[]> read(Path vec, int dim) throws IOException {
    List<String> lines = Files.readAllLines(vec, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(" ");
    assertEquals(lines.size() - 1, Integer.parseInt(header[0]), "word count in the header");
    assertEquals(dim, Integer.parseInt(header[1]));
    Map<String, float[]> m = new HashMap<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(" ");
      assertEquals(dim + 1, f.length, l);
      float[] v = new float[dim];
      for (int i = 0; i < dim; i++) {
        v[i] = Float.parseFloat(f[i + 1]);
      }
      m.put(f[0], v);
    }
    return m;
  }

  private static double cosine(float[] a, float[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return ab / Math.sqrt(aa * bb);
  }

  @Test
  void skipgramAndCbowWriteVecFilesWhoseNeighboursShareATopic(@TempDir Path dir) throws IOException {
    // t=1: no sub-sampling, which on a corpus of ten words would drop almost every token
    Path text = corpus(dir, "raw.txt", "");
    for (String arch : List.of("skipgram", "cbow")) {
      Path vec = dir.resolve(arch + ".vec");
      CliRun.Result r = CliRun.run("vectors", "--model", arch, "--set", "dim=16", "--set", "epoch=20",
          "--set", "minCount=1", "--set", "minn=0", "--set", "maxn=0", "--set", "t=1", "--threads", "1",
          "--out", vec.toString(),
          text.toString());
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains(" on 400 lines"), r.out());
      Map<String, float[]> v = read(vec, 16);
      assertTrue(v.keySet().containsAll(List.of("球队", "比赛", "股票", "银行", "</s>")), v.keySet().toString());
      for (String[] same : TOPICS) {
        for (String[] other : TOPICS) {
          if (same != other) {
            assertTrue(cosine(v.get(same[0]), v.get(same[1])) > cosine(v.get(same[0]), v.get(other[1])),
                arch + ": " + same[0] + " should be nearer " + same[1] + " than " + other[1]);
          }
        }
      }
    }
  }

  @Test
  void pretokenizedTextIsSplitOnSpaces(@TempDir Path dir) throws IOException {
    Path text = corpus(dir, "tok.txt", " ");
    Path vec = dir.resolve("tok.vec");
    CliRun.Result r = CliRun.run("vectors", "--pretokenized", "--set", "dim=8", "--set", "minCount=1",
        "--set", "epoch=1", "--out", vec.toString(), text.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(11, read(vec, 8).size());
  }

  @Test
  void badUsageNamesTheProblem(@TempDir Path dir) throws IOException {
    Path text = corpus(dir, "raw.txt", "");
    String out = dir.resolve("x.vec").toString();
    CliRun.Result arch = CliRun.run("vectors", "--model", "glove", "--out", out, text.toString());
    assertEquals(2, arch.code());
    assertTrue(arch.err().contains("skipgram or cbow"), arch.err());
    CliRun.Result loss = CliRun.run("vectors", "--set", "loss=ova", "--out", out, text.toString());
    assertEquals(2, loss.code());
    assertTrue(loss.err().contains("ova"), loss.err());
    assertEquals(2, CliRun.run("vectors", "--set", "dimm=3", "--out", out, text.toString()).code());
    assertEquals(2, CliRun.run("vectors", "--out", out).code(), "no input");
    CliRun.Result rare = CliRun.run("vectors", "--out", out, text.toString()); // minCount 5 keeps all 10 words
    assertEquals(0, rare.code(), rare.err());
    CliRun.Result none = CliRun.run("vectors", "--set", "minCount=100000", "--out", out, text.toString());
    assertEquals(1, none.code(), none.err()); // a data problem, not bad usage
    assertTrue(none.err().contains("minCount"), none.err());
    Path missing = dir.resolve("missing.txt");
    CliRun.Result gone = CliRun.run("vectors", "--out", out, missing.toString());
    assertEquals(1, gone.code());
    assertTrue(gone.err().contains("missing.txt"), gone.err());
  }
}
