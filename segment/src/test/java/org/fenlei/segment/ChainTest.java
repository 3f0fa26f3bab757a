package org.fenlei.segment;

import static org.fenlei.segment.SegmenterAsserts.assertChainInvariants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Whole chains (folds, cutters, search mode, tags, filters) on hostile input and from many threads. */
class ChainTest {
  static final List<Filter> ALL_FILTERS = List.of(Filter.fullWidth(), Filter.traditionalToSimplified(),
      Filter.lowerCase(), Filter.defaultStopwords(), Filter.dropTags("x"), Filter.minLength(1));
  static final List<SegmenterConfig> CONFIGS = List.of(
      SegmenterConfig.jieba(),
      SegmenterConfig.jieba().withHmm(false).withMode(SegmenterConfig.Mode.SEARCH),
      SegmenterConfig.jieba().withMode(SegmenterConfig.Mode.SEARCH).withPos(true).withFilters(ALL_FILTERS)
          .withUserDict(List.of("云计算", "创新办 3 i", "长江大桥 0")),
      SegmenterConfig.smartcn().withPos(true).withFilters(ALL_FILTERS));
  private static final String[] PIECES = {"我们", "研究", "生命", "的", "起源", "ＡＢＣ", "iPhone15", "3.14%", "，", "。", " ",
      "杭研", "\uD840\uDC00", "\uD83D\uDE00", "長江大橋", "中华人民共和国", "x_y", "——", "https://a.cn/x?y=1", "a@b.cn",
      "\u3000", "\t", "１２％", "\uD800", "\uDC00", "云计算"};

  private static boolean ordered(SegmenterConfig c) {
    return c.mode() == SegmenterConfig.Mode.PRECISE;
  }

  @Test
  void emptyAndBlankInput() {
    for (SegmenterConfig c : CONFIGS) {
      Segmenter seg = Segmenters.create(c);
      assertEquals(List.of(), seg.segment(""), c.toString());
      assertEquals(List.of(), seg.segment(" \t\r\n\u3000\u00A0"), c.toString());
    }
  }

  @Test
  void fullWidthAndSupplementaryCharacters() {
    Segmenter seg = Segmenters.create(SegmenterConfig.jieba().withFilters(List.of(Filter.fullWidth())));
    List<Token> tokens = seg.segment("ＡＢＣ\uD840\uDC00ｉＰｈｏｎｅ１５\uD83D\uDE00");
    assertEquals(List.of(new Token("ABC", 0, 3), new Token("\uD840\uDC00", 3, 5), new Token("iPhone15", 5, 13),
        new Token("\uD83D\uDE00", 13, 15)), tokens);
  }

  @Test
  void fortyThousandCharacterLine() {
    String line = randomText(new Random(42), 40_000);
    for (SegmenterConfig c : CONFIGS) {
      List<Token> tokens = Segmenters.create(c).segment(line);
      assertChainInvariants(line, tokens, ordered(c));
      assertTrue(tokens.size() > 5_000, c + ": " + tokens.size());
    }
    String han = "研".repeat(40_000);
    for (SegmenterConfig c : CONFIGS) {
      assertChainInvariants(han, Segmenters.create(c).segment(han), ordered(c));
    }
  }

  @Test
  void randomTextKeepsInvariants() {
    Random random = new Random(7);
    List<Segmenter> segs = CONFIGS.stream().map(Segmenters::create).toList();
    for (int round = 0; round < 500; round++) {
      String s = randomText(random, random.nextInt(80));
      for (Segmenter seg : segs) {
        List<Token> tokens = seg.segment(s);
        assertChainInvariants(s, tokens, ordered(seg.config()));
        assertEquals(tokens, seg.segment(s));
      }
    }
  }

  @Test
  void threadsSharingChainsGetIdenticalOutput() throws Exception {
    List<Segmenter> segs = CONFIGS.stream().map(Segmenters::create).toList();
    Random random = new Random(3);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add(randomText(random, 200));
    }
    List<List<List<Token>>> expected = new ArrayList<>();
    for (Segmenter seg : segs) {
      expected.add(texts.stream().map(seg::segment).toList());
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          for (int round = 0; round < 20; round++) {
            for (int i = 0; i < texts.size(); i++) {
              int k = (i + offset + round) % texts.size();
              int s = (k + offset) % segs.size();
              assertEquals(expected.get(s).get(k), segs.get(s).segment(texts.get(k)));
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    String s = text.substring(0, length);
    return s.isEmpty() || !Character.isHighSurrogate(s.charAt(s.length() - 1)) ? s : s.substring(0, s.length() - 1);
  }
}
