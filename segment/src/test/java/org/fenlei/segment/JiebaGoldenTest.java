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
 * full-width and supplementary characters). The golden files were produced by {@code jieba.lcut(input)},
 * {@code jieba.lcut(input, HMM=False)} and {@code jieba.lcut_for_search(input)} with whitespace tokens removed;
 * lines are {@code input<TAB>tokens}. URL protection is off here: Python jieba cuts URLs at their punctuation.
 */
class JiebaGoldenTest {
  private static final SegmenterConfig PYTHON = SegmenterConfig.jieba().withProtectUrls(false);

  @Test
  void matchesPythonJiebaWithHmm() throws IOException {
    assertEquals(253, assertGolden(Segmenters.create(PYTHON), "jieba_golden.txt", true));
  }

  @Test
  void matchesPythonJiebaWithoutHmm() throws IOException {
    assertEquals(253, assertGolden(Segmenters.create(PYTHON.withHmm(false)), "jieba_golden_nohmm.txt", true));
  }

  @Test
  void searchModeMatchesPythonCutForSearch() throws IOException {
    Segmenter search = Segmenters.create(PYTHON.withMode(SegmenterConfig.Mode.SEARCH));
    assertEquals(38, assertGolden(search, "jieba_search_golden.txt", false));
  }

  @Test
  void urlProtectionChangesOnlyLinesWithUrls() throws IOException {
    Segmenter python = Segmenters.create(PYTHON);
    Segmenter protecting = Segmenters.create(SegmenterConfig.jieba());
    for (String input : inputs("jieba_golden.txt")) {
      boolean url = input.contains("://") || input.contains("www.") || input.matches(".*[A-Za-z0-9]@[A-Za-z0-9].*");
      if (!url) {
        assertEquals(python.segment(input), protecting.segment(input), input);
      }
    }
  }

  private static List<String> inputs(String resource) throws IOException {
    List<String> inputs = new ArrayList<>();
    for (String line : read(resource).split("\n")) {
      int tab = line.indexOf('\t');
      if (tab >= 0) {
        inputs.add(line.substring(0, tab));
      }
    }
    return inputs;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = JiebaGoldenTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, "missing test resource " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Checks every golden line; returns the number of lines. */
  private static int assertGolden(Segmenter seg, String resource, boolean precise) throws IOException {
    String text = read(resource);
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
      if (precise) {
        SegmenterAsserts.assertInvariants(input, actual);
      } else {
        SegmenterAsserts.assertChainInvariants(input, actual, false);
      }
      List<String> words = actual.stream().map(Token::text).toList();
      if (!words.equals(expected)) {
        mismatches.add(input + "\n  python: " + expected + "\n  fenlei: " + words);
      }
      cases++;
    }
    assertEquals(List.of(), mismatches, mismatches.size() + " of " + cases + " lines differ from Python jieba");
    return cases;
  }
}
