package org.fenlei.neural;

import java.util.Arrays;
import java.util.List;

/**
 * Words, labels and the rules that turn a line of tokens into input rows, as the fastText tool's dictionary:
 * rows {@code [0, nwords)} are words, rows {@code nwords + b} are hash buckets {@code b} of word n-grams
 * ({@code wordNgrams > 1}) and character n-grams ({@code minn..maxn} code points of {@code <word>}). Every line ends
 * with the token {@value #EOS}, which is a word like any other. After pruning ({@link #pruned}) only the kept
 * buckets have rows, in the order of {@code keptBuckets}. Immutable.
 */
final class Dictionary {
  static final String EOS = "</s>";
  static final String LABEL_PREFIX = "__label__";

  final String[] words;
  final long[] wordCounts;
  final String[] labels;
  final long[] labelCounts;
  final long ntokens;
  final int wordNgrams;
  final int bucket;
  final int minn;
  final int maxn;
  /** null when tokens are never labels (fenlei models); else tokens with this prefix are labels (the tool's). */
  final String labelPrefix;
  /** Once pruned: the sorted bucket ids that keep a row, row {@code nwords + keptRows[i]} for {@code keptBuckets[i]}. */
  final int[] keptBuckets;
  final int[] keptRows;
  private final int[] table;
  private final int[][] subwords;

  Dictionary(String[] words, long[] wordCounts, String[] labels, long[] labelCounts, long ntokens, int wordNgrams,
      int bucket, int minn, int maxn, String labelPrefix, int[] keptBuckets, int[] keptRows) {
    if (words.length != wordCounts.length || labels.length != labelCounts.length) {
      throw new IllegalArgumentException("counts do not match entries");
    }
    this.words = words;
    this.wordCounts = wordCounts;
    this.labels = labels;
    this.labelCounts = labelCounts;
    this.ntokens = ntokens;
    this.wordNgrams = wordNgrams;
    this.bucket = bucket;
    this.minn = minn;
    this.maxn = maxn;
    this.labelPrefix = labelPrefix;
    if ((keptBuckets == null) != (keptRows == null) || keptBuckets != null && keptBuckets.length != keptRows.length) {
      throw new IllegalArgumentException("pruned buckets and their rows do not match");
    }
    this.keptBuckets = keptBuckets;
    this.keptRows = keptRows;
    int entries = words.length + (labelPrefix == null ? 0 : labels.length);
    table = new int[Math.max(16, Integer.highestOneBit(Math.max(1, entries) * 2) * 2)];
    Arrays.fill(table, -1);
    for (int i = 0; i < words.length; i++) {
      insert(words[i], i);
    }
    if (labelPrefix != null) {
      for (int i = 0; i < labels.length; i++) {
        insert(labels[i], words.length + i);
      }
    }
    subwords = maxn > 0 ? new int[words.length][] : null;
    if (subwords != null) {
      IntList buf = new IntList(32);
      for (int i = 0; i < words.length; i++) {
        buf.clear();
        buf.add(i);
        if (!words[i].equals(EOS)) {
          charNgrams(words[i], buf);
        }
        subwords[i] = buf.toArray();
      }
    }
  }

  int nwords() {
    return words.length;
  }

  int nlabels() {
    return labels.length;
  }

  /** Rows of the input matrix: words plus buckets (kept buckets once pruned). */
  int inputRows() {
    return words.length + (keptBuckets != null ? keptBuckets.length : bucket);
  }

