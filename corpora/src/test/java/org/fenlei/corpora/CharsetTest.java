package org.fenlei.corpora;

import static org.fenlei.corpora.TestData.doc;
import static org.fenlei.corpora.TestData.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict decoding (never U+FFFD), explicit GB18030, and detection. */
class CharsetTest {
  private static final Charset GB = Charsets.GB18030;
  private static final ReadOptions UTF8 = new ReadOptions();
  private static final ReadOptions AUTO = UTF8.withCharset(CharsetChoice.AUTO);
  private static final String CHINESE = "共同创造美好的新世纪——二○○一年新年贺词（附图片１张）";

  @TempDir
  Path dir;

  @Test
  void invalidUtf8IsAnErrorNamingFileLineAndByteOffset() {
    byte[] gbk = "第二行".getBytes(GB);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("第一行\r\n".getBytes(StandardCharsets.UTF_8)); // 9 + 2 bytes
    bytes.writeBytes(gbk);
    Path f = write(dir, "gbk.txt", bytes.toByteArray());
    CorpusException e = assertThrows(CorpusException.class, () -> Corpora.readAll(f, Format.LINES, UTF8));
    assertEquals(f + ":2: invalid UTF-8 at byte offset 11; try --charset gb18030 or auto", e.getMessage());
    assertEquals(2, e.line());
    // skipBad does not hide a wrong charset
    assertThrows(CorpusException.class, () -> Corpora.readAll(f, Format.LINES, UTF8.withSkipBad(true)));
  }

  @Test
  void invalidByteFarIntoALongFileHasItsExactOffset() {
    String line = "汉字行\n";
    int lines = 50_000; // 10 bytes a line: 500,000 bytes, several decoder buffers
    byte[] good = line.repeat(lines).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[good.length + 3];
    System.arraycopy(good, 0, all, 0, good.length);
    all[good.length] = 'x';
    all[good.length + 1] = (byte) 0xE6; // a lead byte followed by ASCII
    all[good.length + 2] = 'y';
    Path f = write(dir, "long.txt", all);
    CorpusException e = assertThrows(CorpusException.class, () -> Corpora.readAll(f, Format.LINES, UTF8));
    assertEquals(f + ":" + (lines + 1) + ": invalid UTF-8 at byte offset " + (good.length + 1)
        + "; try --charset gb18030 or auto", e.getMessage());
  }

  @Test
  void truncatedSequenceAtEndOfFileIsInvalid() {
    byte[] zhong = "中".getBytes(StandardCharsets.UTF_8);
    Path f = write(dir, "cut.txt", new byte[] {'a', '\n', zhong[0], zhong[1]});
    CorpusException e = assertThrows(CorpusException.class, () -> Corpora.readAll(f, Format.LINES, UTF8));
    assertEquals(f + ":2: invalid UTF-8 at byte offset 2; try --charset gb18030 or auto", e.getMessage());
  }

  @Test
  void gb18030ReadsGbkAndFourByteCharacters() throws IOException {
    Path f = write(dir, "gb.txt", "__label__新闻 " + CHINESE + " 𠀀€\r\n", GB);
    List<Document> expected = List.of(doc(f, 1, CHINESE + " 𠀀€", "新闻"));
    assertEquals(expected, Corpora.readAll(f, Format.FASTTEXT, UTF8.withCharset(CharsetChoice.GB18030)));
    assertEquals(expected, Corpora.readAll(f, Format.FASTTEXT, AUTO));
  }

  @Test
  void autoSaysUtf8ForUtf8WithOrWithoutBom() throws IOException {
    Path plain = write(dir, "u.txt", CHINESE + "\n");
    Path bom = write(dir, "b.txt", "\uFEFF" + CHINESE + "\n");
    assertEquals(List.of(doc(plain, 1, CHINESE)), Corpora.readAll(plain, Format.LINES, AUTO));
    assertEquals(List.of(doc(bom, 1, CHINESE)), Corpora.readAll(bom, Format.LINES, AUTO));
    assertEquals(StandardCharsets.UTF_8, Charsets.resolve(CharsetChoice.AUTO, bom));
  }

  @Test
  void autoLooksPastAPureAsciiStart() throws IOException {
    String ascii = "plain ascii line\n".repeat(10_000); // 170,000 bytes, more than the sample
    Path f = write(dir, "late.txt", ascii + CHINESE + "\n", GB);
    assertEquals(GB, Charsets.resolve(CharsetChoice.AUTO, f));
    List<Document> docs = Corpora.readAll(f, Format.LINES, AUTO);
    assertEquals(doc(f, 10_001, CHINESE), docs.get(10_000));
  }

