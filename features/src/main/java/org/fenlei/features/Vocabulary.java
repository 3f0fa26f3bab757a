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
import org.fenlei.core.DataArrays;

/**
 * Terms with their feature indices and inverse document frequencies. Built once from training documents,
 * immutable afterwards; terms are sorted so the same data always gives the same indices.
 */
final class Vocabulary implements TermIndex {
  /** The most terms a table of 2^29 slots (2^30 longs, 8 GB) holds at most two thirds full. */
  static final int MAX_TERMS = (1 << 29) / 3 * 2;

  /** The terms' characters, one after another in index order: term {@code i} is {@code chars[start(i), ends[i])}. */
  private final char[] chars;
  private final int[] ends;
  private final float[] idf;
  /**
   * Open addressing with linear probing over pairs of longs: {@code table[2s]} holds a term's 64-bit fingerprint,
   * {@code table[2s + 1]} its index + 1 (0: empty slot). Both are read together (one cache line, two for one pair in
   * four when the array is not 16-byte aligned), so a lookup costs one memory access per probe and none to spell the
   * term (the characters of 500,000 terms are far from any
   * cache; comparing them made lookups three dependent cache misses, 30% of a prediction's time).
   */
  private final long[] table;
  private final int mask;
  /**
   * Whether two terms share a fingerprint, so that a lookup must also compare characters. Never seen (64 bits, a
   * false match about once in 10^19 probes), kept so that the vocabulary stays exact whatever the terms.
   */
  private final boolean spell;

  /** {@code alwaysSpell}: compare characters on every fingerprint match (the path of colliding fingerprints). */
  Vocabulary(String[] terms, float[] idf, boolean alwaysSpell) {
    this(pack(terms), ends(terms), idf, alwaysSpell);
  }

  /**
   * The vocabulary of the terms packed in {@code chars}, term {@code i} ending at {@code ends[i]}. Kept packed, not
   * as a {@code String} a term: a model's 500,000 terms load in bulk (a string each took half a second of a cold
   * start) and take a fifth of the memory.
   */
  private Vocabulary(char[] chars, int[] ends, float[] idf, boolean alwaysSpell) {
    this.chars = chars;
    this.ends = ends;
    this.idf = idf;
    int n = ends.length;
    // the smallest power of two >= 1.5 x the terms: at most two thirds full, so that a lookup of an absent term
    // (most of a long document's character n-grams) reads one or two cache lines; sparser tables miss the cache more
    if (n > MAX_TERMS) {
      throw new IllegalArgumentException("vocabulary too large: " + n + " terms (at most " + MAX_TERMS
          + "; raise the minimum count or limit the n-gram orders)");
    }
    if (idf.length != n) {
      throw new IllegalArgumentException(n + " terms but " + idf.length + " idf values");
    }
    int capacity = Integer.highestOneBit(Math.max(4, n + (n + 1) / 2 - 1)) << 1;
    this.table = new long[2 * capacity];
    this.mask = capacity - 1;
    this.spell = insertAll() || alwaysSpell;
  }

