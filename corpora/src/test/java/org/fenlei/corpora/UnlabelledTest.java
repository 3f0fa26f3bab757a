package org.fenlei.corpora;

import static org.fenlei.corpora.TestData.doc;
import static org.fenlei.corpora.TestData.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader gives a document without a label an empty label set (multi-label tasks take it as a negative for
 * every label; whether the task allows it is decided where the documents are used), while a malformed label
 * stays an error.
 */
class UnlabelledTest {
  private static final ReadOptions STRICT = new ReadOptions();

  @TempDir
  Path dir;

  @Test
  void fastTextLineWithoutALabelToken() throws IOException {
    Path f = write(dir, "ft.txt", "__label__a __label__b 两个标签\n  没有标签的句子  \n__label__c 一个\n");
    assertEquals(List.of(doc(f, 1, "两个标签", "a", "b"), doc(f, 2, "没有标签的句子"), doc(f, 3, "一个", "c")),
        Corpora.readAll(f, Format.FASTTEXT, STRICT));
  }

  @Test
  void jsonlEmptyArrayEmptyStringNullOrAbsent() throws IOException {
    Path f = write(dir, "d.jsonl", "{\"text\": \"甲\", \"label\": []}\n{\"text\": \"乙\", \"label\": \"\"}\n"
        + "{\"text\": \"丙\", \"label\": null}\n{\"text\": \"丁\"}\n{\"text\": \"戊\", \"label\": [\"x\", \"y\"]}\n"
        + "{\"text\": \"己\", \"label\": \"  \"}\n");
    assertEquals(List.of(doc(f, 1, "甲"), doc(f, 2, "乙"), doc(f, 3, "丙"), doc(f, 4, "丁"), doc(f, 5, "戊", "x", "y"),
        doc(f, 6, "己")), Corpora.readAll(f, Format.JSONL, STRICT));
    // an empty label inside an array is still malformed: it is not "no label"
    CorpusException e = assertThrows(CorpusException.class, () -> Corpora.readAll(
        write(dir, "e.jsonl", "{\"text\": \"甲\", \"label\": [\"x\", \"\"]}\n"), Format.JSONL, STRICT));
    assertEquals("empty label in field \"label\"", e.reason());
  }

  @Test
  void tsvEmptyLabelColumn() throws IOException {
    Path f = write(dir, "d.tsv", "有标签\tx\n无标签\t\n空白\t  \n多标签\tx|y\n");
    assertEquals(List.of(doc(f, 1, "有标签", "x"), doc(f, 2, "无标签"), doc(f, 3, "空白"), doc(f, 4, "多标签", "x|y")),
        Corpora.readAll(f, Format.TSV, STRICT));
    assertEquals(List.of(doc(f, 1, "有标签", "x"), doc(f, 2, "无标签"), doc(f, 3, "空白"), doc(f, 4, "多标签", "x", "y")),
        Corpora.readAll(f, Format.TSV, STRICT.withLabelSep("|")));
    // a missing label column is a short row, and an empty part among labels is malformed
    CorpusException shortRow = assertThrows(CorpusException.class,
        () -> Corpora.readAll(write(dir, "s.tsv", "无制表符\n"), Format.TSV, STRICT));
    assertEquals(1, shortRow.line());
    CorpusException part = assertThrows(CorpusException.class,
        () -> Corpora.readAll(write(dir, "p.tsv", "t\ta||b\n"), Format.TSV, STRICT.withLabelSep("|")));
    assertEquals("empty label in 'a||b' (labels separated by '|')", part.reason());
  }

  @Test
  void csvEmptyLabelField() throws IOException {
    Path f = write(dir, "d.csv", "label,text\nx,有标签\n,无标签\n\"\",引号里为空\n\"x;y\",多标签\n");
    assertEquals(List.of(doc(f, 2, "有标签", "x"), doc(f, 3, "无标签"), doc(f, 4, "引号里为空"), doc(f, 5, "多标签", "x", "y")),
        Corpora.readAll(f, Format.CSV, STRICT.withLabelSep(";")));
  }

  @Test
  void folderFileOutsideAnyLabelFolder() throws IOException {
    write(dir, "x/a.txt", "有标签");
    write(dir, "b.txt", "无标签");
    assertEquals(List.of(new Document("b.txt", "无标签", List.of(), dir.resolve("b.txt"), 0),
        new Document("x/a.txt", "有标签", List.of("x"), dir.resolve("x/a.txt"), 0)),
        Corpora.readAll(dir, Format.FOLDER, STRICT));
  }
}