  @Test
  void autoErrorSaysItWasDetected() {
    byte[] latin1 = "café crème brûlée\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] binary = new byte[64];
    new Random(7).nextBytes(binary);
    byte[] bytes = new byte[latin1.length + binary.length];
    System.arraycopy(latin1, 0, bytes, 0, latin1.length);
    System.arraycopy(binary, 0, bytes, latin1.length, binary.length);
    Path f = write(dir, "odd.txt", bytes);
    CorpusException e = assertThrows(CorpusException.class, () -> Corpora.readAll(f, Format.LINES, AUTO));
    assertEquals(f + ":1: invalid UTF-8 at byte offset 3 (charset auto chose UTF-8); try --charset gb18030",
        e.getMessage());
  }

  @Test
  void detectIgnoresASequenceCutAtTheEndOfTheSample() {
    byte[] utf8 = (CHINESE + CHINESE).getBytes(StandardCharsets.UTF_8);
    for (int cut = 1; cut < 40; cut++) {
      assertEquals(StandardCharsets.UTF_8, Charsets.detect(utf8, cut), "cut at " + cut);
    }
    byte[] gbk = (CHINESE + CHINESE).getBytes(GB);
    for (int cut = 5; cut < 40; cut++) {
      assertEquals(GB, Charsets.detect(gbk, cut), "cut at " + cut);
    }
  }

  @Test
  void detectAnswers() {
    assertEquals(StandardCharsets.UTF_8, Charsets.detect(new byte[0], 0));
    assertEquals(StandardCharsets.UTF_8, Charsets.detect("ascii only".getBytes(StandardCharsets.US_ASCII), 10));
    byte[] bomOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
    assertEquals(StandardCharsets.UTF_8, Charsets.detect(bomOnly, 4));
    byte[] random = new byte[4096];
    new Random(1).nextBytes(random);
    assertEquals(StandardCharsets.UTF_8, Charsets.detect(random, random.length), "binary is not GB18030");
    assertThrows(IndexOutOfBoundsException.class, () -> Charsets.detect(new byte[2], 3));
  }

  @Test
  void decoderHandlesOneByteAtATimeAndDropsTheBom() throws IOException {
    String text = "\uFEFF" + CHINESE + "\n𠀀𠀀 end";
    for (Charset cs : List.of(StandardCharsets.UTF_8, GB)) {
      for (int size : new int[] {1, 2, 3, 4096}) {
        assertEquals(text.substring(1), decodeTrickling(text.getBytes(cs), cs, size), cs + " by " + size);
      }
    }
  }

  /** Decodes bytes arriving one at a time into a buffer of {@code size} chars. */
  private static String decodeTrickling(byte[] bytes, Charset cs, int size) throws IOException {
    InputStream trickle = new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1));
      }
    };
    StringBuilder out = new StringBuilder();
    try (Reader r = new StrictDecoder(trickle, cs, false)) {
      char[] buf = new char[size];
      for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
        assertTrue(n > 0, "read returned 0");
        out.append(buf, 0, n);
      }
    }
    return out.toString();
  }

  @Test
  void pkuGbkDetectedAndEqualToTheUtf8Version() throws IOException {
    Path icwb2 = TestData.corpora().resolve("icwb2");
    Path gbk = icwb2.resolve("pku_test.txt");
    Path utf8 = icwb2.resolve("pku_test.utf8");
    assertEquals(GB, Charsets.resolve(CharsetChoice.AUTO, gbk));
    assertEquals(StandardCharsets.UTF_8, Charsets.resolve(CharsetChoice.AUTO, utf8));
    List<Document> fromGbk = Corpora.readAll(gbk, Format.LINES, AUTO);
    List<Document> fromUtf8 = Corpora.readAll(utf8, Format.LINES, AUTO);
    assertEquals(1944, fromUtf8.size());
    assertEquals(lines(fromUtf8), lines(fromGbk));
    assertEquals(fromUtf8.stream().map(Document::text).collect(Collectors.toList()),
        fromGbk.stream().map(Document::text).collect(Collectors.toList()));
    assertEquals(fromGbk, Corpora.readAll(gbk, Format.LINES, UTF8.withCharset(CharsetChoice.GB18030)));
    CorpusException e = assertThrows(CorpusException.class, () -> Corpora.readAll(gbk, Format.LINES, UTF8));
    assertEquals(1, e.line());
  }

  private static List<Long> lines(List<Document> docs) {
    return docs.stream().map(Document::line).collect(Collectors.toList());
  }
}
