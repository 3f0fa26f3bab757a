package org.fenlei.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;
import org.junit.jupiter.api.Test;

/** The prediction path's term indices, found without building the terms, equal the terms' own indices. */
class TermIdsTest {
  private static final String ALPHABET = "我爱北京天安门球队赢了比赛股市上涨ABCabc xyz 𠀀𠀁 12\t，。！Ⅻ";

  static String text(SplittableRandom r, int length) {
    StringBuilder sb = new StringBuilder();
    int[] cps = ALPHABET.codePoints().toArray();
    for (int i = 0; i < length; i++) {
      sb.appendCodePoint(cps[r.nextInt(cps.length)]);
    }
    return sb.toString();
  }

  @Test
  void sameVectorAsTheTermsGive() {
    SplittableRandom r = new SplittableRandom(11);
    Segmenter seg = Segmenters.create(SegmenterConfig.jieba());
    for (FeatureConfig f : List.of(new FeatureConfig(), new FeatureConfig().withChars(1, 3),
        new FeatureConfig().withWords(1, 3).withChars(2, 4), new FeatureConfig().withWords(2, 2).withChars(1, 1))) {
      List<List<String>> docs = new ArrayList<>();
      int[][] labels = new int[300][];
      for (int i = 0; i < 300; i++) {
        docs.add(TextPipeline.terms(seg, f, text(r, 1 + r.nextInt(40))));
        labels[i] = new int[] {i % 3};
      }
      TextPipeline p = TextPipeline.fit(SegmenterConfig.jieba(), f, docs, labels, 3);
      for (int i = 0; i < 500; i++) {
        // some long documents
        String t = text(r, i % 25 == 0 ? 200 + r.nextInt(800) : r.nextInt(60));
        SparseVector fast = p.vectorize(t);
        SparseVector slow = p.vectorize(p.terms(t));
        assertEquals(slow.size(), fast.size(), t);
        for (int k = 0; k < slow.size(); k++) {
          assertEquals(slow.index(k), fast.index(k), t);
          assertEquals(slow.value(k), fast.value(k), 0f, t);
        }
      }
    }
  }

  @Test
  void charBufferLookupFindsExactlyTheStoredTerms() {
    String[] terms = {" 中", " 中国", " 𠀀a", "北京 天安门"};
    Vocabulary v = Vocabulary.build(List.of(List.of(" 中国", "北京 天安门", " 𠀀a"), List.of(" 中")), 1, 1.0);
    Vocabulary spelling = new Vocabulary(terms, new float[terms.length], true);
    for (Vocabulary voc : List.of(v, spelling)) {
      for (int i = 0; i < terms.length; i++) {
        char[] buf = ("head" + terms[i] + "tail").toCharArray();
        assertEquals(i, voc.indexOf(terms[i]));
        assertEquals(i, voc.indexOf(buf, 4, terms[i].length()));
      }
      for (String t : List.of(" 中国人", "", " ", "中", "北京", "x")) {
        assertEquals(-1, voc.indexOf(t), t);
        assertEquals(-1, voc.indexOf(t.toCharArray(), 0, t.length()), t);
      }
    }
  }

  /**
   * The fingerprint path (n-gram fingerprints extended character by character, no term spelt) finds the same ids as
   * the spelling path (each term spelt in a buffer, characters compared), on the same terms.
   */
  @Test
  void fingerprintPathFindsWhatTheSpellingPathFinds() {
    SplittableRandom r = new SplittableRandom(5);
    Segmenter seg = Segmenters.create(SegmenterConfig.jieba());
    for (FeatureConfig f : List.of(new FeatureConfig(), new FeatureConfig().withWords(1, 3).withChars(2, 4),
        new FeatureConfig().withWords(2, 2).withChars(1, 1))) {
      List<List<String>> docs = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        docs.add(TextPipeline.terms(seg, f, text(r, 1 + r.nextInt(40))));
      }
      Vocabulary plain = Vocabulary.build(docs, 1, 1.0);
      String[] terms = new String[plain.size()];
      for (int i = 0; i < terms.length; i++) {
        terms[i] = plain.term(i);
      }
      Vocabulary spelling = new Vocabulary(terms, new float[terms.length], true);
      for (int i = 0; i < 300; i++) {
        String t = text(r, i % 30 == 0 ? 500 + r.nextInt(1500) : r.nextInt(60));
        Ngrams.Ids a = Ngrams.termIds(seg, f, t, plain);
        Ngrams.Ids b = Ngrams.termIds(seg, f, t, spelling);
        int[] x = java.util.Arrays.copyOf(a.a, a.n);
        int[] y = java.util.Arrays.copyOf(b.a, b.n);
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        assertArrayEquals(y, x, t);
      }
    }
  }

  @Test
  void radixSortSortsLikeArraysSort() {
    Random r = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      int[] bounds = {300, 5_000_000, 2048, Integer.MAX_VALUE - 1, 1 << 22};
      int bound = 1 + r.nextInt(bounds[trial % bounds.length]);
      int n = r.nextInt(trial % 3 == 0 ? 20_000 : 3000); // 8-bit digits below 4,096 values, 11-bit from there
      int[] a = new int[n + 5];
      for (int k = 0; k < a.length; k++) {
        a[k] = r.nextInt(bound);
      }
      int[] expected = a.clone();
      java.util.Arrays.sort(expected, 0, n);
      TextPipeline.radixSort(a, n, bound);
      assertArrayEquals(expected, a, "n=" + n + " bound=" + bound);
    }
  }
}
