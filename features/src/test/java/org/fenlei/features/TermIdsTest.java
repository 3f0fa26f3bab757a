package org.fenlei.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
        String t = text(r, r.nextInt(60));
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
    Vocabulary v = Vocabulary.build(List.of(List.of(" 中国", "北京 天安门", " 𠀀a"), List.of(" 中")), 1, 1.0);
    for (String t : List.of(" 中国", "北京 天安门", " 𠀀a", " 中", " 中国人", "", " ")) {
      char[] buf = t.toCharArray();
      assertEquals(v.indexOf(t), v.indexOf(buf, buf.length, t.hashCode()), t);
    }
    assertArrayEquals(new int[] {-1}, new int[] {v.indexOf(new char[] {'x'}, 1, "x".hashCode())});
  }
}
