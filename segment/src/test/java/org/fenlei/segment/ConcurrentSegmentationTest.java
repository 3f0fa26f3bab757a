package org.fenlei.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentSegmentationTest {
  private static final String[] TEXTS = {
      "我来到北京清华大学", "他来到了网易杭研大厦", "Python 3.11比3.10快了大约25%。", "ＡＢＣ公司营收增长１２％。",
      "李小福是创新办主任也是云计算方面的专家", "\uD840\uDC00是扩展B区的字", "南京市长江大桥", "研".repeat(500),
      "访问https://www.example.com/a_b?x=1获取信息"};

  @Test
  void threadsSharingOneSegmenterGetIdenticalOutput() throws Exception {
    Segmenter seg = Segmenters.create(SegmenterConfig.jieba().withUserDict(List.of("云计算", "创新办 3 i")));
    List<List<Token>> expected = new ArrayList<>();
    for (String text : TEXTS) {
      expected.add(seg.segment(text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<List<Token>>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        final int offset = t;
        Callable<List<List<Token>>> task = () -> {
          List<List<Token>> out = new ArrayList<>();
          for (int round = 0; round < 200; round++) {
            for (int i = 0; i < TEXTS.length; i++) {
              int k = (i + offset + round) % TEXTS.length;
              List<Token> tokens = seg.segment(TEXTS[k]);
              if (round == 199) {
                out.add(tokens);
              } else if (!tokens.equals(expected.get(k))) {
                throw new AssertionError("thread " + offset + " round " + round + ": " + TEXTS[k]);
              }
            }
          }
          return out;
        };
        futures.add(pool.submit(task));
      }
      for (int t = 0; t < futures.size(); t++) {
        List<List<Token>> got = futures.get(t).get();
        for (int i = 0; i < TEXTS.length; i++) {
          assertEquals(expected.get((i + t + 199) % TEXTS.length), got.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void segmentersCreatedConcurrentlyAgree() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Token>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> Segmenters.create(SegmenterConfig.jieba()).segment(TEXTS[1])));
      }
      for (Future<List<Token>> f : futures) {
        assertEquals(Segmenters.create(SegmenterConfig.jieba()).segment(TEXTS[1]), f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
