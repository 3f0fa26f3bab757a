package org.fenlei.segment.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.fenlei.segment.Filter;
import org.fenlei.segment.SegmenterConfig;

/**
 * Lucene's token-stream contract, checked by its own test framework (JUnit 4, run by the vintage engine):
 * terms, offsets, types and position increments, reset and reuse, end offsets, random and huge input through
 * char filters and odd reader chunkings.
 */
public class FenleiAnalyzerTest extends BaseTokenStreamTestCase {
  private static final SegmenterConfig SEARCH = SegmenterConfig.jieba().withMode(SegmenterConfig.Mode.SEARCH);

  public void testPreciseModeTermsOffsetsAndTypes() throws IOException {
    try (Analyzer a = new FenleiAnalyzer(SegmenterConfig.jieba())) {
      assertAnalyzesTo(a, "我购买了道具和服装", new String[] {"我", "购买", "了", "道具", "和", "服装"},
          new int[] {0, 1, 3, 4, 6, 7}, new int[] {1, 3, 4, 6, 7, 9});
      assertAnalyzesTo(a, "访问 https://a.cn/x?y=1 获取iPhone15",
          new String[] {"访问", "https://a.cn/x?y=1", "获取", "iPhone15"},
          new int[] {0, 3, 22, 24}, new int[] {2, 21, 24, 32}, new String[] {"word", "word", "word", "word"},
          new int[] {1, 1, 1, 1});
    }
  }

  public void testTagsAreTypesAndFiltersApply() throws IOException {
    SegmenterConfig config = SegmenterConfig.jieba().withPos(true)
        .withFilters(List.of(Filter.fullWidth(), Filter.lowerCase(), Filter.defaultStopwords()));
    try (Analyzer a = new FenleiAnalyzer(config)) {
      assertAnalyzesTo(a, "我爱ＡＢＣ和北京天安门！", new String[] {"爱", "abc", "北京", "天安门"},
          new int[] {1, 2, 6, 8}, new int[] {2, 5, 8, 11}, new String[] {"v", "eng", "ns", "ns"},
          new int[] {1, 1, 1, 1});
    }
  }

  public void testSearchModeStacksSubWords() throws IOException {
    try (Analyzer a = new FenleiAnalyzer(SEARCH)) {
      assertAnalyzesTo(a, "中华人民共和国成立",
          new String[] {"中华人民共和国", "中华", "华人", "人民", "共和国", "共和", "成立"},
          new int[] {0, 0, 1, 2, 4, 4, 7}, new int[] {7, 2, 3, 4, 7, 6, 9}, null, new int[] {1, 0, 0, 0, 0, 0, 1},
          null, false);
    }
  }

  public void testLongTextIsReadInChunks() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append("我来到北京清华大学").append(i % 7 == 0 ? "\n" : "");
    }
    text.append("研".repeat(20_000)); // 20,000 characters without whitespace: the buffer grows
    try (Analyzer a = new FenleiAnalyzer(SegmenterConfig.jieba())) {
      int n = 0;
      int lastEnd = 0;
      try (TokenStream ts = a.tokenStream("f", new StringReader(text.toString()))) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        org.apache.lucene.analysis.tokenattributes.OffsetAttribute offsets =
            ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          assertEquals(text.substring(offsets.startOffset(), offsets.endOffset()), term.toString());
          assertTrue(offsets.startOffset() >= lastEnd);
          lastEnd = offsets.endOffset();
          n++;
        }
        ts.end();
        assertEquals(text.length(), offsets.endOffset());
      }
      assertTrue(n > 20_000);
      assertEquals(text.length(), lastEnd);
    }
  }

  public void testCharFilterOffsetsAreCorrected() throws IOException {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("&amp;", "和");
    try (Analyzer a = new FenleiAnalyzer(SegmenterConfig.jieba())) {
      // the tokenizer sees 北京和大学; offsets point into the original text
      Reader filtered = new MappingCharFilter(map.build(), new StringReader("北京&amp;大学"));
      assertTokenStreamContents(a.tokenStream("f", filtered), new String[] {"北京", "和", "大学"},
          new int[] {0, 2, 7}, new int[] {2, 7, 9}, 9);
    }
  }

  public void testReuseGivesTheSameTokens() throws IOException {
    try (Analyzer a = new FenleiAnalyzer(SegmenterConfig.jieba().withPos(true))) {
      for (int i = 0; i < 3; i++) {
        assertAnalyzesTo(a, "南京市长江大桥", new String[] {"南京市", "长江大桥"}, new String[] {"ns", "ns"});
        assertAnalyzesTo(a, "", new String[0]);
      }
    }
    try (Analyzer a = new FenleiAnalyzer(SEARCH)) {
      for (int i = 0; i < 3; i++) {
        assertAnalyzesTo(a, "南京市长江大桥", new String[] {"南京市", "南京", "京市", "长江大桥", "长江", "大桥"},
            new int[] {0, 0, 1, 3, 3, 5}, new int[] {3, 2, 3, 7, 5, 7}, null, new int[] {1, 0, 0, 1, 0, 0}, null,
            false);
      }
    }
  }

  public void testRandomStringsPrecise() throws IOException {
    try (Analyzer a = new FenleiAnalyzer(SegmenterConfig.jieba().withPos(true)
        .withFilters(List.of(Filter.fullWidth(), Filter.lowerCase())))) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomStringsSmartcn() throws IOException {
    try (Analyzer a = new FenleiAnalyzer(SegmenterConfig.smartcn())) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomStringsSearch() throws IOException {
    // sub-words keep their own offsets inside the word's, so offsets are not those of a token graph
    try (Analyzer a = new FenleiAnalyzer(SEARCH)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER, 20, false, false);
    }
  }

  public void testRandomHugeStrings() throws IOException {
    try (Analyzer a = new FenleiAnalyzer(SegmenterConfig.jieba())) {
      checkRandomData(random(), a, 3 * RANDOM_MULTIPLIER, 8192);
    }
  }
}
