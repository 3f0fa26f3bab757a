package org.fenlei.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;

/** JSON records built straight into bytes equal the text built with {@link JsonText}, encoded to UTF-8. */
class RecordBytesTest {
  /** Characters of every kind the encoder tells apart, unpaired surrogates included. */
  private static final char[] KINDS = {'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\r', '\t', '\0', '\u001f', '\u007f',
      'é', 'ß', '\u07ff', '\u0800', '体', '育', '\u2028', '\u2029', '\ufffd', '\uffff', '\ud83d', '\ude00', '\ud800'};

  /** The escaping rule both writers share, spelt out: a change to it must show here, not only in both at once. */
  @Test
  void escapesAreTheOnesSpeltOut() {
    String s = "a\"b\\c/\n\r\t\0\u001f\u007f\u2028\u2029体";
    String expected = "\"a\\\"b\\\\c/\\n\\r\\t\\u0000\\u001f\u007f\\u2028\\u2029体\"";
    assertEquals(expected, JsonText.quote(s));
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), new JsonBytes(4).quoted(s).toArray());
  }

  private static String text(SplittableRandom r, int max) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(8) == 0) {
        sb.appendCodePoint(0x1f600 + r.nextInt(64)); // a whole pair
      } else {
        sb.append(KINDS[r.nextInt(KINDS.length)]);
      }
    }
    return sb.toString();
  }

  /** The record as RecordWriter built it before: text with JsonText, then encoded. */
  private static byte[] expected(String path, long line, List<ScoredLabel> labels) {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"path\": ").append(path == null ? "null" : JsonText.quote(path));
    sb.append(", \"line\": ").append(line > 0 ? Long.toString(line) : "null");
    sb.append(", \"labels\": [");
    for (int i = 0; i < labels.size(); i++) {
      ScoredLabel s = labels.get(i);
      sb.append(i == 0 ? "" : ", ").append("{\"label\": ").append(JsonText.quote(s.label()))
          .append(", \"score\": ").append(String.format(java.util.Locale.ROOT, "%.6f", s.score())).append('}');
    }
    return sb.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void sameBytesAsTheTextEncoded() {
    SplittableRandom r = new SplittableRandom(17);
    RecordWriter w = new RecordWriter(null, RecordWriter.Format.JSONL, false);
    double[] scores = {0, 1, 0.5, 0.9999995, 1e-7, -0.25, Double.NaN, 0.1234565, 12.0000005};
    for (int i = 0; i < 20_000; i++) {
      // a file name holds no NUL and (made from UTF-8 bytes) no unpaired surrogate; labels may hold both
      String path = i % 7 == 0 ? null : "docs/" + text(r, i % 100 == 0 ? 3000 : 20).replace('\0', '_')
          .replaceAll("[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]", "_");
      long line = i % 3 == 0 ? 0 : r.nextLong(1, Long.MAX_VALUE >> (r.nextInt(60)));
      List<ScoredLabel> labels = new ArrayList<>();
      for (int k = r.nextInt(4); k > 0; k--) {
        double s = r.nextInt(5) == 0 ? scores[r.nextInt(scores.length)] : r.nextDouble();
        labels.add(new ScoredLabel(text(r, 6), s));
      }
      Document d = new Document("id", "text", List.of(), path == null ? null : Path.of(path), line);
      byte[] want = expected(path == null ? null : Path.of(path).toString(), line, labels);
      assertArrayEquals(want, w.recordBytes(d, labels), () -> path + " " + labels);
      assertEquals(new String(want, StandardCharsets.UTF_8), w.record(d, labels));
    }
  }
}
