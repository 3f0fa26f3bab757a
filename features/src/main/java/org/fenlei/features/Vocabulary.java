package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terms with their feature indices and inverse document frequencies. Built once from training documents,
 * immutable afterwards; terms are sorted so the same data always gives the same indices.
 */
final class Vocabulary implements TermIndex {
  private final String[] terms;
  private final float[] idf;
  /**
   * Open addressing with linear probing: a slot holds a term's hash (high 32 bits) and its index + 1 (low 32 bits),
   * 0 when empty, so that a probe reads one array until the hashes match.
   */
  private final long[] slots;
  /** Every term's characters, one after another: term i is {@code chars[start[i], start[i + 1])}. */
  private final char[] chars;
  private final int[] start;
  private final int mask;

  private Vocabulary(String[] terms, float[] idf) {
    this.terms = terms;
    this.idf = idf;
    int capacity = Integer.highestOneBit(Math.max(4, terms.length * 2 - 1)) << 1;
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    this.start = new int[terms.length + 1];
    long total = 0;
    for (int i = 0; i < terms.length; i++) {
      total += terms[i].length();
      start[i + 1] = Math.toIntExact(total);
    }
    this.chars = new char[(int) total];
    for (int i = 0; i < terms.length; i++) {
      terms[i].getChars(0, terms[i].length(), chars, start[i]);
    }
    for (int i = 0; i < terms.length; i++) {
      String t = terms[i];
      int h = t.hashCode();
      int slot = mix(h) & mask;
      while (slots[slot] != 0) {
        int j = (int) slots[slot] - 1;
        if ((int) (slots[slot] >>> 32) == h && terms[j].equals(t)) {
          throw new IllegalArgumentException("duplicate term in vocabulary: " + t);
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = ((long) h << 32) | (i + 1L);
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) * 0x45d9f3b; // spreads the high bits of String.hashCode into the low ones
  }

  /**
   * Counts document frequencies over {@code docs} (each a list of terms) and keeps the terms that occur in at
   * least {@code minCount} documents and in at most {@code maxDf} of them.
   */
  static Vocabulary build(List<List<String>> docs, int minCount, double maxDf) {
    Map<String, Integer> df = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (List<String> doc : docs) {
      seen.clear();
      for (String t : doc) {
        if (seen.add(t)) {
          df.merge(t, 1, Integer::sum);
        }
      }
    }
    return of(df, docs.size(), minCount, maxDf);
  }

  /**
   * The vocabulary of document frequencies counted elsewhere: the terms of {@code df} in at least {@code minCount}
   * of the {@code n} documents and in at most {@code maxDf} of them, sorted, with their smooth idf.
   */
  static Vocabulary of(Map<String, Integer> df, long n, int minCount, double maxDf) {
    double maxDocs = maxDf * n;
    List<String> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      int d = e.getValue();
      if (d >= minCount && d <= maxDocs) {
        kept.add(e.getKey());
      }
    }
    String[] terms = kept.toArray(new String[0]);
    Arrays.sort(terms);
    float[] idf = new float[terms.length];
    for (int i = 0; i < terms.length; i++) {
      // smooth idf: ln((1 + n) / (1 + df)) + 1, as scikit-learn's TfidfTransformer
      idf[i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(terms[i]))) + 1.0);
    }
    return new Vocabulary(terms, idf);
  }

  @Override
  public int size() {
    return terms.length;
  }

  @Override
  public int indexOf(String term) {
    int h = term.hashCode();
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      long e = slots[slot];
      if (e == 0) {
        return -1;
      }
      if ((int) (e >>> 32) == h) {
        int i = (int) e - 1;
        if (spells(i, term)) {
          return i;
        }
      }
    }
  }

  private boolean spells(int i, String term) {
    int from = start[i];
    int len = start[i + 1] - from;
    if (len != term.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (chars[from + k] != term.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int indexOf(char[] buf, int len, int hash) {
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      long e = slots[slot];
      if (e == 0) {
        return -1;
      }
      if ((int) (e >>> 32) == hash) {
        int i = (int) e - 1;
        if (spells(i, buf, len)) {
          return i;
        }
      }
    }
  }

  private boolean spells(int i, char[] buf, int len) {
    int from = start[i];
    if (start[i + 1] - from != len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (chars[from + k] != buf[k]) {
        return false;
      }
    }
    return true;
  }

  String term(int index) {
    return terms[index];
  }

  @Override
  public float idf(int index) {
    return idf[index];
  }

  @Override
  public String describe(int index) {
    String t = terms[index];
    return t.startsWith(" ") ? "[" + t.substring(1) + "]" : t; // character n-grams start with a space
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(terms.length);
    for (int i = 0; i < terms.length; i++) {
      out.writeUTF(terms[i]);
      out.writeFloat(idf[i]);
    }
  }

  static Vocabulary read(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("negative vocabulary size " + n);
    }
    String[] terms = new String[n];
    float[] idf = new float[n];
    for (int i = 0; i < n; i++) {
      terms[i] = in.readUTF();
      idf[i] = in.readFloat();
    }
    try {
      return new Vocabulary(terms, idf);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
