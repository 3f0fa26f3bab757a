package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;

/**
 * Shuffled training (issue 16): seeded permutations, a sorted-by-label file learnt as well as a shuffled one, and
 * two-thread runs on long documents that agree with each other.
 */
class ShuffleTest {
  private static final int VOCAB = 2000;

  /**
   * A synthetic review corpus: words 0-19 lean positive, 20-39 negative, the rest carry nothing; in a document of
   * label {@code pos} a token is a word of its own side with probability 8%, of the other side 3%.
   */
  private static List<String> doc(SplittableRandom r, boolean pos, int length) {
    List<String> ts = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      double u = r.nextDouble();
      int side = u < 0.08 ? (pos ? 0 : 20) : u < 0.11 ? (pos ? 20 : 0) : -1;
      ts.add("w" + (side < 0 ? 40 + r.nextInt(VOCAB - 40) : side + r.nextInt(20)));
    }
    return ts;
  }

  /**
   * {@code n} documents of {@code min}-{@code max} tokens, the {@code positives} first (a file sorted by label, as
   * waimai_10k is, the layout under which the tool's two-thread runs scatter).
   */
  static List<Document> sortedCorpus(long seed, int n, int positives, int min, int max) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean pos = i < positives;
      out.add(new Document("d" + i, String.join(" ", doc(r, pos, min + r.nextInt(max - min + 1))),
          List.of(pos ? "pos" : "neg"), null, i + 1));
    }
    return out;
  }

  private static FastTextOptions defaults(int threads) {
    return new FastTextOptions().withThread(threads);
  }

  @Test
  void permutationsAreSeededCompleteAndDifferByEpoch() {
    int[] a = Training.permutation(1000, 0, 0);
    assertArrayEquals(a, Training.permutation(1000, 0, 0));
    int[] sorted = a.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      assertEquals(i, sorted[i]);
    }
    assertNotEquals(Arrays.toString(a), Arrays.toString(Training.permutation(1000, 0, 1)));
    assertNotEquals(Arrays.toString(a), Arrays.toString(Training.permutation(1000, 1, 0)));
  }

  @Test
  void shuffleParsesTheSettingsValues() {
    assertEquals(Shuffle.EPOCH, Shuffle.parse("true"));
    assertEquals(Shuffle.ONCE, Shuffle.parse(" Once "));
    assertEquals(Shuffle.NONE, Shuffle.parse("false"));
    assertThrows(IllegalArgumentException.class, () -> Shuffle.parse("sometimes"));
  }

  @Test
  void shuffledOneThreadTrainingIsReproducible() {
    List<Document> train = sortedCorpus(3, 400, 200, 20, 40);
    FastText a = FastText.train(train, defaults(1), null, false, Shuffle.EPOCH);
    FastText b = FastText.train(train, defaults(1), null, false, Shuffle.EPOCH);
    FastText c = FastText.train(train, defaults(1), null, false, Shuffle.ONCE);
    assertArrayEquals(a.scores("w1 w2 w150"), b.scores("w1 w2 w150"));
    assertNotEquals(a.scores("w1 w2 w150")[0], c.scores("w1 w2 w150")[0]);
  }

  /** The tool's order learns a sorted file's last label; shuffled, the same data and settings learn the task. */
  @Test
  void shufflingLearnsASortedFile() {
    List<Document> train = sortedCorpus(5, 3000, 1000, 10, 20);
    List<Document> test = sortedCorpus(6, 2000, 1000, 10, 20);
    double inOrder = FastTextTest.accuracy(FastText.train(train, defaults(1), null, false, Shuffle.NONE), test);
    double shuffled = FastTextTest.accuracy(FastText.train(train, defaults(1), null, false, Shuffle.EPOCH), test);
    assertTrue(shuffled > inOrder + 0.05, "shuffled " + shuffled + ", in file order " + inOrder);
  }

  /**
   * Eight two-thread runs on 300 long documents (1,000-2,000 tokens; 100 positives, then 200 negatives) with the
   * default settings: their accuracies on 4,000 short documents spread by at most 0.005, the C++ tool's own spread
   * over eight two-thread runs on shuffled long documents (0.005 on the corpus of bench/scripts/neural/long_docs.sh,
   * BENCHMARKS.md, neural, issue 16; about 0.3 on the same documents grouped by label). Measured here: 0.00025
   * shuffled; the tool's loop ({@link Shuffle#NONE}) 0.0135 in the same test.
   */
  @Test
  void twoThreadRunsOnLongSortedDocumentsAgree() {
    List<Document> train = sortedCorpus(7, 300, 100, 1000, 2000);
    List<Document> test = sortedCorpus(8, 4000, 2000, 20, 40);
    double min = 1;
    double max = 0;
    List<Double> all = new ArrayList<>();
    for (int run = 0; run < 8; run++) {
      double acc = FastTextTest.accuracy(FastText.train(train, defaults(2), null, false, Shuffle.EPOCH), test);
      all.add(acc);
      min = Math.min(min, acc);
      max = Math.max(max, acc);
    }
    assertTrue(min > 0.53, "better than chance: " + all);
    assertTrue(max - min <= 0.005, "spread " + (max - min) + " of " + all);
  }
}
