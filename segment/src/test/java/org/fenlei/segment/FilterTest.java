package org.fenlei.segment;

import static org.fenlei.segment.PosTaggerTest.assertTags;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterTest {
  private static Segmenter chain(Filter... filters) {
    return Segmenters.create(SegmenterConfig.jieba().withFilters(List.of(filters)));
  }

  /** Texts, starts and ends of the tokens {@code seg} makes of {@code input}. */
  private static void assertTokens(Segmenter seg, String input, String[] texts, int[] starts, int[] ends) {
    List<Token> tokens = seg.segment(input);
    assertArrayEquals(texts, tokens.stream().map(Token::text).toArray(String[]::new), "tokens of " + input);
    assertArrayEquals(starts, tokens.stream().mapToInt(Token::start).toArray(), "starts of " + input);
    assertArrayEquals(ends, tokens.stream().mapToInt(Token::end).toArray(), "ends of " + input);
    SegmenterAsserts.assertChainInvariants(input, tokens, true);
    assertEquals(tokens, seg.segment(input), "a second run of " + input);
  }

  @Test
  void fullWidthFoldsBeforeCuttingAndKeepsSpans() {
    assertTokens(chain(Filter.fullWidth()), "ＡＢＣ公司营收增长１２％。Ｈｅｌｌｏ\u3000世界",
        new String[] {"ABC", "公司", "营收", "增长", "12%", "。", "Hello", "世界"},
        new int[] {0, 3, 5, 7, 9, 12, 13, 19}, new int[] {3, 5, 7, 9, 12, 13, 18, 21});
  }

  @Test
  void traditionalToSimplifiedFoldsBeforeCutting() {
    assertTokens(chain(Filter.traditionalToSimplified()), "這家酒店的服務態度很好，房間乾淨",
        new String[] {"这家", "酒店", "的", "服务态度", "很", "好", "，", "房间", "干净"},
        new int[] {0, 2, 4, 5, 9, 10, 11, 12, 14}, new int[] {2, 4, 5, 9, 10, 11, 12, 14, 16});
    // characters outside the table, supplementary ones included, pass unchanged
    assertTokens(chain(Filter.traditionalToSimplified()), "\uD840\uDC00ABC", new String[] {"\uD840\uDC00", "ABC"},
        new int[] {0, 2}, new int[] {2, 5});
  }

  @Test
  void lowerCaseIsATokenFilter() {
    // the dictionary sees the original case (C++ is a dictionary word, c++ is not)
    assertTokens(chain(Filter.lowerCase()), "学C++和iPhone15",
        new String[] {"学", "c++", "和", "iphone15"}, new int[] {0, 1, 4, 5}, new int[] {1, 4, 5, 13});
  }

  @Test
  void stopwordsAndMinimumLength() {
    Segmenter seg = chain(Filter.stopwords(List.of("的", "了", "，")), Filter.minLength(2));
    assertTokens(seg, "我们研究了生命的起源，很有意思",
        new String[] {"我们", "研究", "生命", "起源", "有意思"}, new int[] {0, 2, 5, 8, 12}, new int[] {2, 4, 7, 10, 15});
    // a Extension B character is one character long
    assertTokens(chain(Filter.minLength(2)), "\uD840\uDC00字\uD840\uDC00\uD840\uDC01", new String[0], new int[0],
        new int[0]);
  }

  @Test
  void filtersRunInOrder() {
    // lower-casing before the stopwords removes "The"; after them it does not
    Segmenter before = chain(Filter.lowerCase(), Filter.stopwords(List.of("the")));
    Segmenter after = chain(Filter.stopwords(List.of("the")), Filter.lowerCase());
    assertEquals(List.of("cat"), before.words("The cat"));
    assertEquals(List.of("the", "cat"), after.words("The cat"));
  }

  @Test
  void defaultStopwords() {
    List<String> words = Filter.defaultStopwords().words();
    assertTrue(words.size() >= 1500 && words.size() <= 2500, "default stopwords: " + words.size());
    for (String w : List.of("的", "了", "是", "我们", "因为", "，", "。", "！", "（")) {
      assertTrue(words.contains(w), w);
    }
    for (String w : List.of("不", "没有", "不好", "非常", "中国", "喜欢", "好", "手机")) {
      assertFalse(words.contains(w), w); // negations and content words carry meaning
    }
    assertEquals(List.of("研究", "生命", "起源", "很", "有意思"),
        chain(Filter.defaultStopwords()).words("我们研究了生命的起源，很有意思！"));
  }

  @Test
  void tagFilterKeepsOrDropsTagClasses() {
    SegmenterConfig pos = SegmenterConfig.jieba().withPos(true);
    Segmenter nouns = Segmenters.create(pos.withFilter(Filter.keepTags("n", "eng")));
    assertTags(nouns, "小王在北京大学学习Python和机器学习。", "小王/n", "北京大学/nt", "Python/eng", "机器/n");
    Segmenter noPunctuation = Segmenters.create(pos.withFilter(Filter.dropTags("x", "uj", "p")));
    assertTags(noPunctuation, "我的书在https://a.cn，好", "我/r", "书/n", "好/a");
    assertTrue(new Filter.Tags(true, List.of("e")).matches("e"));
    assertFalse(new Filter.Tags(true, List.of("e")).matches("eng"));
    assertTrue(new Filter.Tags(true, List.of("eng")).matches("eng"));
    assertFalse(new Filter.Tags(true, List.of("nr")).matches("n"));
  }

  @Test
  void stopwordFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("stop.txt");
    Files.write(file, List.of("\uFEFF的", "  了 ", "", "#", "，"), StandardCharsets.UTF_8);
    assertEquals(List.of("的", "了", "#", "，"), Filter.stopwords(file).words());
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Filter.stopwords(dir.resolve("none.txt")));
    assertTrue(e.getMessage().contains("none.txt") && e.getMessage().contains("stopword"), e.getMessage());
  }

  @Test
  void invalidFiltersAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Filter.minLength(0));
    assertThrows(IllegalArgumentException.class, () -> Filter.keepTags());
    assertThrows(IllegalArgumentException.class, () -> Filter.keepTags("N"));
    assertThrows(IllegalArgumentException.class, () -> Filter.stopwords(List.of("")));
    // a tag filter needs tags; folds come before token filters
    IllegalArgumentException noPos = assertThrows(IllegalArgumentException.class,
        () -> SegmenterConfig.jieba().withFilter(Filter.dropTags("x")));
    assertTrue(noPos.getMessage().contains("pos"), noPos.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SegmenterConfig.jieba().withFilters(List.of(Filter.lowerCase(), Filter.fullWidth())));
  }
}
