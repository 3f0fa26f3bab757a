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
    for (int start = runStart(cps, 0), end; start < cps.length; start = runStart(cps, end)) {
      end = runEnd(cps, start);
      for (int n = config.charMinN(); n <= config.charMaxN(); n++) {
        for (int i = start; i + n <= end; i++) {
          sink.accept(i, n);
        }
      }
    }
  }

  /** The first code point at or after {@code from} that is not white space, or the length. */
  private static int runStart(int[] cps, int from) {
    int i = from;
    while (i < cps.length && Character.isWhitespace(cps[i])) {
      i++;
    }
    return i;
  }

  /** The end of the run of non-white-space code points starting at {@code start}. */
  private static int runEnd(int[] cps, int start) {
    int i = start;
    while (i < cps.length && !Character.isWhitespace(cps[i])) {
      i++;
    }
    return i;
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
   * The indices of {@code text}'s terms in {@code index}, without building the terms: the same multiset as looking up
   * each term {@link #analyze} gives (terms not in the index are left out), in another order. For prediction, where
   * the terms are not needed themselves. A vocabulary that needs no spelling is asked by fingerprint, each n-gram's
   * fingerprint extended from the one a character or word shorter ({@link Vocabulary#step}); other indices get each
   * term spelt in a buffer. Kept in small methods: the JIT compiles them sooner and once.
   */
  static Ids termIds(Segmenter segmenter, FeatureConfig config, String text, TermIndex index) {
    Ids ids = new Ids();
    Vocabulary byFingerprint = index instanceof Vocabulary v && !v.needsSpelling() ? v : null;
    if (config.words()) {
      String[] w = words(segmenter, config, text);
      if (byFingerprint != null) {
        wordIds(w, config, byFingerprint, ids);
      } else {
        wordIds(w, config, index, ids);
      }
    }
    if (config.chars()) {
      int[] cps = codePoints(config.lowercase() ? text.toLowerCase(Locale.ROOT) : text);
      if (byFingerprint != null) {
        charIds(cps, config, byFingerprint, ids);
      } else {
        charIds(cps, config, index, ids);
      }
    }
    return ids;
  }

  /** Word n-grams by fingerprint: for each first word, the fingerprints of its 1..max-grams, one extending the next. */
  private static void wordIds(String[] w, FeatureConfig config, Vocabulary v, Ids ids) {
    for (int i = 0; i < w.length; i++) {
      long h = Vocabulary.SEED;
      for (int n = 1; n <= config.wordMaxN() && i + n <= w.length; n++) {
        if (n > 1) {
          h = Vocabulary.step(h, ' ');
        }
        String word = w[i + n - 1];
        for (int k = 0; k < word.length(); k++) {
          h = Vocabulary.step(h, word.charAt(k));
        }
        if (n >= config.wordMinN()) {
          ids.add(v.find(Vocabulary.finish(h)));
        }
      }
    }
  }

  /**
   * Character n-grams by fingerprint: for each first character of a run without white space, the fingerprints of its
   * 1..max-grams (a space first, as {@link #analyze} spells them), one extending the next.
   */
  private static void charIds(int[] cps, FeatureConfig config, Vocabulary v, Ids ids) {
    for (int start = runStart(cps, 0), end; start < cps.length; start = runStart(cps, end)) {
      end = runEnd(cps, start);
      for (int i = start; i < end; i++) {
        long h = Vocabulary.step(Vocabulary.SEED, ' ');
        for (int n = 1; n <= config.charMaxN() && i + n <= end; n++) {
          int cp = cps[i + n - 1];
          if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            h = Vocabulary.step(h, (char) cp);
          } else {
            h = Vocabulary.step(Vocabulary.step(h, Character.highSurrogate(cp)), Character.lowSurrogate(cp));
          }
          if (n >= config.charMinN()) {
            ids.add(v.find(Vocabulary.finish(h)));
          }
        }
      }
    }
  }

  private static void wordIds(String[] w, FeatureConfig config, TermIndex index, Ids ids) {
    char[] buf = new char[64];
    for (int n = config.wordMinN(); n <= config.wordMaxN(); n++) {
      for (int i = 0; i + n <= w.length; i++) {
        if (n == 1) {
          ids.add(index.indexOf(w[i]));
          continue;
        }
        int need = n - 1;
        for (int j = i; j < i + n; j++) {
          need += w[j].length();
        }
        if (need > buf.length) {
          buf = new char[Math.max(need, buf.length * 2)];
        }
        int len = 0;
        for (int j = i; j < i + n; j++) {
          if (j > i) {
            buf[len++] = ' ';
          }
          String word = w[j];
          word.getChars(0, word.length(), buf, len);
          len += word.length();
        }
        ids.add(index.indexOf(buf, 0, len));
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

  private static void charIds(int[] cps, FeatureConfig config, TermIndex index, Ids ids) {
    char[] buf = new char[1 + 2 * Math.max(1, config.charMaxN())];
    forEachCharGram(cps, config, (i, n) -> ids.add(charGram(cps, i, n, buf, index)));
  }

  /** The index of the character n-gram {@code cps[i, i + n)}, spelt as {@link #analyze} spells it (a space first). */
  private static int charGram(int[] cps, int i, int n, char[] buf, TermIndex index) {
    buf[0] = ' ';
    int len = 1;
    for (int j = i; j < i + n; j++) {
      int cp = cps[j];
      if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        buf[len++] = (char) cp;
      } else {
        buf[len++] = Character.highSurrogate(cp);
        buf[len++] = Character.lowSurrogate(cp);
      }
    }
    return index.indexOf(buf, 0, len);
  }

  /** The document's words: its tokens, cut to {@link #MAX_TOKEN_CHARS} and lowercased as configured. */
  private static String[] words(Segmenter segmenter, FeatureConfig config, String text) {
    return normalizeAll(segmenter.segment(text), config.lowercase());
  }

  /**
   * The tokens' texts, normalised. Apart from {@link #words}, which inlines the whole segmenter: with this loop in
   * it, C2 compiled that large method on the stack (OSR) and again whole, in a run over long articles.
   */
  private static String[] normalizeAll(List<Token> tokens, boolean lowercase) {
    String[] w = new String[tokens.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = normalize(tokens.get(i).text(), lowercase);
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
