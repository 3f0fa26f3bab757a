package org.fenlei.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Word F1 on the SIGHAN 2005 (icwb2) PKU test set with the default dictionary, sentence by sentence, words as
 * spans over the non-whitespace characters. Python jieba 0.42.1 scores P 0.85265, R 0.78660, F1 0.81829 here,
 * and this segmenter agrees with it token for token.
 */
class PkuF1Test {
  @Test
  void pkuWordF1() throws IOException {
    Path dir = Corpora.root().resolve("icwb2");
    Path test = dir.resolve("pku_test.utf8");
    Path gold = dir.resolve("pku_test_gold.utf8");
    assumeTrue(Files.isRegularFile(test) && Files.isRegularFile(gold), "no icwb2 corpus at " + dir);
    List<String> inputs = lines(test);
    List<String> golds = lines(gold);
    assertEquals(golds.size(), inputs.size(), "sentences in test and gold");
    Segmenter seg = Segmenters.create(SegmenterConfig.jieba());
    long correct = 0;
    long predicted = 0;
    long expected = 0;
    for (int i = 0; i < inputs.size(); i++) {
      Set<Long> goldSpans = new HashSet<>();
      int pos = 0;
      StringBuilder goldText = new StringBuilder();
      for (String word : golds.get(i).strip().split("\\s+")) {
        if (!word.isEmpty()) {
          goldSpans.add(span(pos, pos + word.length()));
          pos += word.length();
          goldText.append(word);
        }
      }
      StringBuilder ourText = new StringBuilder();
      pos = 0;
      for (Token t : seg.segment(inputs.get(i))) {
        predicted++;
        if (goldSpans.contains(span(pos, pos + t.text().length()))) {
          correct++;
        }
        pos += t.text().length();
        ourText.append(t.text());
      }
      assertEquals(goldText.toString(), ourText.toString(), "characters of sentence " + (i + 1));
      expected += goldSpans.size();
    }
    double p = (double) correct / predicted;
    double r = (double) correct / expected;
    double f1 = 2 * p * r / (p + r);
    assertTrue(f1 >= 0.80, "PKU F1 " + f1);
    assertEquals(0.85265, p, 5e-6, "precision");
    assertEquals(0.78660, r, 5e-6, "recall");
    assertEquals(0.81829, f1, 5e-6, "F1");
  }

  private static long span(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static List<String> lines(Path file) throws IOException {
    return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r?\n"));
  }
}
