package org.fenlei.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Preset splits have the sizes in the corpora README and the peer baselines (peers.py, which read the same
 * documents); the five peer presets were also checked document by document against peers.py when written.
 */
class PresetsTest {

  /** Documents, skipped rows and distinct labels of a preset half. */
  private record Count(long docs, long skipped, int labels, long multiLabelDocs) {
  }

  private static Count count(String name, Split split) throws IOException {
    try (DocumentStream s = Presets.open(name, split, TestData.corpora())) {
      long docs = 0;
      long multi = 0;
      Set<String> labels = new HashSet<>();
      while (s.hasNext()) {
        Document d = s.next();
        assertFalse(d.text().isBlank(), d.id());
        assertFalse(d.labels().isEmpty(), d.id());
        docs++;
        multi += d.labels().size() > 1 ? 1 : 0;
        labels.addAll(d.labels());
      }
      return new Count(docs, s.skipped(), labels.size(), multi);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // name,         train docs, skipped, labels, multi, test docs, skipped, labels, multi
      "thucnews_titles, 10000,  0,  10,    0, 10000, 0,  10,   0",
      "tnews,           53360,  0,  15,    0, 10000, 0,  15,   0",
      "chnsenticorp,     9600,  0,   2,    0,  1200, 0,   2,   0",
      "mudou_spam,      10832, 40,   2,    0,  1379, 3,   2,   0",
      "duee,            11958,  0,  65, 1121,  1498, 0,  65, 151",
      "cnews1000,         800,  0,  10,    0,   200, 0,  10,   0",
      "litigation,       3632,  0,   6,    0,  1211, 0,   6,   0",
      "iflytek_few,      3024,  0, 119,    0,  1749, 0,  98,   0",
      "csldcp_few,       2036,  0,  67,    0,  1784, 0,  66,   0",
      "eprstmt_few,       160,  0,   2,    0,   610, 0,   2,   0",
      "htl,              6213,  0,   2,    0,  1552, 1,   2,   0",
      "waimai,           9590,  0,   2,    0,  2397, 0,   2,   0",
  })
  void sizes(String name, long trainDocs, long trainSkipped, int trainLabels, long trainMulti,
             long testDocs, long testSkipped, int testLabels, long testMulti) throws IOException {
    assertEquals(new Count(trainDocs, trainSkipped, trainLabels, trainMulti), count(name, Split.TRAIN));
    assertEquals(new Count(testDocs, testSkipped, testLabels, testMulti), count(name, Split.TEST));
    assertEquals(name.equals("duee"), Presets.multiLabel(name));
  }

  @Test
  void everyPresetIsCounted() {
    assertEquals(List.of("thucnews_titles", "tnews", "chnsenticorp", "mudou_spam", "duee", "cnews1000",
        "litigation", "iflytek_few", "csldcp_few", "eprstmt_few", "htl", "waimai"), Presets.names());
  }

  @Test
  void firstDocuments() throws IOException {
    Path dir = TestData.corpora();
    try (DocumentStream s = Presets.open("thucnews_titles", Split.TRAIN, dir)) {
      Path file = dir.resolve("thucnews_titles/dev.txt");
      assertEquals(new Document("dev.txt:1", "体验2D巅峰 倚天屠龙记十大创新概览", List.of("game"), file, 1), s.next());
    }
    try (DocumentStream s = Presets.open("duee", Split.TRAIN, dir)) {
      for (int i = 0; i < 9; i++) {
        s.next();
      }
      Document tenth = s.next();
      assertEquals("multi-classification-train.txt:10", tenth.id());
      assertEquals(List.of("组织关系-裁员", "组织关系-解散"), tenth.labels());
      assertTrue(tenth.text().startsWith("在硅谷镀金失败的造车新势力们"), tenth.text());
    }
    try (DocumentStream s = Presets.open("htl", Split.TEST, dir)) {
      Document first = s.next(); // data row 4 is on line 6: header, rows 0..3 on lines 2..5
      assertEquals("ChnSentiCorp_htl_all.csv:6", first.id());
      assertEquals(List.of("1"), first.labels());
    }
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Presets.open("tnewz", Split.TRAIN, Path.of(".")));
    assertEquals("unknown preset 'tnewz' (known: " + String.join(", ", Presets.names()) + ")", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Presets.multiLabel("tnewz"));
  }

  @Test
  void missingFileIsNamed(@TempDir Path empty) {
    NoSuchFileException e = assertThrows(NoSuchFileException.class,
        () -> Presets.open("tnews", Split.TEST, empty));
    assertEquals(empty.resolve("tnews_clue/dev.tsv").toString(), e.getFile());
    assertTrue(e.getMessage().contains("preset tnews needs this file"), e.getMessage());
  }
}
