package org.fenlei.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agreement with Python jieba 0.42.1 on hand-written sentences (mixed Chinese, Latin, digits, URLs, punctuation,
 * full-width and supplementary characters). The golden files were produced by {@code jieba.lcut(input)} and
 * {@code jieba.lcut(input, HMM=False)} with whitespace tokens removed; lines are {@code input<TAB>tokens}.
 */
class JiebaGoldenTest {
  @Test
  void matchesPythonJiebaWithHmm() throws IOException {
    assertGolden(Segmenters.create(SegmenterConfig.jieba()), "jieba_golden.txt");
  }

  @Test
  void matchesPythonJiebaWithoutHmm() throws IOException {
    assertGolden(Segmenters.create(SegmenterConfig.jieba().withHmm(false)), "jieba_golden_nohmm.txt");
  }

  private static void assertGolden(Segmenter seg, String resource) throws IOException {
    String text;
    try (InputStream in = JiebaGoldenTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, "missing test resource " + resource);
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> mismatches = new ArrayList<>();
    int cases = 0;
    for (String line : text.split("\n")) {
      int tab = line.indexOf('\t');
      if (line.isEmpty() || (tab < 0 && line.startsWith("#"))) { // comments have no TAB; inputs may start with #
        continue;
      }
      assertTrue(tab >= 0, "no TAB in golden line: " + line);
      String input = line.substring(0, tab);
      String tokens = line.substring(tab + 1);
      List<String> expected = tokens.isEmpty() ? List.of() : Arrays.asList(tokens.split(" "));
      List<Token> actual = seg.segment(input);
      SegmenterAsserts.assertInvariants(input, actual);
      List<String> words = actual.stream().map(Token::text).toList();
      if (!words.equals(expected)) {
        mismatches.add(input + "\n  python: " + expected + "\n  fenlei: " + words);
      }
      cases++;
    }
    assertEquals(253, cases, "golden cases");
    assertEquals(List.of(), mismatches, mismatches.size() + " of " + cases + " lines differ from Python jieba");
  }
}
