package org.fenlei.segment;

import static org.fenlei.segment.SegmenterAsserts.assertInvariants;
import static org.fenlei.segment.SegmenterAsserts.assertSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Expected tokens and offsets are Python jieba 0.42.1's {@code jieba.tokenize}, whitespace tokens removed. */
class JiebaSegmenterTest {
  private static final Segmenter JIEBA = Segmenters.create(SegmenterConfig.jieba());
  private static final Segmenter NO_HMM = Segmenters.create(SegmenterConfig.jieba().withHmm(false));

  @Test
  void dictionaryWords() {
    assertSegments(JIEBA, "我来到北京清华大学",
        new String[] {"我", "来到", "北京", "清华大学"}, new int[] {0, 1, 3, 5}, new int[] {1, 3, 5, 9});
    assertSegments(JIEBA, "我购买了道具和服装",
        new String[] {"我", "购买", "了", "道具", "和", "服装"},
        new int[] {0, 1, 3, 4, 6, 7}, new int[] {1, 3, 4, 6, 7, 9});
    assertSegments(JIEBA, "南京市长江大桥", new String[] {"南京市", "长江大桥"}, new int[] {0, 3}, new int[] {3, 7});
  }

  @Test
  void hmmJoinsUnknownWords() {
    assertSegments(JIEBA, "他来到了网易杭研大厦",
        new String[] {"他", "来到", "了", "网易", "杭研", "大厦"},
        new int[] {0, 1, 3, 4, 6, 8}, new int[] {1, 3, 4, 6, 8, 10});
    assertSegments(NO_HMM, "他来到了网易杭研大厦",
        new String[] {"他", "来到", "了", "网易", "杭", "研", "大厦"},
        new int[] {0, 1, 3, 4, 6, 7, 8}, new int[] {1, 3, 4, 6, 7, 8, 10});
  }

  @Test
  void latinWordsAndNumbersStayWhole() {
    assertSegments(JIEBA, "Python 3.11比3.10快了大约25%。",
        new String[] {"Python", "3.11", "比", "3.10", "快", "了", "大约", "25%", "。"},
        new int[] {0, 7, 11, 12, 16, 17, 18, 20, 23}, new int[] {6, 11, 12, 16, 17, 18, 20, 23, 24});
    assertSegments(JIEBA, "iPhone15售价9999元，涨幅50%。",
        new String[] {"iPhone15", "售价", "9999", "元", "，", "涨幅", "50%", "。"},
        new int[] {0, 8, 10, 14, 15, 16, 18, 21}, new int[] {8, 10, 14, 15, 16, 18, 21, 22});
    assertSegments(NO_HMM, "iPhone15售价9999元",
        new String[] {"iPhone15", "售价", "9999", "元"}, new int[] {0, 8, 10, 14}, new int[] {8, 10, 14, 15});
  }

  @Test
  void mixedChineseLatinKeepsCase() {
    assertSegments(JIEBA, "中文English混合Mixed文本",
        new String[] {"中文", "English", "混合", "Mixed", "文本"},
        new int[] {0, 2, 9, 11, 16}, new int[] {2, 9, 11, 16, 18});
    // dictionary words with Latin letters match case-sensitively, as in Python jieba
    assertSegments(JIEBA, "C++和c#都是语言", "C++", "和", "c#", "都", "是", "语言");
  }

  @Test
  void urlsAndEmailAddressesStayWhole() {
    assertSegments(JIEBA, "访问https://www.example.com/a_b?x=1获取",
        new String[] {"访问", "https://www.example.com/a_b?x=1", "获取"}, new int[] {0, 2, 33}, new int[] {2, 33, 35});
    assertSegments(JIEBA, "联系zhang.san+cv@mail.example.com.cn或www.Example.org。",
        "联系", "zhang.san+cv@mail.example.com.cn", "或", "www.Example.org", "。");
    // trailing sentence punctuation and an unbalanced bracket are not part of the URL
    assertSegments(JIEBA, "见(http://a.cn/x_(1)).", "见", "(", "http://a.cn/x_(1)", ")", ".");
    assertSegments(JIEBA, "网址ftp://files.example.com:21/a.txt,谢谢", "网址", "ftp://files.example.com:21/a.txt", ",",
        "谢谢");
    // no scheme, no www., a bare @ or a one-label domain: cut as Python jieba cuts them
    assertSegments(JIEBA, "example.com和a@b以及@用户", "example", ".", "com", "和", "a", "@", "b", "以及", "@", "用户");
    assertSegments(JIEBA, "http://", "http", ":", "/", "/");
  }

