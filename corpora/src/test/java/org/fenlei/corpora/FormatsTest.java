package org.fenlei.corpora;

import static org.fenlei.corpora.TestData.doc;
import static org.fenlei.corpora.TestData.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format reads back what was written: texts, labels, ids and line numbers. */
class FormatsTest {
  private static final ReadOptions DEFAULTS = new ReadOptions();

  @TempDir
  Path dir;

  @Test
  void linesSkipBlankLinesButKeepLineNumbers() throws IOException {
    Path f = write(dir, "p.txt", "第一行\n\n   \n第二 行 \r\n第三行\r第四行");
    assertEquals(List.of(doc(f, 1, "第一行"), doc(f, 4, "第二 行 "), doc(f, 5, "第三行"), doc(f, 6, "第四行")),
        Corpora.readAll(f, Format.LINES, DEFAULTS));
  }

  @Test
  void lineEndsLfCrlfAndLoneCrAllCount() throws IOException {
    Path f = write(dir, "ends.txt", "a\rb\r\nc\n\rd\r\r\ne");
    assertEquals(List.of(doc(f, 1, "a"), doc(f, 2, "b"), doc(f, 3, "c"), doc(f, 5, "d"), doc(f, 7, "e")),
        Corpora.readAll(f, Format.LINES, DEFAULTS));
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws IOException {
    Path f = write(dir, "bom.txt", "\uFEFF__label__体育 中国队 夺冠\r\n");
    assertEquals(List.of(doc(f, 1, "中国队 夺冠", "体育")), Corpora.readAll(f, Format.FASTTEXT, DEFAULTS));
  }

  @Test
  void fastTextSingleAndMultiLabelKeepInternalSpacing() throws IOException {
    Path f = write(dir, "ft.txt", "__label__a  hello   world  \n"
        + "__label__b\t__label__c 两个  标签\n"
        + "\n"
        + "__label__d text with __label__e inside\n");
    assertEquals(List.of(doc(f, 1, "hello   world", "a"), doc(f, 2, "两个  标签", "b", "c"),
        doc(f, 4, "text with __label__e inside", "d")), Corpora.readAll(f, Format.FASTTEXT, DEFAULTS));
  }

  @Test
  void fastTextPrefixIsConfigurable() throws IOException {
    Path f = write(dir, "ft.txt", "#pos #neg 好\n");
    assertEquals(List.of(doc(f, 1, "好", "pos", "neg")),
        Corpora.readAll(f, Format.FASTTEXT, DEFAULTS.withLabelPrefix("#")));
  }

  @Test
  void tsvColumnsHeaderAndMultiLabel() throws IOException {
    Path f = write(dir, "d.tsv", "label\tignored\ttext\n"
        + "体育|财经\tx\t\"不做\"引号处理\n"
        + "娱乐\ty\t第二条\t多余列\n");
    ReadOptions o = DEFAULTS.withLabelCol(1).withTextCol(3).withLabelSep("|").withHeader(true);
    assertEquals(List.of(doc(f, 2, "\"不做\"引号处理", "体育", "财经"), doc(f, 3, "第二条", "娱乐")),
        Corpora.readAll(f, Format.TSV, o));
  }

  @Test
  void tsvWithoutLabelColumnIsForPrediction() throws IOException {
    Path f = write(dir, "p.tsv", "只有文本\n有\t两列\n");
    assertEquals(List.of(doc(f, 1, "只有文本"), doc(f, 2, "有")),
        Corpora.readAll(f, Format.TSV, DEFAULTS.withLabelCol(0)));
  }

  @Test
  void csvQuotedFieldsWithCommaQuoteAndNewline() throws IOException {
    Path f = write(dir, "d.csv", "\uFEFFlabel,review\r\n"
        + "1,\"很好,非常\"\"好\"\"\r\n第二行\"\r\n"
        + "0,普通 文本\r\n"
        + "\r\n"
        + "1,\"\"\"开头引号\"\n");
    assertEquals(List.of(doc(f, 2, "很好,非常\"好\"\r\n第二行", "1"), doc(f, 4, "普通 文本", "0"),
        doc(f, 6, "\"开头引号", "1")), Corpora.readAll(f, Format.CSV, DEFAULTS.withTextColumnName("review")));
  }

  @Test
  void csvColumnsByIndexAndMultiLabel() throws IOException {
    Path f = write(dir, "d.csv", "a,b,c\nx,\"l1; l2\",文本\n");
    ReadOptions o = DEFAULTS.withTextColumnName(null).withLabelColumnName(null).withTextCol(3).withLabelCol(2)
        .withLabelSep(";");
    assertEquals(List.of(doc(f, 2, "文本", "l1", "l2")), Corpora.readAll(f, Format.CSV, o));
  }

  @Test
  void csvLabelColumnZeroMeansNoLabels() throws IOException {
    Path f = write(dir, "d.csv", "text\n\"a\nb\"\nc");
    assertEquals(List.of(doc(f, 2, "a\nb"), doc(f, 4, "c")),
        Corpora.readAll(f, Format.CSV, DEFAULTS.withLabelCol(0)));
  }

  @Test
  void jsonlEscapesSurrogatePairsAndLabelKinds() throws IOException {
    Path f = write(dir, "d.jsonl", "{\"text\": \"tab\\there \\\"q\\\" \\\\ \\/ \\u4e2d\\u6587 \\ud840\\udc00 𠀀\","
        + " \"label\": \"a\"}\r\n"
        + "{\"label\": [\"x\", 7], \"text\": \"多标签\", \"extra\": {\"n\": [1, -2.5e3, true, null]}}\r\n"
        + "{\"text\": \"数字标签\", \"label\": 10}\r\n"
        + "{\"text\": \"无标签\"}\r\n"
        + "{\"text\": \"空标签\", \"label\": null}\r\n");
    assertEquals(List.of(doc(f, 1, "tab\there \"q\" \\ / 中文 \uD840\uDC00 \uD840\uDC00", "a"),
        doc(f, 2, "多标签", "x", "7"), doc(f, 3, "数字标签", "10"), doc(f, 4, "无标签"), doc(f, 5, "空标签")),
        Corpora.readAll(f, Format.JSONL, DEFAULTS));
  }

  @Test
  void jsonlFieldNamesAreConfigurable() throws IOException {
    Path f = write(dir, "d.json", "{\"label\": 10, \"label_des\": \"社区服务\", \"sentence\": \"邻里\"}\n");
    assertEquals(List.of(doc(f, 1, "邻里", "社区服务")),
        Corpora.readAll(f, Format.JSONL, DEFAULTS.withTextField("sentence").withLabelField("label_des")));
  }

  @Test
  void streamFromInputStreamHasNoPath() throws IOException {
    byte[] bytes = "__label__a 文本\n".getBytes(StandardCharsets.UTF_8);
    try (DocumentStream s = Corpora.open(new ByteArrayInputStream(bytes), Format.FASTTEXT, DEFAULTS)) {
      assertEquals(new Document("<stdin>:1", "文本", List.of("a"), null, 1), s.next());
      assertFalse(s.hasNext());
      assertThrows(NoSuchElementException.class, s::next);
    }
  }

  @Test
  void streamReadsLazilyAndTwiceGivesTheSame() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      sb.append("__label__").append(i % 7).append(" 文档 ").append(i).append('\n');
    }
    Path f = write(dir, "big.txt", sb.toString());
    List<Document> first = new ArrayList<>();
    try (DocumentStream s = Corpora.open(f, Format.FASTTEXT, DEFAULTS)) {
      s.forEachRemaining(first::add);
      assertEquals(0, s.skipped());
    }
    assertEquals(100_000, first.size());
    assertEquals(doc(f, 99_999, "文档 99998", "3"), first.get(99_998));
    assertEquals(first, Corpora.readAll(f, Format.FASTTEXT, DEFAULTS));
  }

  @Test
  void formatAndCharsetNamesParse() {
    assertEquals(Format.JSONL, Format.parse("JsonL"));
    assertEquals(CharsetChoice.GB18030, CharsetChoice.parse("GBK"));
    assertEquals(CharsetChoice.UTF_8, CharsetChoice.parse("utf8"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parse("xml"));
    assertEquals("unknown format 'xml' (known: lines, fasttext, tsv, csv, jsonl, folder)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CharsetChoice.parse("latin1"));
  }
}