  private void insert(String w, int id) {
    int mask = table.length - 1;
    int slot = FastTextHash.hash(w) & mask;
    while (table[slot] != -1) {
      if (entry(table[slot]).equals(w)) {
        throw new IllegalArgumentException("duplicate dictionary entry '" + w + "'");
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = id;
  }

  private String entry(int id) {
    return id < words.length ? words[id] : labels[id - words.length];
  }

  /** The id of {@code w} whose hash is {@code h} ({@code nwords + label} for a label), or -1. */
  int find(String w, int h) {
    int mask = table.length - 1;
    int slot = h & mask;
    int id;
    while ((id = table[slot]) != -1) {
      if (entry(id).equals(w)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  int wordId(String w) {
    int id = find(w, FastTextHash.hash(w));
    return id < words.length ? id : -1;
  }

  /** The word's row and its character n-gram rows (the word alone when {@code maxn <= 0}). */
  int[] subwords(int wordId) {
    return subwords != null ? subwords[wordId] : new int[] {wordId};
  }

  /**
   * The input rows of one line, as the tool's {@code getLine}: each word's row (or, for a word not in the
   * dictionary, its character n-grams), then the word n-gram buckets over all words, known or not. Labels (tokens
   * with the label prefix) go to {@code labelIds} when known.
   *
   * @param tokens the line's tokens; the caller ends them with {@link #EOS} as the tool's reader does
   * @return the number of tokens read, the tool's unit of training progress
   */
  int encode(List<String> tokens, IntList rows, IntList labelIds, IntList hashes) {
    rows.clear();
    hashes.clear();
    if (labelIds != null) {
      labelIds.clear();
    }
    for (String token : tokens) {
      int h = FastTextHash.hash(token);
      int id = find(token, h);
      boolean label = id >= words.length || (id < 0 && labelPrefix != null && token.startsWith(labelPrefix));
      if (label) {
        if (id >= 0 && labelIds != null) {
          labelIds.add(id - words.length);
        }
        continue;
      }
      if (id < 0) {
        if (!token.equals(EOS)) {
          charNgrams(token, rows);
        }
      } else if (subwords == null) {
        rows.add(id);
      } else {
        for (int r : subwords[id]) {
          rows.add(r);
        }
      }
      hashes.add(h);
    }
    wordNgrams(hashes, rows);
    return tokens.size();
  }

  private void wordNgrams(IntList hashes, IntList rows) {
    if (wordNgrams <= 1 || bucket <= 0) {
      return;
    }
    int[] hs = hashes.a;
    int n = hashes.size;
    for (int i = 0; i < n; i++) {
      long h = hs[i];
      for (int j = i + 1; j < n && j < i + wordNgrams; j++) {
        h = FastTextHash.extend(h, hs[j]);
        pushBucket(FastTextHash.bucketOf(h, bucket), rows);
      }
    }
  }

  /** Character n-grams of {@code <word>} with {@code minn..maxn} code points, except a lone {@code <} or {@code >}. */
  void charNgrams(String word, IntList rows) {
    if (maxn <= 0 || bucket <= 0) {
      return;
    }
    String w = "<" + word + ">";
    int len = w.length();
    for (int i = 0; i < len; i += Character.charCount(w.codePointAt(i))) {
      int h = FastTextHash.FNV_OFFSET_BASIS;
      int j = i;
      for (int n = 1; j < len && n <= maxn; n++) {
        int next = j + Character.charCount(w.codePointAt(j));
        h = FastTextHash.hash(h, w, j, next);
        j = next;
        if (n >= minn && !(n == 1 && (i == 0 || j == len))) {
          pushBucket(FastTextHash.bucketOf(h, bucket), rows);
        }
      }
    }
  }

  private void pushBucket(int b, IntList rows) {
    if (keptBuckets == null) {
      rows.add(words.length + b);
      return;
    }
    int k = Arrays.binarySearch(keptBuckets, b);
    if (k >= 0) {
      rows.add(words.length + keptRows[k]);
    }
  }

  /**
   * This dictionary keeping only the words {@code keptWords} (ascending ids) and the bucket rows
   * {@code keptBucketRows} (ascending, counted from the first bucket row), which become rows
   * {@code nwords' + 0, 1, ...}: what quantization's row pruning leaves.
   */
  Dictionary pruned(int[] keptWords, int[] keptBucketRows) {
    String[] w = new String[keptWords.length];
    long[] c = new long[keptWords.length];
    for (int i = 0; i < keptWords.length; i++) {
      w[i] = words[keptWords[i]];
      c[i] = wordCounts[keptWords[i]];
    }
    int n = keptBucketRows.length;
    long[] pairs = new long[n]; // original bucket << 32 | new row, sorted by bucket
    int[] rowToBucket = new int[keptBuckets == null ? 0 : keptBuckets.length];
    if (keptBuckets != null) {
      for (int i = 0; i < keptBuckets.length; i++) {
        rowToBucket[keptRows[i]] = keptBuckets[i];
      }
    }
    for (int i = 0; i < n; i++) {
      int b = keptBuckets == null ? keptBucketRows[i] : rowToBucket[keptBucketRows[i]];
      pairs[i] = ((long) b << 32) | i;
    }
    Arrays.sort(pairs);
    int[] buckets = new int[n];
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      buckets[i] = (int) (pairs[i] >>> 32);
      rows[i] = (int) pairs[i];
    }
    return new Dictionary(w, c, labels, labelCounts, ntokens, wordNgrams, bucket, minn, maxn, labelPrefix, buckets,
        rows);
  }
}
