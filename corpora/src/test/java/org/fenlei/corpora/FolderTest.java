package org.fenlei.corpora;

import static org.fenlei.corpora.TestData.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FOLDER: one document a file, labelled by the first-level directory, in sorted order, read lazily. */
class FolderTest {
  private static final ReadOptions STRICT = new ReadOptions();

  @TempDir
  Path dir;

  private Document doc(String id, String text, String... labels) {
    return new Document(id, text, List.of(labels), dir.resolve(id), 0);
  }

  @Test
  void labelsIdsOrderAndHiddenFiles() throws IOException {
    write(dir, "财经/c.txt", "股市 上涨\n");
    write(dir, "体育/sub/b.txt", "\uFEFF  篮球\r\n比赛  \r\n");
    write(dir, "体育/a.txt", "足球");
    write(dir, "root.txt", "没有标签");
    write(dir, ".hidden", "x");
    write(dir, "体育/.DS_Store", "x");
    write(dir, ".git/objects/y", "x");
    assertEquals(List.of(doc("root.txt", "没有标签"), doc("体育/a.txt", "足球", "体育"),
        doc("体育/sub/b.txt", "篮球\r\n比赛", "体育"), doc("财经/c.txt", "股市 上涨", "财经")),
        Corpora.readAll(dir, Format.FOLDER, STRICT));
  }

  @Test
  void binaryAndEmptyFilesAreErrorsOrCountedSkips() throws IOException {
    write(dir, "a/1.txt", "好");
    Path binary = write(dir, "a/2.bin", new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
    Path empty = write(dir, "b/3.txt", " \r\n\t");
    write(dir, "b/4.txt", "也好");
    CorpusException e = assertThrows(CorpusException.class, () -> Corpora.readAll(dir, Format.FOLDER, STRICT));
    assertEquals(binary + ": binary file (NUL byte at offset 4), not a text document", e.getMessage());
    assertEquals(binary, e.file());
    List<Document> docs = new ArrayList<>();
    try (DocumentStream s = Corpora.open(dir, Format.FOLDER, STRICT.withSkipBad(true))) {
      s.forEachRemaining(docs::add);
      assertEquals(2, s.skipped());
    }
    assertEquals(List.of(doc("a/1.txt", "好", "a"), doc("b/4.txt", "也好", "b")), docs);
    write(dir, "a/2.bin", "ok");
    e = assertThrows(CorpusException.class, () -> Corpora.readAll(dir, Format.FOLDER, STRICT));
    assertEquals(empty + ": empty document: the file has no text", e.getMessage());
  }

  @Test
  void invalidBytesNameTheFileAndLine() {
    byte[] gbk = "第一行\n第二行".getBytes(Charsets.GB18030);
    Path f = write(dir, "x/gbk.txt", gbk);
    CorpusException e = assertThrows(CorpusException.class, () -> Corpora.readAll(dir, Format.FOLDER, STRICT));
    assertEquals(f + ":1: invalid UTF-8 at byte offset 0; try --charset gb18030 or auto", e.getMessage());
    byte[] mixed = ("第一行\r\n第二行\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[mixed.length + gbk.length];
    System.arraycopy(mixed, 0, bad, 0, mixed.length);
    System.arraycopy(gbk, 0, bad, mixed.length, gbk.length);
    write(dir, "x/gbk.txt", bad);
    e = assertThrows(CorpusException.class, () -> Corpora.readAll(dir, Format.FOLDER, STRICT));
    assertEquals(f + ":3: invalid UTF-8 at byte offset " + mixed.length + "; try --charset gb18030 or auto",
        e.getMessage());
  }

  @Test
  void autoDetectsEachFile() throws IOException {
    write(dir, "x/gbk.txt", "国标编码".getBytes(Charsets.GB18030));
    write(dir, "x/utf8.txt", "统一码");
    assertEquals(List.of(doc("x/gbk.txt", "国标编码", "x"), doc("x/utf8.txt", "统一码", "x")),
        Corpora.readAll(dir, Format.FOLDER, STRICT.withCharset(CharsetChoice.AUTO)));
  }

  @Test
  void filesAreReadOnlyWhenReached() throws IOException {
    write(dir, "a.txt", "一");
    write(dir, "b.txt", "二");
    try (DocumentStream s = Corpora.open(dir, Format.FOLDER, STRICT)) {
      assertEquals(doc("a.txt", "一"), s.next());
      write(dir, "b.txt", "改过的二");
      assertEquals(doc("b.txt", "改过的二"), s.next());
    }
  }

  @Test
  void missingFolderOrAFile() {
    assertThrows(NoSuchFileException.class, () -> Corpora.open(dir.resolve("nope"), Format.FOLDER, STRICT));
    Path file = write(dir, "f.txt", "x");
    assertThrows(NotDirectoryException.class, () -> Corpora.open(file, Format.FOLDER, STRICT));
    assertThrows(NoSuchFileException.class, () -> Corpora.open(dir.resolve("no.tsv"), Format.TSV, STRICT));
  }
}
