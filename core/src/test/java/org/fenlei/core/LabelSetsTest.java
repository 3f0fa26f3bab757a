package org.fenlei.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.fenlei.corpora.Corpora;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.Format;
import org.fenlei.corpora.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents without labels, as every reader gives them: accepted by a multi-label task, refused by a multi-class
 * one with a message naming the file and line and pointing to {@code --multi-label}, and a corpus with no
 * labelled document refused whatever the task.
 */
class LabelSetsTest {
  @TempDir
  Path dir;

  private List<Document> read(String name, String content, Format format, ReadOptions options) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return Corpora.readAll(format == Format.FOLDER ? dir.resolve("folder") : f, format, options);
  }

  /** The document at {@code line} (1-based) of {@code file} is refused in a multi-class task, accepted otherwise. */
  private void refusedOnlyInMultiClass(List<Document> docs, String where) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LabelSets.check(docs, false, "training"));
    assertEquals(where + ": training document has no label; a multi-class task needs one label a document (for "
        + "multi-label data, where a document may have none and counts as a negative for every label, train with "
        + "--multi-label)", e.getMessage());
    assertDoesNotThrow(() -> LabelSets.check(docs, true, "training"));
    assertTrue(LabelSets.anyUnlabelled(docs));
  }

  @Test
  void everyReaderGivesAnUnlabelledDocumentAMultiClassTaskRefuses() throws IOException {
    ReadOptions o = new ReadOptions();
    refusedOnlyInMultiClass(read("a.txt", "__label__x 有\n没有标签\n", Format.FASTTEXT, o), dir.resolve("a.txt") + ":2");
    refusedOnlyInMultiClass(read("b.jsonl", "{\"text\": \"有\", \"label\": \"x\"}\n{\"text\": \"无\", \"label\": []}\n",
        Format.JSONL, o), dir.resolve("b.jsonl") + ":2");
    refusedOnlyInMultiClass(read("c.tsv", "有\tx\n无\t\n", Format.TSV, o), dir.resolve("c.tsv") + ":2");
    refusedOnlyInMultiClass(read("d.csv", "text,label\n有,x\n无,\n", Format.CSV, o), dir.resolve("d.csv") + ":3");
    read("folder/x/a.txt", "有", Format.FOLDER, o);
    refusedOnlyInMultiClass(read("folder/b.txt", "无", Format.FOLDER, o), dir.resolve("folder/b.txt").toString());
  }

  @Test
  void inMemoryDocumentsAreNamedByTheirId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LabelSets.check(List.of(Document.of("有", "x"), Document.of("没有")), false, "test"));
    assertTrue(e.getMessage().startsWith("\"没有\": test document has no label;"), e.getMessage());
  }

  @Test
  void noLabelledDocumentIsRefusedInEveryTask() {
    List<Document> none = List.of(Document.of("甲"), Document.of("乙"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LabelSets.check(none, true, "training"));
    assertTrue(e.getMessage().startsWith("none of the 2 training documents has a label"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LabelSets.check(none, false, "training"));
    assertDoesNotThrow(() -> LabelSets.check(List.of(), true, "dev"));
  }

  @Test
  void multiLabelWhenAskedOrWhenADocumentHasTwoLabels() {
    List<Document> single = List.of(Document.of("甲", "x"), Document.of("乙"));
    assertFalse(LabelSets.multiLabel(single, false));
    assertTrue(LabelSets.multiLabel(single, true));
    assertTrue(LabelSets.multiLabel(List.of(Document.of("甲", "x", "y"), Document.of("乙")), false));
    assertFalse(LabelSets.anyUnlabelled(List.of(Document.of("甲", "x"))));
  }

  @Test
  void trainingRefusesBeforeAnyWorkIsDone() {
    int before = CountingTrainer.TRAININGS.get();
    List<Document> docs = List.of(Document.of("甲", "x"), Document.of("乙", "y"), Document.of("丙"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Classifiers.train("fixed-test",
        docs));
    assertTrue(e.getMessage().startsWith("\"丙\": training document has no label;"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Classifiers.builder("fixed-test").multiLabel(true)
        .train(List.of(Document.of("甲"), Document.of("乙"))));
    assertTrue(e.getMessage().startsWith("none of the 2 training documents"), e.getMessage());
    // a dev document without a label in a multi-class task is refused too
    e = assertThrows(IllegalArgumentException.class, () -> Classifiers.builder("fixed-test")
        .dev(List.of(Document.of("丁"))).train(docs.subList(0, 2)));
    assertTrue(e.getMessage().startsWith("\"丁\": dev document has no label;"), e.getMessage());
    assertEquals(before, CountingTrainer.TRAININGS.get());
  }

  @Test
  void textsWithBlankLabelsAreUnlabelledOnlyInAMultiLabelTask() {
    List<String> texts = Arrays.asList("甲", "乙", "丙");
    List<String> labels = Arrays.asList("x", " ", "y");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Classifiers.builder("fixed-test").train(texts, labels));
    assertTrue(e.getMessage().startsWith("text 2 has no label"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Classifiers.builder("fixed-test").multiLabel(true)
        .train(texts, Arrays.asList(null, "", " ")));
    assertTrue(e.getMessage().startsWith("none of the 3 training documents"), e.getMessage());
  }
}