  @Test
  void urlProtectionOffCutsUrlsAsPythonJieba() {
    Segmenter python = Segmenters.create(SegmenterConfig.jieba().withProtectUrls(false));
    assertSegments(python, "访问https://www.example.com/a_b?x=1",
        "访问", "https", ":", "/", "/", "www", ".", "example", ".", "com", "/", "a", "_", "b", "?", "x", "=", "1");
  }

  @Test
  void fullWidthCharactersAreSingleTokens() {
    assertSegments(JIEBA, "ＡＢＣ公司营收增长１２％。",
        new String[] {"Ａ", "Ｂ", "Ｃ", "公司", "营收", "增长", "１", "２", "％", "。"},
        new int[] {0, 1, 2, 3, 5, 7, 9, 10, 11, 12}, new int[] {1, 2, 3, 5, 7, 9, 10, 11, 12, 13});
  }

  @Test
  void whitespaceIsDropped() {
    assertSegments(JIEBA, " 中文\t文本\r\n换行\u3000全角空格\u00a0 ",
        new String[] {"中文", "文本", "换行", "全角", "空格"},
        new int[] {1, 4, 8, 11, 13}, new int[] {3, 6, 10, 13, 15});
    assertSegments(JIEBA, " \t\r\n\u3000\u2028\u00a0");
  }

  @Test
  void surrogatePairsAreNeverSplit() {
    // U+20000 and U+20BB7 lie outside jieba's \u4E00-\u9FD5, so each is a token of its own
    assertSegments(JIEBA, "\uD840\uDC00是扩展B区的字\uD842\uDFB7野家",
        new String[] {"\uD840\uDC00", "是", "扩展", "B", "区", "的", "字", "\uD842\uDFB7", "野家"},
        new int[] {0, 2, 3, 5, 6, 7, 8, 9, 11}, new int[] {2, 3, 5, 6, 7, 8, 9, 11, 13});
    assertSegments(JIEBA, "表情\uD83D\uDE00很好", "表情", "\uD83D\uDE00", "很", "好");
    // an unpaired surrogate is one unit
    assertSegments(JIEBA, "a\uD800b\uDC00", "a", "\uD800", "b", "\uDC00");
  }

  @Test
  void emptyInput() {
    assertSegments(JIEBA, "");
    assertSegments(NO_HMM, "");
  }

  @Test
  void acceptsAnyCharSequence() {
    StringBuilder text = new StringBuilder("我来到北京清华大学");
    assertEquals(JIEBA.segment(text.toString()), JIEBA.segment(text));
    assertEquals(List.of("我", "来到", "北京", "清华大学"), JIEBA.words(text));
  }

  @Test
  void longLineOfFortyThousandChars() {
    Random random = new Random(42);
    String[] pieces = {"我们", "研究", "生命", "的", "起源", "ＡＢＣ", "iPhone15", "3.14%", "，", "。", " ", "杭研",
        "\uD840\uDC00", "长江大桥", "中华人民共和国", "x_y", "——"};
    StringBuilder text = new StringBuilder();
    while (text.length() < 40_000) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    String line = text.substring(0, 40_000);
    for (Segmenter seg : List.of(JIEBA, NO_HMM)) {
      List<Token> tokens = seg.segment(line);
      assertInvariants(line, tokens);
      assertTrue(tokens.size() > 10_000, "tokens: " + tokens.size());
    }
    String han = "研".repeat(40_000); // one HMM run over the whole line
    assertInvariants(han, JIEBA.segment(han));
  }

  @Test
  void randomTextKeepsInvariants() {
    Random random = new Random(7);
    char[] alphabet = "我们的研究生命起源长江大桥aZ09+#&._%-，。 \t\u3000\u00a0Ａ１\uD840\uDC00".toCharArray();
    for (int round = 0; round < 2_000; round++) {
      char[] text = new char[random.nextInt(60)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertInvariants(s, JIEBA.segment(s));
      assertInvariants(s, NO_HMM.segment(s));
    }
  }

  @Test
  void configIsKept() {
    SegmenterConfig config = SegmenterConfig.jieba().withHmm(false);
    assertSame(config, Segmenters.create(config).config());
    assertEquals(SegmenterConfig.jieba(), JIEBA.config());
  }

  @Test
  void segmentingAtWhitespaceGivesTheSameTokens() {
    String text = "我来到北京清华大学 他来到了网易杭研大厦\t访问https://x.cn/a\n南京市长江大桥";
    List<Token> whole = JIEBA.segment(text);
    List<Token> pieces = new java.util.ArrayList<>();
    int start = 0;
    for (String piece : text.split("(?<=\\s)")) {
      for (Token t : JIEBA.segment(piece)) {
        pieces.add(new Token(t.text(), t.start() + start, t.end() + start));
      }
      start += piece.length();
    }
    assertEquals(whole, pieces);
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> Segmenters.create(null));
    assertThrows(NullPointerException.class, () -> JIEBA.segment(null));
  }
}
