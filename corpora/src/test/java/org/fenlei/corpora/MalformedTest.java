package org.fenlei.corpora;

import static org.fenlei.corpora.TestData.doc;
import static org.fenlei.corpora.TestData.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed row is an error naming file and line, or, under skipBad, a counted skip. */
class MalformedTest {
  private static final ReadOptions STRICT = new ReadOptions();
  private static final ReadOptions SKIP = STRICT.withSkipBad(true);

  @TempDir
  Path dir;

  private static CorpusException failure(Path f, Format format, ReadOptions options) {
    return assertThrows(CorpusException.class, () -> Corpora.readAll(f, format, options));
  }

  private static void assertFails(Path f, Format format, ReadOptions options, long line, String reason) {
    CorpusException e = failure(f, format, options);
    assertEquals(f, e.file());
    assertEquals(line, e.line());
    assertEquals(reason, e.reason());
    assertEquals(f + (line > 0 ? ":" + line : "") + ": " + reason, e.getMessage());
  }

  /** The documents read with skipBad, and how many rows were skipped. */
  private static List<Object> readSkipping(Path f, Format format, ReadOptions options) throws IOException {
    List<Document> docs = new ArrayList<>();
    try (DocumentStream s = Corpora.open(f, format, options.withSkipBad(true))) {
      s.forEachRemaining(docs::add);
      return List.of(docs, s.skipped());
    }
  }

  @Test
  void tsvTooFewColumns() throws IOException {
    Path f = write(dir, "x.tsv", "好\t1\n\n缺标签\n坏\t\n也好\t0\n");
    assertFails(f, Format.TSV, STRICT, 3, "expected at least 2 tab-separated columns, found 1");
    // line 4's label column is there and empty: a document without a label, not a bad row
    assertEquals(List.of(List.of(doc(f, 1, "好", "1"), doc(f, 4, "坏"), doc(f, 5, "也好", "0")), 1L),
        readSkipping(f, Format.TSV, SKIP));
  }

  @Test
  void tsvEmptyLabelPartAndEmptyText() throws IOException {
    assertFails(write(dir, "b.tsv", "x\ty\n \t1\n"), Format.TSV, STRICT, 2,
        "empty document: text column 1 is empty");
    assertFails(write(dir, "c.tsv", "t\ta||b\n"), Format.TSV, STRICT.withLabelSep("|"), 1,
        "empty label in 'a||b' (labels separated by '|')");
  }

  @Test
  void fastTextWithoutTextOrWithAnEmptyLabel() throws IOException {
    Path f = write(dir, "f.txt", "__label__a 有\n没有标签\n__label__b   \n__label__ 空\n__label__c 好\n");
    assertFails(f, Format.FASTTEXT, STRICT, 3, "empty document: labels but no text");
    // a line without a label token is a document without a label, not a bad row
    assertEquals(List.of(List.of(doc(f, 1, "有", "a"), doc(f, 2, "没有标签"), doc(f, 5, "好", "c")), 2L),
        readSkipping(f, Format.FASTTEXT, SKIP));
    assertFails(write(dir, "e.txt", "__label__ 空\n"), Format.FASTTEXT, STRICT, 1,
        "empty label: '__label__' must be followed by a label name");
    assertFails(write(dir, "g.txt", "__label__b \n"), Format.FASTTEXT, STRICT, 1,
        "empty document: labels but no text");
  }

  @Test
  void jsonMalformedNamesLineAndColumn() throws IOException {
    Path f = write(dir, "j.jsonl", "{\"text\": \"a\", \"label\": \"x\"}\r\n{\"text\": \"b\" \"label\": 1}\r\n");
    assertFails(f, Format.JSONL, STRICT, 2, "malformed JSON at column 14: unexpected '\"', expected ','");
  }

  @Test
  void jsonWrongShapes() throws IOException {
    assertFails(write(dir, "a.jsonl", "[1]\n"), Format.JSONL, STRICT, 1, "expected a JSON object, found array");
    assertFails(write(dir, "b.jsonl", "{\"txt\": \"a\"}\n"), Format.JSONL, STRICT, 1,
        "no text field \"text\" (fields: [txt])");
    assertFails(write(dir, "c.jsonl", "{\"text\": 5}\n"), Format.JSONL, STRICT, 1,
        "field \"text\" must be a string, found number");
    assertFails(write(dir, "d.jsonl", "{\"text\": \"a\", \"label\": true}\n"), Format.JSONL, STRICT, 1,
        "field \"label\" must be a string, a number or an array, found boolean");
    assertFails(write(dir, "e.jsonl", "{\"text\": \"a\", \"label\": [{}]}\n"), Format.JSONL, STRICT, 1,
        "field \"label\" must hold strings or numbers, found object");
  }

  @Test
  void jsonSkipBadCounts() throws IOException {
    Path f = write(dir, "j.jsonl", "{\"text\": \"a\"}\n{oops}\n{\"text\": \"\"}\n{\"text\": \"b\"}\n");
    assertEquals(List.of(List.of(doc(f, 1, "a"), doc(f, 4, "b")), 2L), readSkipping(f, Format.JSONL, SKIP));
  }

  @Test
  void csvUnterminatedQuoteNamesTheLineItOpenedOn() throws IOException {
    Path f = write(dir, "u.csv", "label,text\n1,好\n0,\"没有\n结束\n1,后面\n");
    assertFails(f, Format.CSV, STRICT, 3, "unterminated quoted field: the quote opened on this line never closes");
    // no resynchronising after an unterminated quote: even skipBad stops
    assertThrows(CorpusException.class, () -> readSkipping(f, Format.CSV, SKIP));
  }

  @Test
  void csvGarbageAfterClosingQuoteIsSkippable() throws IOException {
    Path f = write(dir, "g.csv", "label,text\n1,\"a\"b\n0,好\n");
    assertFails(f, Format.CSV, STRICT, 2,
        "unexpected 'b' after a closing quote (a quote inside a quoted field is written twice: \"\")");
    assertEquals(List.of(List.of(doc(f, 3, "好", "0")), 1L), readSkipping(f, Format.CSV, SKIP));
  }

  @Test
  void csvMissingColumnAndShortRecord() throws IOException {
    assertFails(write(dir, "h.csv", "label,review\n1,好\n"), Format.CSV, STRICT, 1,
        "no column \"text\" in the header [label, review]");
    Path f = write(dir, "s.csv", "label,text\n1\n\"0\",\"多行\n文本\"\n");
    assertFails(f, Format.CSV, STRICT, 2, "expected at least 2 comma-separated columns, found 1");
    assertEquals(List.of(List.of(doc(f, 3, "多行\n文本", "0")), 1L), readSkipping(f, Format.CSV, SKIP));
    assertFails(write(dir, "e.csv", ""), Format.CSV, STRICT, 0, "empty file: CSV needs a header row");
  }

  @Test
  void errorMessageLooksLikeTheDocumentedExample() throws IOException {
    Path f = write(dir, "x.tsv", "a\tb\n".repeat(16) + "only\n");
    CorpusException e = failure(f, Format.TSV, STRICT);
    assertEquals(f + ":17: expected at least 2 tab-separated columns, found 1", e.getMessage());
  }

  @Test
  void directoryForAFileFormatIsRefused() {
    IOException e = assertThrows(IOException.class, () -> Corpora.open(dir, Format.TSV, STRICT));
    assertEquals(dir + ": is a directory; format TSV reads a file (FOLDER reads a tree of files)", e.getMessage());
  }
}
