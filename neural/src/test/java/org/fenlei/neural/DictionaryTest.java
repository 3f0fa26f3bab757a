package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DictionaryTest {

  private static Dictionary build(int minCount, int minCountLabel, int wordNgrams, int bucket) {
    DictionaryBuilder b = new DictionaryBuilder();
    b.addLine(List.of("a", "b", "a"), List.of("x"));
    b.addLine(List.of("c", "a"), List.of("y", "x"));
    return b.build(minCount, minCountLabel, wordNgrams, bucket, 0, 0, Set.of());
  }

  @Test
  void countsWordsEndOfLineAndLabelsMostFrequentFirst() {
    Dictionary d = build(1, 0, 1, 0);
    assertArrayEquals(new String[] {"a", "</s>", "b", "c"}, d.words);
    assertArrayEquals(new long[] {3, 2, 1, 1}, d.wordCounts);
    assertArrayEquals(new String[] {"x", "y"}, d.labels);
    assertArrayEquals(new long[] {2, 1}, d.labelCounts);
    assertEquals(3 + 1 + 1 + 2 + 1 + 2, d.ntokens); // words, </s> and labels
  }

  @Test
  void thresholdsWordsAndLabels() {
    Dictionary d = build(2, 2, 1, 0);
    assertArrayEquals(new String[] {"a", "</s>"}, d.words);
    assertArrayEquals(new String[] {"x"}, d.labels);
  }

  @Test
  void encodesWordsThenWordNgramsOfKnownAndUnknownWords() {
    Dictionary d = build(2, 0, 2, 100);
    IntList rows = new IntList(4);
    IntList hashes = new IntList(4);
    int n = d.encode(List.of("a", "zzz", "</s>"), rows, null, hashes);
    assertEquals(3, n);
    int ha = FastTextHash.hash("a");
    int hz = FastTextHash.hash("zzz");
    int he = FastTextHash.hash("</s>");
    int b1 = FastTextHash.bucketOf(FastTextHash.extend(ha, hz), 100);
    int b2 = FastTextHash.bucketOf(FastTextHash.extend(hz, he), 100);
    assertArrayEquals(new int[] {0, 1, 2 + b1, 2 + b2}, rows.toArray());
  }

  @Test
  void labelTokensOfTheToolsModelsAreNotWords() {
    Dictionary d = new Dictionary(new String[] {"a"}, new long[] {1}, new String[] {"__label__x"}, new long[] {1}, 2,
        1, 0, 0, 0, Dictionary.LABEL_PREFIX, null, null);
    IntList rows = new IntList(4);
    IntList labels = new IntList(4);
    d.encode(List.of("__label__x", "__label__unknown", "a"), rows, labels, new IntList(4));
    assertArrayEquals(new int[] {0}, rows.toArray());
    assertArrayEquals(new int[] {0}, labels.toArray());
  }

  @Test
  void pruningKeepsChosenRowsInOrder() {
    Dictionary d = build(1, 0, 2, 100);
    Dictionary p = d.pruned(new int[] {0, 2}, new int[] {7, 3});
    assertArrayEquals(new String[] {"a", "b"}, p.words);
    assertEquals(4, p.inputRows());
    assertArrayEquals(new int[] {3, 7}, p.keptBuckets);
    assertArrayEquals(new int[] {1, 0}, p.keptRows);
  }

  @Test
  void refusesAnEmptyVocabulary() {
    assertThrows(IllegalArgumentException.class, () -> build(10, 0, 1, 0));
  }
}
