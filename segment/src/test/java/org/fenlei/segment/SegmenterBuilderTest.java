package org.fenlei.segment;

import static org.fenlei.segment.SegmenterAsserts.assertSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

class SegmenterBuilderTest {
  private static final String TEXT = "李小福是创新办主任也是云计算方面的专家，住在南京市长江大桥";

  @Test
  void wordsAddedAndRemovedAtBuildTime(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("user.txt");
    Files.write(file, List.of("云计算", "李小福 20 nr"), StandardCharsets.UTF_8);
    SegmenterBuilder builder = Segmenters.builder().userDict(file).addWord("创新办", 3, "i").removeWord("长江大桥");
    Segmenter seg = builder.build();
    assertSegments(seg, TEXT, "李小福", "是", "创新办", "主任", "也", "是", "云计算", "方面", "的", "专家", "，", "住", "在",
        "南京市", "长江", "大桥");
    assertEquals(List.of("云计算", "李小福 20 nr", "创新办 3 i", "长江大桥 0"), seg.config().userDict());
    // the builder keeps going; what was built does not change
    builder.addWord("方面的专家");
    assertEquals(4, seg.config().userDict().size());
    assertTrue(builder.build().words(TEXT).contains("方面的专家"));
    assertTrue(!seg.words(TEXT).contains("方面的专家"));
  }

  @Test
  void configurationRecreatesTheSegmenter() {
    Segmenter built = Segmenters.builder().addWord("云计算").pos(true).mode(SegmenterConfig.Mode.SEARCH)
        .filter(Filter.defaultStopwords()).build();
    assertEquals(built.segment(TEXT), Segmenters.create(built.config()).segment(TEXT));
    assertTrue(built.segment(TEXT).stream().allMatch(t -> t.tag() != null));
  }

  @Test
  void badWordsAndMissingFilesAreNamed(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> Segmenters.builder().addWord("两个 词"));
    assertThrows(IllegalArgumentException.class, () -> Segmenters.builder().addWord(""));
    assertThrows(IllegalArgumentException.class, () -> Segmenters.builder().addWord("词", -1, null));
    assertThrows(IllegalArgumentException.class, () -> Segmenters.builder().addWord("词", 1, "NR"));
    Path missing = dir.resolve("missing.txt");
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Segmenters.builder().userDict(missing));
    assertTrue(e.getMessage().contains("missing.txt") && e.getMessage().contains("user dictionary"), e.getMessage());
  }

  @Test
  void twoSegmentersWithDifferentWordsAreIndependent() {
    Segmenter a = Segmenters.builder().addWord("云计算").build();
    Segmenter b = Segmenters.builder().removeWord("专家").build();
    Segmenter none = Segmenters.create(SegmenterConfig.jieba());
    for (int round = 0; round < 2; round++) {
      assertTrue(a.words(TEXT).contains("云计算") && a.words(TEXT).contains("专家"));
      assertTrue(!b.words(TEXT).contains("云计算") && !b.words(TEXT).contains("专家"));
      assertTrue(!none.words(TEXT).contains("云计算") && none.words(TEXT).contains("专家"));
    }
  }
}
