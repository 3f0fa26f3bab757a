package org.fenlei.segment;

import static org.fenlei.segment.PosTaggerTest.assertTags;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lucene's smartcn behind the same interface: spans, original case, URL protection, tags and filters. */
class SmartcnTest {
  private static final Segmenter SMARTCN = Segmenters.create(SegmenterConfig.smartcn());

  private static void assertSmartcn(String input, String[] texts, int[] starts, int[] ends) {
    List<Token> tokens = SMARTCN.segment(input);
    assertArrayEquals(texts, tokens.stream().map(Token::text).toArray(String[]::new), "tokens of " + input);
    assertArrayEquals(starts, tokens.stream().mapToInt(Token::start).toArray(), "starts of " + input);
    assertArrayEquals(ends, tokens.stream().mapToInt(Token::end).toArray(), "ends of " + input);
    SegmenterAsserts.assertInvariants(input, tokens);
  }

  @Test
  void wordsWithSpans() {
    assertSmartcn("我购买了道具和服装。", new String[] {"我", "购买", "了", "道具", "和", "服装", "。"},
        new int[] {0, 1, 3, 4, 6, 7, 9}, new int[] {1, 3, 4, 6, 7, 9, 10});
    // smartcn's own terms are lower-cased and folded; fenlei keeps the input's characters
    assertSmartcn("我是中国人  Hello World，ＡＢＣ公司",
        new String[] {"我", "是", "中国", "人", "Hello", "World", "，", "ＡＢＣ", "公司"},
        new int[] {0, 1, 2, 4, 7, 13, 18, 19, 22}, new int[] {1, 2, 4, 5, 12, 18, 19, 22, 24});
    assertSmartcn("访问https://x.cn/a_b?q=1。", new String[] {"访问", "https://x.cn/a_b?q=1", "。"},
        new int[] {0, 2, 22}, new int[] {2, 22, 23});
    assertSmartcn("\uD840\uDC00是扩展B区的字", new String[] {"\uD840\uDC00", "是", "扩展", "B", "区", "的", "字"},
        new int[] {0, 2, 3, 5, 6, 7, 8}, new int[] {2, 3, 5, 6, 7, 8, 9});
    assertSmartcn("", new String[0], new int[0], new int[0]);
    assertSmartcn(" \t\u3000\n", new String[0], new int[0], new int[0]);
  }

  @Test
  void tagsAndFiltersWorkOnSmartcnTokens() {
    Segmenter seg = Segmenters.create(SegmenterConfig.smartcn().withPos(true)
        .withFilters(List.of(Filter.fullWidth(), Filter.lowerCase(), Filter.dropTags("x"))));
    assertTags(seg, "我购买了ＡＢＣ道具。", "我/r", "购买/v", "了/ul", "abc/eng", "道具/n");
  }

  @Test
  void randomTextKeepsInvariants() {
    Random random = new Random(11);
    char[] alphabet = "我们的研究生命起源长江大桥aZ09+#&._%-，。 \t\u3000Ａ１\uD840\uDC00".toCharArray();
    for (int round = 0; round < 300; round++) {
      char[] text = new char[random.nextInt(60)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      List<Token> tokens = SMARTCN.segment(s);
      SegmenterAsserts.assertInvariants(s, tokens);
      assertEquals(tokens, SMARTCN.segment(s));
    }
  }
}
