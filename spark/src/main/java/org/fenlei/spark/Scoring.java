package org.fenlei.spark;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.fenlei.core.Prediction;
import org.fenlei.core.RecordWriter;
import org.fenlei.corpora.CharsetChoice;
import org.fenlei.corpora.Charsets;
import org.fenlei.corpora.CorpusException;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.TextFiles;
import scala.collection.JavaConverters;

/**
 * A partition of {@link Doc}s in, a partition of result rows out (same order): each document decoded and checked
 * as {@code fenlei classify} does it, classified, and turned into its JSON-lines record, or into an error record.
 */
final class Scoring implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** The result rows: the document's name, its decided labels, its classify record, or its error record. */
  static final StructType SCHEMA = new StructType()
      .add("path", DataTypes.StringType, true)
      .add("line", DataTypes.LongType, true)
      .add("labels", RowScorer.LABELS, true)
      .add("record", DataTypes.StringType, true)
      .add("error", DataTypes.StringType, true);

  private final RowScorer scorer;
  private final CharsetChoice charset;
  private final String jsonField;

  /**
   * @param jsonField the text field of JSON lines, or null when lines are the text
   */
  Scoring(RowScorer scorer, CharsetChoice charset, String jsonField) {
    this.scorer = scorer;
    this.charset = charset;
    this.jsonField = jsonField;
  }

  Iterator<Row> partition(Iterator<Doc> docs) {
    RecordWriter records = new RecordWriter(null, RecordWriter.Format.JSONL, false);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public Row next() {
        return row(docs.next(), records);
      }
    };
  }

  private Row row(Doc d, RecordWriter records) {
    Long line = d.line() > 0 ? d.line() : null;
    String text;
    try {
      text = text(d);
    } catch (CorpusException e) {
      return error(d, line, e.reasonFor(d.line()));
    }
    if (text == null) {
      return error(d, line, d.problem());
    }
    Prediction p;
    try {
      p = scorer.predict(text);
    } catch (RuntimeException e) {
      return error(d, line, "cannot classify: " + e);
    }
    Document doc = new Document(d.path() + ":" + d.line(), text, List.of(), Path.of(d.path()), d.line());
    String record = records.record(doc, p.labels());
    return RowFactory.create(d.path(), line, JavaConverters.asScalaBuffer(RowScorer.labelRows(p.labels())),
        record.substring(0, record.length() - 1), null);
  }

  /** The document's text, checked as classify checks it; null when the document came with a problem. */
  private String text(Doc d) {
    if (d.problem() != null) {
      return null;
    }
    Path file = Path.of(d.path());
    if (d.text() != null) {
      String t = d.text().strip();
      if (t.isEmpty()) {
        throw new CorpusException(file, d.line(), "empty document: the text is blank");
      }
      return d.text();
    }
    String s;
    if (d.line() == 0) {
      s = TextFiles.text(d.bytes(), 0, d.bytes().length, charset, file, 0, "the file has no text");
    } else {
      Charset cs = charset == CharsetChoice.GB18030 ? Charsets.GB18030 : StandardCharsets.UTF_8;
      s = TextFiles.text(d.bytes(), 0, d.bytes().length, cs, false, file, d.line(), "the line has no text");
    }
    return jsonField == null ? s : JsonField.text(s, jsonField, file, d.line());
  }

  private static Row error(Doc d, Long line, String reason) {
    String record = RecordWriter.error(d.path(), d.line(), reason);
    return RowFactory.create(d.path(), line, null, null, record.substring(0, record.length() - 1));
  }
}
