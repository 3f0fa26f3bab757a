package org.fenlei.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.Token;

/**
 * Term extraction: word n-grams over normalised segmenter tokens, joined by a space, and character n-grams over
 * code points within whitespace-free runs, each starting with a space (tokens never contain whitespace, so the two
 * kinds never collide).
 */
final class Ngrams {
  /** Longer tokens (base64 blobs, runs of one letter) are cut to this many UTF-16 units. */
  static final int MAX_TOKEN_CHARS = 100;

  private Ngrams() {}

  /** The words (when {@code needWords} or word n-grams are on) and the n-gram terms of {@code text}. */
  static TextPipeline.Analysis analyze(Segmenter segmenter, FeatureConfig config, String text, boolean needWords) {
    List<String> terms = new ArrayList<>();
    List<String> words = List.of();
    if (config.words() || needWords) {
      String[] w = words(segmenter, config, text);
      words = java.util.Arrays.asList(w);
      if (config.words()) {
        wordNgrams(w, config, terms);
      }
    }
    if (config.chars()) {
      charNgrams(config.lowercase() ? text.toLowerCase(Locale.ROOT) : text, config, terms);
    }
    return new TextPipeline.Analysis(words, terms);
  }

  private static void wordNgrams(String[] words, FeatureConfig config, List<String> terms) {
    StringBuilder sb = new StringBuilder();
    for (int n = config.wordMinN(); n <= config.wordMaxN(); n++) {
      for (int i = 0; i + n <= words.length; i++) {
        if (n == 1) {
          terms.add(words[i]);
          continue;
        }
        sb.setLength(0);
        for (int j = i; j < i + n; j++) {
          if (j > i) {
            sb.append(' ');
          }
          sb.append(words[j]);
        }
        terms.add(sb.toString());
      }
    }
  }

  private static void charNgrams(String text, FeatureConfig config, List<String> terms) {
    int[] cps = codePoints(text);
    StringBuilder sb = new StringBuilder();
    forEachCharGram(cps, config, (i, n) -> {
      sb.setLength(0);
      sb.append(' ');
      for (int j = i; j < i + n; j++) {
        sb.appendCodePoint(cps[j]);
      }
      terms.add(sb.toString());
    });
  }

  /** Receives each character n-gram {@code cps[i, i + n)} of a document. */
  private interface GramSink {
    void accept(int i, int n);
  }

  /** Every character n-gram of the configured orders inside each run of non-white-space code points, in order. */
  private static void forEachCharGram(int[] cps, FeatureConfig config, GramSink sink) {
    int start = 0;
    while (start < cps.length) {
      while (start < cps.length && Character.isWhitespace(cps[start])) {
        start++;
      }
      int end = start;
      while (end < cps.length && !Character.isWhitespace(cps[end])) {
        end++;
      }
      for (int n = config.charMinN(); n <= config.charMaxN(); n++) {
        for (int i = start; i + n <= end; i++) {
          sink.accept(i, n);
        }
      }
      start = end;
    }
  }


  /** A growable list of term indices, reused across the n-gram orders of one document. */
  static final class Ids {
    int[] a = new int[128];
    int n;

