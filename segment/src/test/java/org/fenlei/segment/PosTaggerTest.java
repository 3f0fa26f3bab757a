package org.fenlei.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tags in jieba's tag set. Dictionary words and the rule-tagged tokens here agree with Python jieba's
 * {@code posseg.lcut} on the same tokens; HMM words get the {@link UnknownWordTagger}'s guess.
 */
class PosTaggerTest {
  private static final Segmenter POS = Segmenters.create(SegmenterConfig.jieba().withPos(true));

  static void assertTags(Segmenter seg, String input, String... wordSlashTag) {
    List<Token> tokens = seg.segment(input);
    assertArrayEquals(wordSlashTag, tokens.stream().map(t -> t.text() + "/" + t.tag()).toArray(String[]::new),
        "tags of " + input);
    SegmenterAsserts.assertChainInvariants(input, tokens, true);
    assertEquals(tokens, seg.segment(input), "a second run of " + input);
  }

  @Test
  void dictionaryWordsTakeTheirDictionaryTag() {
    assertTags(POS, "我爱北京天安门", "我/r", "爱/v", "北京/ns", "天安门/ns");
    assertTags(POS, "中国科学院计算所的博士", "中国科学院/nt", "计算所/n", "的/uj", "博士/n");
  }

  @Test
  void unknownWordsAreGuessedFromTheirCharacters() {
    // HMM words, not in the dictionary; posseg's own HMM tags all four nr as well
    assertTags(POS, "王思斌和陈耀在穆寨村见到了穆玲英",
        "王思斌/nr", "和/c", "陈耀/nr", "在/p", "穆寨村/nr", "见到/v", "了/ul", "穆玲英/nr");
    UnknownWordTagger tagger = DefaultModels.unknownWordTagger();
    assertEquals("ns", tagger.tag("黑龙市"));
    assertEquals("v", tagger.tag("洗晒"));
  }

  @Test
  void numbersLatinPunctuationAndUrls() {
    assertTags(POS, "Python 3.11比3.10快了大约25%。",
        "Python/eng", "3.11/m", "比/p", "3.10/m", "快/a", "了/ul", "大约/d", "25%/m", "。/x");
    assertTags(POS, "iPhone15发布于2023年，详见https://apple.com或写信给tim@apple.com",
        "iPhone15/eng", "发布/v", "于/p", "2023/m", "年/m", "，/x", "详见/a", "https://apple.com/xu", "或/c",
        "写信给/n", "tim@apple.com/xu");
    // full-width digits are cut one by one and tagged x, as posseg does; folded first they are a number
    assertTags(POS, "增长１２％", "增长/v", "１/x", "２/x", "％/x");
    Segmenter folded = Segmenters.create(SegmenterConfig.jieba().withPos(true).withFilter(Filter.fullWidth()));
    assertTags(folded, "增长１２％", "增长/v", "12%/m");
    assertTags(POS, "表情\uD83D\uDE00和\uD840\uDC00字", "表情/n", "\uD83D\uDE00/x", "和/c", "\uD840\uDC00/x", "字/n");
  }

  @Test
  void userWordsTakeTheirTagOrAGuess() {
    Segmenter seg = Segmenters.create(SegmenterConfig.jieba().withPos(true)
        .withUserDict(List.of("区块链", "创新办 3 i", "Mate60手机", "北京 nz")));
    assertTags(seg, "创新办的区块链和Mate60手机在北京",
        "创新办/i", "的/uj", "区块链/n", "和/c", "Mate60手机/nz", "在/p", "北京/nz");
  }

  @Test
  void searchModeSubWordsAreTagged() {
    Segmenter seg = Segmenters.create(SegmenterConfig.jieba().withPos(true).withMode(SegmenterConfig.Mode.SEARCH));
    List<Token> tokens = seg.segment("中华人民共和国");
    assertArrayEquals(new String[] {"中华/nz", "华人/n", "人民/n", "共和/nz", "共和国/ns", "中华人民共和国/ns"},
        tokens.stream().map(t -> t.text() + "/" + t.tag()).toArray(String[]::new));
  }
}
