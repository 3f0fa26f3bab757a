package org.fenlei.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DenseBlocksTest {
  private static DenseBlock roundTrip(DenseBlock b) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DenseBlocks.write(b, new DataOutputStream(bytes));
    return DenseBlocks.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }

  private static float[] compute(DenseBlock b, List<String> words, SparseVector bag) {
    float[] out = new float[b.dimension()];
    b.compute(words, bag, out, 0);
    return out;
  }

  @Test
  void jacobiEigenDecompositionByHand() {
    double[][] a = {{2, 1, 0}, {1, 2, 0}, {0, 0, 3}};
    double[][] v = new double[3][3];
    double[] values = SymmetricEigen.decompose(new double[][] {a[0].clone(), a[1].clone(), a[2].clone()}, v);
    assertArrayEquals(new double[] {3, 3, 1}, values, 1e-12);
    for (int j = 0; j < 3; j++) {
      for (int i = 0; i < 3; i++) {
        double av = 0;
        for (int k = 0; k < 3; k++) {
          av += a[i][k] * v[k][j];
        }
        assertEquals(values[j] * v[i][j], av, 1e-10);
      }
    }
  }

  @Test
  void randomizedSvdFindsTheExactTopSingularVectors() {
    // a rank-2 matrix plus small noise: the top two right singular vectors must match the exact ones
    Random r = new Random(7);
    int m = 12;
    double[] u1 = new double[m];
    double[] u2 = new double[m];
    for (int j = 0; j < m; j++) {
      u1[j] = j < 6 ? 1 : 0;
      u2[j] = j % 2;
    }
    List<SparseVector> rows = new ArrayList<>();
    double[][] dense = new double[40][m];
    for (int i = 0; i < 40; i++) {
      double a = 3 * r.nextGaussian();
      double b = r.nextGaussian();
      int[] idx = new int[m];
      float[] val = new float[m];
      for (int j = 0; j < m; j++) {
        idx[j] = j;
        val[j] = (float) (a * u1[j] + b * u2[j] + 0.01 * r.nextGaussian());
        dense[i][j] = val[j];
      }
      rows.add(SparseVector.of(idx, val));
    }
    int[] column = new int[m];
    for (int j = 0; j < m; j++) {
      column[j] = j;
    }
    double[][] v = RandomizedSvd.rightSingularVectors(rows, column, m, 2, 2, new Random(1));
    double[][] gram = new double[m][m];
    for (double[] row : dense) {
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          gram[a][b] += row[a] * row[b];
        }
      }
    }
    double[][] exact = new double[m][m];
    SymmetricEigen.decompose(gram, exact);
    for (int j = 0; j < 2; j++) {
      double dot = 0;
      for (int i = 0; i < m; i++) {
        dot += v[j][i] * exact[i][j];
      }
      assertEquals(1.0, Math.abs(dot), 1e-6, "component " + j);
    }
  }

  @Test
  void lsiProjectsAndRoundTrips() throws IOException {
    List<SparseVector> bags = List.of(SparseVector.of(new int[] {0, 1}, new float[] {1, 1}),
        SparseVector.of(new int[] {2}, new float[] {1}), SparseVector.of(new int[] {0, 1, 2}, new float[] {1, 1, 1}));
    Lsi lsi = Lsi.fit(bags, 3, 2, 10, 1);
    assertEquals(2, lsi.dimension());
    float[] z = compute(lsi, List.of(), bags.get(0));
    assertArrayEquals(z, compute(roundTrip(lsi), List.of(), bags.get(0)));
    assertTrue(Math.abs(z[0]) + Math.abs(z[1]) > 0.5);
  }

  @Test
  void ldaSeparatesTwoVocabulariesAndIsDeterministic() throws IOException {
    Random r = new Random(3);
    String[][] vocab = {{"球", "赛", "队", "胜", "分"}, {"股", "市", "价", "涨", "跌"}};
    List<List<String>> docs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      List<String> d = new ArrayList<>();
      for (int w = 0; w < 20; w++) {
        d.add(vocab[i % 2][r.nextInt(5)]);
      }
      docs.add(d);
    }
    Lda lda = Lda.fit(docs, 2, 100, 1, 5);
    float[] a = compute(lda, docs.get(0), SparseVector.EMPTY);
    float[] b = compute(lda, docs.get(1), SparseVector.EMPTY);
    assertEquals(1.0, a[0] + a[1], 1e-5);
    int topicA = a[0] > a[1] ? 0 : 1;
    assertTrue(a[topicA] > 0.8 && b[1 - topicA] > 0.8, java.util.Arrays.toString(a) + java.util.Arrays.toString(b));
    assertArrayEquals(a, compute(lda, docs.get(0), SparseVector.EMPTY));
    assertArrayEquals(a, compute(roundTrip(lda), docs.get(0), SparseVector.EMPTY));
  }

  @Test
  void embeddingsAverageAndMaxByHand(@TempDir Path dir) throws IOException {
    Path vec = dir.resolve("v.vec");
    Files.writeString(vec, "3 2\n好 1 -1\n差 -3 5\n未用 9 9\n");
    Embeddings e = new Embeddings(WordVectors.readVec(vec, java.util.Set.of("好", "差")), true, true);
    assertArrayEquals(new float[] {-1, 2, 1, 5}, compute(e, List.of("好", "差", "无"), SparseVector.EMPTY));
    assertArrayEquals(new float[4], compute(e, List.of("无"), SparseVector.EMPTY));
    assertArrayEquals(compute(e, List.of("好"), SparseVector.EMPTY),
        compute(roundTrip(e), List.of("好"), SparseVector.EMPTY));
    Files.writeString(vec, "2 2\n好 1 -1\n差 -3\n");
    IOException ex = assertThrows(IOException.class, () -> WordVectors.readVec(vec, null));
    assertTrue(ex.getMessage().contains(vec + ":3"), ex.getMessage());
  }

  @Test
  void lexiconCountsByCategory(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("lex.txt");
    Files.writeString(f, "# sentiment\n差\tneg\n糟糕 neg\n好 pos\n");
    Lexicon lex = Lexicon.read(f, true);
    assertEquals("lexicon:neg", lex.describe(0));
    float[] v = compute(lex, List.of("差", "差", "糟糕", "好", "的"), SparseVector.EMPTY);
    assertArrayEquals(new float[] {(float) Math.log1p(3), (float) Math.log1p(1)}, v);
    assertArrayEquals(v, compute(roundTrip(lex), List.of("差", "差", "糟糕", "好", "的"), SparseVector.EMPTY));
    Files.writeString(f, "差 neg extra\n");
    IOException ex = assertThrows(IOException.class, () -> Lexicon.read(f, true));
    assertTrue(ex.getMessage().contains(f + ":1"), ex.getMessage());
  }
}
