package org.fenlei.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50 MB line is one document, assembled in linear time (this test would take hours if it were quadratic). */
class LongLineTest {
  private static final int UNIT_REPEATS = 5_000_000; // "长文本 " is 10 UTF-8 bytes: 50 MB

  @TempDir
  Path dir;

  @Test
  void fiftyMegabyteLine() throws IOException {
    Path f = dir.resolve("long.txt");
    byte[] unit = "长文本 ".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
      out.write("__label__长\t".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < UNIT_REPEATS; i++) {
        out.write(unit);
      }
      out.write("尾\r\n__label__短 第二行".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(13L + 10L * UNIT_REPEATS + 27, Files.size(f));
    try (DocumentStream s = Corpora.open(f, Format.FASTTEXT, new ReadOptions())) {
      Document first = s.next();
      assertEquals(List.of("长"), first.labels());
      assertEquals(4 * UNIT_REPEATS + 1, first.text().length());
      assertEquals("长文本 长文本", first.text().substring(0, 7));
      assertEquals("文本 尾", first.text().substring(first.text().length() - 4));
      assertEquals(new Document("long.txt:2", "第二行", List.of("短"), f, 2), s.next());
      assertFalse(s.hasNext());
    }
  }
}
