package org.fenlei.segment;

import static org.fenlei.segment.SegmenterAsserts.assertSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expectations are Python jieba 0.42.1's after {@code jieba.load_userdict} with the same lines, except where a
 * test says that user words given without a frequency take precedence (fenlei's default, {@link UserFirstRoute}).
 */
class UserDictionaryTest {
  private static Segmenter withUserDict(String... lines) {
    return Segmenters.create(SegmenterConfig.jieba().withUserDict(List.of(lines)));
  }

  @Test
  void wordWithoutFrequencyWinsOverTheDefaultSplit() {
    Segmenter plain = Segmenters.create(SegmenterConfig.jieba());
    assertSegments(plain, "韩玉鉴赏", "韩玉", "鉴赏");
    assertSegments(withUserDict("韩玉鉴赏"), "韩玉鉴赏", "韩玉鉴赏");
    assertSegments(plain, "他是自然语言处理专家", "他", "是", "自然语言", "处理", "专家");
    assertSegments(withUserDict("自然语言处理"), "他是自然语言处理专家", "他", "是", "自然语言处理", "专家");
    Segmenter noHmm = Segmenters.create(SegmenterConfig.jieba().withHmm(false).withUserDict(List.of("韩玉鉴赏")));
    assertSegments(noHmm, "韩玉鉴赏", "韩玉鉴赏");
  }

  @Test
  void frequencyAndTagColumns() {
    Segmenter seg = withUserDict("云计算", "创新办 3 i");
    assertSegments(seg, "李小福是创新办主任也是云计算方面的专家",
        "李小福", "是", "创新办", "主任", "也", "是", "云计算", "方面", "的", "专家");
    assertSegments(withUserDict("iPhone15", "Mate60 nz"), "华为Mate60和iPhone15", "华为", "Mate60", "和", "iPhone15");
  }

  @Test
  void suggestedFrequencyFollowsPythonJieba() {
    Lexicon lexicon = UserDictionary.overlay(DefaultModels.dictionary(), List.of("云计算", "创新办 3 i", "台中"));
    char[] words = "云计算创新办台中".toCharArray();
    assertEquals(1, lexicon.freq(words, 0, 3));
    assertEquals(3, lexicon.freq(words, 3, 6));
    assertEquals(69, lexicon.freq(words, 6, 8)); // already in the dictionary with 69
    assertEquals(DefaultModels.dictionary().total + 1 + 3 + 69, lexicon.total);
    assertEquals("i", lexicon.tag(words, 3, 6));
    assertEquals(Lexicon.ABSENT, lexicon.freq("韩玉鉴赏".toCharArray(), 0, 4));
  }

  @Test
  void frequencyZeroForcesASplit() {
    assertSegments(withUserDict("江大桥 20000 nr", "长江大桥 0"), "南京市长江大桥", "南京市", "长", "江大桥");
    assertSegments(withUserDict("数据 0"), "大数据时代的数据", "大数", "据", "时代", "的", "数", "据");
  }

  @Test
  void segmentersWithDifferentUserDictsAreIndependent() {
    Segmenter a = withUserDict("云计算");
    Segmenter b = withUserDict("创新办");
    Segmenter none = Segmenters.create(SegmenterConfig.jieba());
    String text = "李小福是创新办主任也是云计算方面的专家";
    for (int round = 0; round < 2; round++) { // the second round checks nothing leaked when b was built
      assertSegments(a, text, "李小福", "是", "创新", "办", "主任", "也", "是", "云计算", "方面", "的", "专家");
      assertSegments(b, text, "李小福", "是", "创新办", "主任", "也", "是", "云", "计算", "方面", "的", "专家");
      assertSegments(none, text, "李小福", "是", "创新", "办", "主任", "也", "是", "云", "计算", "方面", "的", "专家");
    }
  }

  @Test
  void blankLinesAndByteOrderMarkAreSkipped() {
    assertSegments(withUserDict("\uFEFF韩玉鉴赏", "", "   ", "云计算 "), "韩玉鉴赏云计算", "韩玉鉴赏", "云计算");
  }

  @Test
  void malformedLinesNameTheLine() {
    assertMalformed(3, "Edu Trust认证 2000", "云计算", "创新办 3 i", "Edu Trust认证 2000");
    assertMalformed(1, "词  5", "词  5");
    assertMalformed(1, "词 5 NR", "词 5 NR");
    assertMalformed(1, "词 -5", "词 -5");
    assertMalformed(1, "词 5 n extra", "词 5 n extra");
    assertMalformed(2, "词\t5", "ok", "词\t5");
    assertMalformed(1, "词 99999999999", "词 99999999999");
    assertMalformed(1, "词 n 5", "词 n 5");
  }

  private static void assertMalformed(int lineNo, String line, String... lines) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withUserDict(lines));
    assertTrue(e.getMessage().contains("line " + lineNo + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("'" + line + "'"), e.getMessage());
  }

  @Test
  void wordsWithoutFrequencyTakePrecedenceOverLongerDictionaryWords() {
    SegmenterConfig config = SegmenterConfig.jieba().withUserDict(List.of("中国", "科学院"));
    assertSegments(Segmenters.create(config), "中国科学院计算所", "中国", "科学院", "计算所");
    // Python jieba keeps the dictionary's 中国科学院: the user words only beat their own split
    assertSegments(Segmenters.create(config.withUserFirst(false)), "中国科学院计算所", "中国科学院", "计算所");
    // with a frequency a user word ranks as a dictionary word, as in Python jieba
    assertSegments(withUserDict("中国 100", "科学院 100"), "中国科学院计算所", "中国科学院", "计算所");
  }

  @Test
  void wordsWithoutFrequencyWinOverTheirSplitInContext() {
    // 南京市长 and 江大桥 win over the dictionary's 南京市 / 长江大桥
    assertSegments(withUserDict("南京市长", "江大桥"), "南京市长江大桥", "南京市长", "江大桥");
    assertSegments(withUserDict("市长江"), "南京市长江大桥", "南京", "市长江", "大桥");
    assertSegments(withUserDict("京市长江"), "南京市长江大桥", "南", "京市长江", "大桥");
  }

  @Test
  void singleCharacterUserWordsAreNotJoinedByTheHmm() {
    Segmenter plain = Segmenters.create(SegmenterConfig.jieba());
    assertSegments(plain, "李小福是主任", "李小福", "是", "主任");
    assertSegments(withUserDict("李", "小", "福"), "李小福是主任", "李", "小", "福", "是", "主任");
    assertSegments(withUserDict("李", "小"), "李小福是主任", "李小福", "是", "主任");
  }

  @Test
  void laterLinesReplaceEarlierOnes() {
    assertSegments(withUserDict("南京市长", "南京市长 0"), "南京市长江大桥", "南京市", "长江大桥");
    assertSegments(withUserDict("长江大桥 0", "长江大桥"), "南京市长江大桥", "南京市", "长江大桥");
  }
}
