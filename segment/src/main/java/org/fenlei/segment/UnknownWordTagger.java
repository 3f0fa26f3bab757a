package org.fenlei.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the part-of-speech tag of a Chinese word that is not in the dictionary (one the HMM found), with a
 * naive Bayes model over the dictionary's own tagged words: the class prior depends on the word's length
 * {@code L} (2, 3, or 4 and more characters), and the two features are its first and its last character, each
 * paired with {@code L}:
 * <pre>
 *   tag = argmax_t  log P(L, t) + log P(first, L | t) + log P(last, L | t)
 *   P(x | t) = (count(x, t) + ALPHA) / (weight(t) + ALPHA * VOCABULARY)
 * </pre>
 * Counts weigh each dictionary word of {@code [\u4E00-\u9FD5]} characters by {@code ln(freq + 1)}; only tags whose
 * words weigh at least {@link #MIN_TAG_WEIGHT} in total are candidates. On the HMM words of the MSR and PKU test
 * texts it agrees with Python jieba's {@code posseg} HMM on 71% of the 1,772 words (always guessing {@code nr}: 41%).
 * ({@code posseg} tags them with a joint segmentation-and-tagging HMM whose tables, {@code char_state_tab} and
 * its own {@code prob_*}, jieba-analysis's jar does not ship; this model needs nothing but {@code dict.txt}.)
 * Immutable.
 */
final class UnknownWordTagger {
  static final double ALPHA = 0.1;
  static final double VOCABULARY = 7000;
  static final double MIN_TAG_WEIGHT = 500;
  private static final int LENGTHS = 3;

  private final String[] tags;
  /** {@code log P(L, t)} at {@code [(L - 2) * tags + t]}; negative infinity where no word has that pair. */
  private final float[] prior;
  /** Feature keys, ascending: {@code (kind * LENGTHS + L - 2) << 16 | char}, kind 0 = first, 1 = last. */
  private final int[] keys;
  /** {@code log P(feature | t)} at {@code [key index * tags + t]}. */
  private final float[] logProb;
  /** {@code log P(unseen feature | t)}. */
  private final float[] unseen;

  private UnknownWordTagger(String[] tags, float[] prior, int[] keys, float[] logProb, float[] unseen) {
    this.tags = tags;
    this.prior = prior;
    this.keys = keys;
    this.logProb = logProb;
    this.unseen = unseen;
  }

  /** The likeliest tag of the Chinese word {@code word} (two or more characters). */
  String tag(String word) {
    int l = lengthBucket(word.length());
    int first = Arrays.binarySearch(keys, key(0, l, word.charAt(0)));
    int last = Arrays.binarySearch(keys, key(1, l, word.charAt(word.length() - 1)));
    int n = tags.length;
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < n; t++) {
      double score = prior[l * n + t];
      if (score == Double.NEGATIVE_INFINITY) {
        continue;
      }
      score += first >= 0 ? logProb[first * n + t] : unseen[t];
      score += last >= 0 ? logProb[last * n + t] : unseen[t];
      if (score > bestScore) {
        bestScore = score;
        best = t;
      }
    }
    return tags[best];
  }

  private static int lengthBucket(int length) {
    return Math.min(length, 4) - 2;
  }

  private static int key(int kind, int lengthBucket, char c) {
    return ((kind * LENGTHS + lengthBucket) << 16) | c;
  }

  /** Collects the dictionary's entries; {@link #build} makes the tagger. Single-threaded. */
  static final class Builder implements DictionaryReader.Sink {
    private final TagTable tagTable;
    private final Map<Integer, double[]> counts = new HashMap<>();
    private double[] priorCounts = new double[LENGTHS * 64];
    private double[] weights = new double[64];

    Builder(TagTable tagTable) {
      this.tagTable = tagTable;
    }

    @Override
    public void entry(char[] word, int length, int freq, short tag) {
      if (length < 2 || tag == HashTrie.NO_TAG) {
        return;
      }
      for (int i = 0; i < length; i++) {
        if (!CharClass.isHan(word[i])) {
          return;
        }
      }
      if (tag >= weights.length) {
        weights = Arrays.copyOf(weights, tag * 2);
        priorCounts = Arrays.copyOf(priorCounts, LENGTHS * tag * 2);
      }
      double w = Math.log(freq + 1.0);
      int l = lengthBucket(length);
      weights[tag] += w;
      priorCounts[tag * LENGTHS + l] += w;
      add(key(0, l, word[0]), tag, w);
      add(key(1, l, word[length - 1]), tag, w);
    }

    private void add(int key, short tag, double w) {
      double[] row = counts.computeIfAbsent(key, k -> new double[weights.length]);
      if (row.length <= tag) {
        row = Arrays.copyOf(row, weights.length);
        counts.put(key, row);
      }
      row[tag] += w;
    }

    UnknownWordTagger build() {
      List<String> names = tagTable.names();
      List<Integer> chosen = new ArrayList<>();
      for (int id = 0; id < names.size() && id < weights.length; id++) {
        if (weights[id] >= MIN_TAG_WEIGHT) {
          chosen.add(id);
        }
      }
      chosen.sort((a, b) -> names.get(a).compareTo(names.get(b)));
      if (chosen.isEmpty()) {
        throw new IllegalStateException("no part-of-speech tag has enough dictionary words to tag unknown words");
      }
      int n = chosen.size();
      String[] tags = new String[n];
      float[] prior = new float[LENGTHS * n];
      float[] unseen = new float[n];
      double total = 0;
      for (int id : chosen) {
        total += weights[id];
      }
      for (int t = 0; t < n; t++) {
        int id = chosen.get(t);
        tags[t] = names.get(id);
        unseen[t] = (float) Math.log(ALPHA / (weights[id] + ALPHA * VOCABULARY));
        for (int l = 0; l < LENGTHS; l++) {
          double c = priorCounts[id * LENGTHS + l];
          prior[l * n + t] = c > 0 ? (float) Math.log(c / total) : Float.NEGATIVE_INFINITY;
        }
      }
      int[] keys = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      float[] logProb = new float[keys.length * n];
      for (int k = 0; k < keys.length; k++) {
        double[] row = counts.get(keys[k]);
        for (int t = 0; t < n; t++) {
          int id = chosen.get(t);
          double c = id < row.length ? row[id] : 0;
          logProb[k * n + t] = (float) Math.log((c + ALPHA) / (weights[id] + ALPHA * VOCABULARY));
        }
      }
      return new UnknownWordTagger(tags, prior, keys, logProb, unseen);
    }
  }
}