    /** Adds {@code id} when it is not negative; written without a branch on it (half the lookups find nothing). */
    void add(int id) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n] = id;
      n += ~id >>> 31;
    }
  }

  /**
   * Terms spelt one after another in one buffer, up to {@link #BATCH} of them, handed to a {@link TermIndex} a batch
   * at a time ({@link TermIndex#indexOfAll}) so that it can start every lookup's memory access before it waits on
   * any: one lookup at a time waits on a cache miss (the tables are megabytes); a batch's misses overlap.
   */
  static final class Keys {
    /** The most terms a batch holds: its table slots (64 bytes each at most) stay in the core's caches. */
    static final int BATCH = 256;

    char[] chars = new char[BATCH * 8];
    /** Where term k ends in {@link #chars}; it starts where term k - 1 ends (term 0 at 0). */
    final int[] ends = new int[BATCH];
    /** Scratch for the index: one value a term (e.g. its hash). */
    final long[] scratch = new long[BATCH];
    /** Terms in this batch. */
    int n;
    /**
     * What an index read ahead of its lookups, kept so that the compiler cannot drop those reads: a field the JIT
     * must write.
     */
    long readAhead;
    private int used;
    private final TermIndex index;
    private final Ids ids;

    Keys(TermIndex index, Ids ids) {
      this.index = index;
      this.ids = ids;
    }

    /** The buffer, with room for {@code need} more characters from {@link #used()}. */
    char[] room(int need) {
      if (used + need > chars.length) {
        chars = java.util.Arrays.copyOf(chars, Math.max(used + need, chars.length * 2));
      }
      return chars;
    }

    /** Where the next term starts in {@link #chars}. */
    int used() {
      return used;
    }

    /** Ends the term being spelt at {@code end}; looks the batch up when it is full. */
    void end(int end) {
      ends[n++] = end;
      used = end;
      if (n == BATCH) {
        flush();
      }
    }

    void add(String term) {
      int len = term.length();
      term.getChars(0, len, room(len), used);
      end(used + len);
    }

    /** Looks up the terms spelt so far into the ids, and empties the batch. */
    void flush() {
      if (n > 0) {
        index.indexOfAll(this, ids);
      }
      n = 0;
      used = 0;
      if (chars.length > BATCH * 64) {
        chars = new char[BATCH * 8]; // a batch of very long terms: give the memory back
      }
    }
  }

  /**
   * The indices of {@code text}'s terms in {@code index}, without building the terms: the same multiset as looking up
   * each term {@link #analyze} gives (terms not in the index are left out), in another order. For prediction, where
   * the terms are not needed themselves. Kept in small methods: the JIT compiles them sooner and once.
   */
  static Ids termIds(Segmenter segmenter, FeatureConfig config, String text, TermIndex index) {
    Ids ids = new Ids();
    Keys keys = new Keys(index, ids);
    if (config.words()) {
      wordKeys(words(segmenter, config, text), config, keys);
    }
    if (config.chars()) {
      charKeys(codePoints(config.lowercase() ? text.toLowerCase(Locale.ROOT) : text), config, keys);
    }
    keys.flush();
    return ids;
  }

  private static void wordKeys(String[] w, FeatureConfig config, Keys keys) {
    for (int n = config.wordMinN(); n <= config.wordMaxN(); n++) {
      for (int i = 0; i + n <= w.length; i++) {
        if (n == 1) {
          keys.add(w[i]);
          continue;
        }
        int need = n - 1;
        for (int j = i; j < i + n; j++) {
          need += w[j].length();
        }
        char[] buf = keys.room(need);
        int len = keys.used();
        for (int j = i; j < i + n; j++) {
          if (j > i) {
            buf[len++] = ' ';
          }
          String word = w[j];
          word.getChars(0, word.length(), buf, len);
          len += word.length();
        }
        keys.end(len);
      }
    }
  }

  private static int[] codePoints(String t) {
    int[] cps = new int[t.length()];
    int n = 0;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      cps[n++] = cp;
      i += Character.charCount(cp);
    }
    return n == cps.length ? cps : java.util.Arrays.copyOf(cps, n);
  }

  private static void charKeys(int[] cps, FeatureConfig config, Keys keys) {
    forEachCharGram(cps, config, (i, n) -> charGram(cps, i, n, keys));
  }

  /** Spells the character n-gram {@code cps[i, i + n)} as {@link #analyze} spells it (a space first). */
  private static void charGram(int[] cps, int i, int n, Keys keys) {
    char[] buf = keys.room(1 + 2 * n);
    int len = keys.used();
    buf[len++] = ' ';
    for (int j = i; j < i + n; j++) {
      int cp = cps[j];
      if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        buf[len++] = (char) cp;
      } else {
        buf[len++] = Character.highSurrogate(cp);
        buf[len++] = Character.lowSurrogate(cp);
      }
    }
    keys.end(len);
  }

  /** The document's words: its tokens, cut to {@link #MAX_TOKEN_CHARS} and lowercased as configured. */
  private static String[] words(Segmenter segmenter, FeatureConfig config, String text) {
    List<Token> tokens = segmenter.segment(text);
    String[] w = new String[tokens.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = normalize(tokens.get(i).text(), config.lowercase());
    }
    return w;
  }

  private static String normalize(String token, boolean lowercase) {
    String t = token;
    if (t.length() > MAX_TOKEN_CHARS) {
      int end = Character.isHighSurrogate(t.charAt(MAX_TOKEN_CHARS - 1)) ? MAX_TOKEN_CHARS - 1 : MAX_TOKEN_CHARS;
      t = t.substring(0, end);
    }
    return lowercase ? t.toLowerCase(Locale.ROOT) : t;
  }

}
