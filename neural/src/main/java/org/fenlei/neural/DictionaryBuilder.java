package org.fenlei.neural;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts words and labels of training lines, then keeps those frequent enough, most frequent first, as the tool's
 * {@code readFromFile} and {@code threshold} do (ties keep the order of first appearance; the tool leaves them to
 * its sort). Every line counts one {@link Dictionary#EOS}.
 */
final class DictionaryBuilder {
  private final Map<String, long[]> words = new HashMap<>();
  private final List<String> wordOrder = new ArrayList<>();
  private final Map<String, long[]> labels = new HashMap<>();
  private final List<String> labelOrder = new ArrayList<>();
  private long ntokens;

  /** One line: its word tokens (without the final {@link Dictionary#EOS}) and its labels. */
  void addLine(List<String> tokens, Collection<String> lineLabels) {
    for (String t : tokens) {
      addWord(t);
    }
    addWord(Dictionary.EOS);
    for (String l : lineLabels) {
      count(labels, labelOrder, l);
      ntokens++;
    }
  }

  /** One word occurrence (the tool also adds each word of a pretrained vectors file this way). */
  void addWord(String w) {
    count(words, wordOrder, w);
    ntokens++;
  }

  private static void count(Map<String, long[]> m, List<String> order, String w) {
    long[] c = m.get(w);
    if (c == null) {
      m.put(w, new long[] {1});
      order.add(w);
    } else {
      c[0]++;
    }
  }

  /**
   * The dictionary of the words seen at least {@code minCount} times and labels {@code minCountLabel} times.
   * Words of pretrained vectors then count once more, and are kept even if rare or unseen (the tool adds them
   * after thresholding).
   */
  Dictionary build(int minCount, int minCountLabel, int wordNgrams, int bucket, int minn, int maxn,
      java.util.Set<String> pretrainedWords) {
    List<String> w = kept(words, wordOrder, minCount);
    if (!pretrainedWords.isEmpty()) {
      java.util.Set<String> keep = new java.util.HashSet<>(w);
      for (String p : pretrainedWords) {
        if (keep.add(p)) {
          words.put(p, new long[] {1});
          wordOrder.add(p);
        } else {
          words.get(p)[0]++;
        }
        ntokens++;
      }
      List<String> all = new ArrayList<>();
      for (String x : wordOrder) {
        if (keep.contains(x)) {
          all.add(x);
        }
      }
      all.sort(Comparator.comparingLong((String x) -> -words.get(x)[0]));
      w = all;
    }
    List<String> l = kept(labels, labelOrder, minCountLabel);
    if (w.isEmpty()) {
      throw new IllegalArgumentException("empty vocabulary: no word occurs minCount=" + minCount + " times");
    }
    return new Dictionary(w.toArray(new String[0]), counts(words, w), l.toArray(new String[0]), counts(labels, l),
        ntokens, wordNgrams, bucket, minn, maxn, null, null, null);
  }

  private static List<String> kept(Map<String, long[]> m, List<String> order, int min) {
    List<String> out = new ArrayList<>();
    for (String w : order) {
      if (m.get(w)[0] >= min) {
        out.add(w);
      }
    }
    out.sort(Comparator.comparingLong((String w) -> -m.get(w)[0])); // stable: ties keep first appearance
    return out;
  }

  private static long[] counts(Map<String, long[]> m, List<String> kept) {
    long[] c = new long[kept.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = m.get(kept.get(i))[0];
    }
    return c;
  }
}