  /** Fills the table; whether two terms share a fingerprint. */
  private boolean insertAll() {
    boolean collided = false;
    for (int i = 0, start = 0; i < ends.length; start = ends[i++]) {
      long f = fingerprint(chars, start, ends[i] - start);
      int slot = slot(f);
      while (table[2 * slot + 1] != 0) {
        if (table[2 * slot] == f) {
          if (spells((int) table[2 * slot + 1] - 1, chars, start, ends[i] - start)) {
            throw new IllegalArgumentException("duplicate term in vocabulary: " + term(i));
          }
          collided = true;
        }
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = f;
      table[2 * slot + 1] = i + 1L;
    }
    return collided;
  }

  private static char[] pack(String[] terms) {
    long total = 0;
    for (String t : terms) {
      total += t.length();
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("vocabulary too large: " + total + " characters in its terms");
    }
    char[] chars = new char[(int) total];
    int at = 0;
    for (String t : terms) {
      t.getChars(0, t.length(), chars, at);
      at += t.length();
    }
    return chars;
  }

  private static int[] ends(String[] terms) {
    int[] ends = new int[terms.length];
    int at = 0;
    for (int i = 0; i < terms.length; i++) {
      at += terms[i].length();
      ends[i] = at;
    }
    return ends;
  }

  private int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  private int slot(long fingerprint) {
    return (int) (fingerprint >>> 32) & mask;
  }

  /** Where a fingerprint starts, before its first character. */
  static final long SEED = 0x9E3779B97F4A7C15L;

  /** A fingerprint extended by one more character: one multiply. */
  static long step(long h, char c) {
    return (h ^ c) * 0xff51afd7ed558ccdL;
  }

  /** The 64-bit fingerprint of the characters stepped into {@code h}: a final mix (MurmurHash3's fmix64). */
  static long finish(long h) {
    return mix(h);
  }

  /**
   * The fingerprint of {@code buf[off, off + len)}: {@link #step} from {@link #SEED} over its characters, then
   * {@link #finish}. An n-gram's fingerprint thus extends the (n - 1)-gram's before the finish (see {@link Ngrams}).
   */
  static long fingerprint(char[] buf, int off, int len) {
    long h = SEED;
    for (int k = off; k < off + len; k++) {
      h = step(h, buf[k]);
    }
    return finish(h);
  }

  /** {@link #fingerprint(char[], int, int)} of a string's characters. */
  static long fingerprint(String term) {
    long h = SEED;
    for (int k = 0; k < term.length(); k++) {
      h = step(h, term.charAt(k));
    }
    return finish(h);
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
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
    return new Vocabulary(terms, idf, false);
  }

  @Override
  public int size() {
    return ends.length;
  }

  @Override
  public int indexOf(String term) {
    return spell ? indexOf(term.toCharArray(), 0, term.length()) : find(fingerprint(term));
  }

  @Override
  public int indexOf(char[] buf, int off, int len) {
    return probe(fingerprint(buf, off, len), buf, off, len);
  }

  /** Whether two terms share a fingerprint, so that a lookup by fingerprint alone ({@link #find}) would be wrong. */
  boolean needsSpelling() {
    return spell;
  }

  /**
   * The index of the term of fingerprint {@code f}, or -1; only when no two terms share a fingerprint
   * ({@link #needsSpelling} false). An empty slot (both longs 0) and a match end the probe the same way, returning
   * {@code id - 1}, so that one branch tells them from a slot of another term, and none tells absent from present.
   */
  int find(long f) {
    for (int slot = slot(f); ; slot = (slot + 1) & mask) {
      long id = table[2 * slot + 1];
      if ((table[2 * slot] == f) | (id == 0)) {
        return (int) id - 1;
      }
    }
  }

  private int probe(long f, char[] buf, int off, int len) {
    if (!spell) {
      return find(f);
    }
    for (int slot = slot(f); ; slot = (slot + 1) & mask) {
      long id = table[2 * slot + 1];
      if (id == 0) {
        return -1;
      }
      if (table[2 * slot] == f && spells((int) id - 1, buf, off, len)) {
        return (int) id - 1;
      }
    }
  }

  private boolean spells(int i, char[] buf, int off, int len) {
    int start = start(i);
    return ends[i] - start == len && Arrays.equals(chars, start, ends[i], buf, off, off + len);
  }

  String term(int index) {
    return new String(chars, start(index), ends[index] - start(index));
  }

  @Override
  public float idf(int index) {
    return idf[index];
  }

  @Override
  public String describe(int index) {
    String t = term(index);
    return t.startsWith(" ") ? "[" + t.substring(1) + "]" : t; // character n-grams start with a space
  }

  /**
   * Writes the packed layout ({@link FeatureConfig#FORMAT_VERSION} 2): the number of terms, each term's length in
   * UTF-16 units (unsigned 16 bits), the number of units and the units themselves, then the idf values; read in
   * bulk.
   */
  @Override
  public void write(DataOutput out) throws IOException {
    char[] lengths = new char[ends.length];
    for (int i = 0; i < ends.length; i++) {
      int len = ends[i] - start(i);
      if (len > 0xffff) {
        throw new IOException("term " + i + " is " + len + " characters long, over 65,535");
      }
      lengths[i] = (char) len;
    }
    out.writeInt(ends.length);
    DataArrays.writeChars(out, lengths);
    out.writeInt(chars.length);
    DataArrays.writeChars(out, chars);
    DataArrays.writeFloats(out, idf);
  }

  /**
   * Reads what {@link #write} wrote ({@code packed}), or the layout of feature configuration version 1: a count,
   * then each term as {@link DataInput#readUTF} with its idf.
   */
  static Vocabulary read(DataInput in, boolean packed) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_TERMS) {
      throw new IOException("invalid vocabulary size " + n);
    }
    if (!packed) {
      String[] terms = new String[n];
      float[] idf = new float[n];
      for (int i = 0; i < n; i++) {
        terms[i] = in.readUTF();
        idf[i] = in.readFloat();
      }
      return checked(pack(terms), ends(terms), idf);
    }
    char[] lengths = new char[n];
    DataArrays.readChars(in, lengths);
    int[] ends = new int[n];
    long at = 0;
    for (int i = 0; i < n; i++) {
      at += lengths[i];
      ends[i] = (int) Math.min(at, Integer.MAX_VALUE);
    }
    int total = in.readInt();
    if (total != at) {
      throw new IOException("the vocabulary's terms have " + at + " characters, but " + total + " follow");
    }
    char[] chars = new char[total];
    DataArrays.readChars(in, chars);
    return checked(chars, ends, DataArrays.readFloats(in, n));
  }

  private static Vocabulary checked(char[] chars, int[] ends, float[] idf) throws IOException {
    try {
      return new Vocabulary(chars, ends, idf, false);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
