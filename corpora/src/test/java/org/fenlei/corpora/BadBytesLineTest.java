package org.fenlei.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invalid bytes are reported on the line they are on, however far the decoder reads ahead of the line reader:
 * early lines, a line past many decoder buffers, and lines beside one longer than a buffer; for every reader
 * built on lines ({@link TextLines}, the line formats, CSV) and for UTF-8 and GB18030.
 */
class BadBytesLineTest {
  private static final Charset GB = Charsets.GB18030;
  /** A line longer than the decoder's and the line reader's 64 K buffers. */
  private static final String LONG = "长".repeat(70_000);

  @TempDir
  Path dir;

  /** A file of {@code lines} lines whose line {@code bad} holds an invalid byte, and that byte's offset. */
  private record Input(Path file, long offset) {}

  private Input write(Charset cs, int lines, int bad, int longLine) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long offset = -1;
    for (int i = 1; i <= lines; i++) {
      String text = i == longLine ? LONG : "第" + i + "行文字,汉字";
      bytes.writeBytes(text.getBytes(cs));
      if (i == bad) {
        offset = bytes.size();
        bytes.write(0xFF); // invalid in UTF-8 and in GB18030
        bytes.writeBytes("尾".getBytes(cs));
      }
      bytes.writeBytes(i % 3 == 0 ? "\r\n".getBytes(cs) : "\n".getBytes(cs));
    }
    return new Input(TestData.write(dir, "in-" + bad + "-" + longLine + ".txt", bytes.toByteArray()), offset);
  }

  private static String expected(Input in, int line, Charset cs, boolean auto) {
    boolean utf8 = cs.equals(StandardCharsets.UTF_8);
    String name = utf8 ? "UTF-8" : "GB18030";
    String other = utf8 ? "gb18030" : "utf-8";
    return in.file() + ":" + line + ": invalid " + name + " at byte offset " + in.offset()
        + (auto ? " (charset auto chose " + name + "); try --charset " + other
                : "; try --charset " + other + " or auto");
  }

  private static CharsetChoice choice(Charset cs) {
    return cs.equals(StandardCharsets.UTF_8) ? CharsetChoice.UTF_8 : CharsetChoice.GB18030;
  }

  /** Reads every line of {@code file} with {@link TextLines}, expecting the error. */
  private static CorpusException readLines(Path file, CharsetChoice choice) {
    return assertThrows(CorpusException.class, () -> {
      try (TextLines lines = TextLines.open(file, choice)) {
        while (lines.readLine() != null) {
          // all of them
        }
      }
    });
  }

  private void check(Charset cs, int lines, int bad, int longLine) {
    Input in = write(cs, lines, bad, longLine);
    String what = cs + ", bad line " + bad + " of " + lines + ", long line " + longLine;
    String message = expected(in, bad, cs, false);
    assertEquals(message, readLines(in.file(), choice(cs)).getMessage(), "TextLines: " + what);
    ReadOptions options = new ReadOptions().withCharset(choice(cs)).withSkipBad(true)
        .withTextColumnName(null).withLabelColumnName(null); // CSV: columns 1 and 2 under any header
    CorpusException e = assertThrows(CorpusException.class, () -> Corpora.readAll(in.file(), Format.CSV, options));
    assertEquals(message, e.getMessage(), "CSV: " + what);
    assertEquals(bad, e.line());
    // lines: skipBad skips the line and names it (a CSV record cannot be resynchronised)
    try (DocumentStream docs = Corpora.open(in.file(), Format.LINES, options)) {
      docs.forEachRemaining(d -> { });
      assertEquals(1, docs.skipped(), what);
      assertEquals(bad, docs.skippedExamples().get(0).line(), what);
      assertEquals(in.file() + ":" + bad + ": invalid " + (cs.equals(StandardCharsets.UTF_8) ? "UTF-8" : cs.name())
          + " bytes in the line", docs.skippedExamples().get(0).getMessage(), what);
    } catch (java.io.IOException x) {
      throw new java.io.UncheckedIOException(x);
    }
    assertThrows(CorpusException.class, () -> Corpora.readAll(in.file(), Format.LINES, options.withSkipBad(false)));
  }

  @Test
  void badBytesAreOnTheirOwnLineInUtf8() {
    for (int bad : new int[] {1, 5}) {
      check(StandardCharsets.UTF_8, 10, bad, 0);
    }
    check(StandardCharsets.UTF_8, 100_001, 100_001, 0);
    check(StandardCharsets.UTF_8, 100_010, 100_001, 0);
  }

  @Test
  void badBytesAreOnTheirOwnLineInGb18030() {
    for (int bad : new int[] {1, 5}) {
      check(GB, 10, bad, 0);
    }
    check(GB, 100_001, 100_001, 0);
    check(GB, 100_010, 100_001, 0);
  }

  @Test
  void badBytesBesideALineLongerThanTheBuffers() {
    for (Charset cs : List.of(StandardCharsets.UTF_8, GB)) {
      check(cs, 5, 2, 1); // just after the long line
      check(cs, 5, 3, 2); // on the line after it
      check(cs, 5, 2, 2); // at the end of the long line itself
    }
  }

  @Test
  void detectionOnDoesNotAdviseIt() {
    Input gb = write(GB, 20_000, 19_000, 0); // the bad byte far past detection's sample
    assertEquals(expected(gb, 19_000, GB, true), readLines(gb.file(), CharsetChoice.AUTO).getMessage());
    CorpusException e = assertThrows(CorpusException.class,
        () -> Corpora.readAll(gb.file(), Format.LINES, new ReadOptions().withCharset(CharsetChoice.AUTO)));
    assertEquals(expected(gb, 19_000, GB, true), e.getMessage());
    Input utf8 = write(StandardCharsets.UTF_8, 20_000, 19_000, 0);
    assertEquals(expected(utf8, 19_000, StandardCharsets.UTF_8, true),
        readLines(utf8.file(), CharsetChoice.AUTO).getMessage());
  }

  @Test
  void textLinesGivesEveryLineAndItsNumber() throws IOException {
    byte[] bytes = "\uFEFF一\n\n  \r\n二\r三".getBytes(StandardCharsets.UTF_8);
    try (TextLines lines = TextLines.open(new ByteArrayInputStream(bytes), CharsetChoice.AUTO)) {
      assertEquals(0, lines.lineNumber());
      List<String> all = new ArrayList<>();
      for (String line; (line = lines.readLine()) != null; ) {
        all.add(line);
        assertEquals(all.size(), lines.lineNumber());
      }
      assertEquals(List.of("一", "", "  ", "二", "三"), all);
      assertEquals(StandardCharsets.UTF_8, lines.charset());
      assertNull(lines.readLine());
    }
    byte[] gbk = "第一行\n第二\u00FF行".getBytes(GB);
    try (TextLines lines = TextLines.open(new ByteArrayInputStream(gbk), CharsetChoice.AUTO)) {
      assertEquals(GB, lines.charset());
    }
    byte[] bad = {'a', '\n', 'b', '\n', (byte) 0xFF};
    try (TextLines lines = TextLines.open(new ByteArrayInputStream(bad), CharsetChoice.UTF_8)) {
      CorpusException e = assertThrows(CorpusException.class, () -> {
        while (lines.readLine() != null) {
          // all of them
        }
      });
      assertEquals("<stdin>:3: invalid UTF-8 at byte offset 4; try --charset gb18030 or auto", e.getMessage());
    }
    assertThrows(java.nio.file.FileSystemException.class, () -> TextLines.open(dir, CharsetChoice.UTF_8));
  }
}
