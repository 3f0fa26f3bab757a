package org.fenlei.core;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.fenlei.corpora.Document;

/**
 * Writes one classification record per document as JSON lines, TSV or CSV: the format of {@code fenlei classify},
 * shared by the command, a server and a Spark job. Each record is one line, written with one {@code write} call.
 * Not thread-safe: one writer per output.
 *
 * <ul>
 *   <li>JSONL: {@code {"path": "docs/a.txt", "line": null, "labels": [{"label": "体育", "score": 0.930000}]}};
 *   <li>TSV / CSV: {@code path-or-line, label, score, label, score, ...}.
 * </ul>
 */
public final class RecordWriter {
  /** The record formats. */
  public enum Format {
    /** One JSON object a line. */
    JSONL,
    /** Tab-separated; tabs and line breaks in fields become spaces. */
    TSV,
    /** RFC 4180 comma-separated. */
    CSV;

    /**
     * The format of a name.
     *
     * @param s jsonl, tsv or csv, any case
     * @return the format
     * @throws IllegalArgumentException for another name
     */
    public static Format parse(String s) {
      for (Format k : values()) {
        if (k.name().equalsIgnoreCase(s)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown output format '" + s + "' (known: jsonl, tsv, csv)");
    }
  }

  private final Writer out;
  private final Format format;
  private final boolean qualifyLines;

  /**
   * A writer of records.
   *
   * @param out where to write
   * @param format the record format
   * @param qualifyLines whether TSV/CSV rows of line documents name their file ({@code file:line})
   */
  public RecordWriter(Writer out, Format format, boolean qualifyLines) {
    this.out = out;
    this.format = format;
    this.qualifyLines = qualifyLines;
  }

  /**
   * Writes one document's record.
   *
   * @param d the document (its path and line name it)
   * @param labels the decided labels, best first
   * @throws IOException when writing fails
   */
  public void write(Document d, List<ScoredLabel> labels) throws IOException {
    out.write(record(d, labels));
  }

  /**
   * One document's record as text.
   *
   * @param d the document
   * @param labels the decided labels, best first
   * @return the line, ending with a line feed
   */
  public String record(Document d, List<ScoredLabel> labels) {
    if (format == Format.JSONL) {
      return new String(recordBytes(d, labels), StandardCharsets.UTF_8);
    }
    return delimited(d.path() == null ? null : d.path().toString(), d.line(), labels);
  }

  /**
   * One document's record in UTF-8, as written to a file: {@link #record}'s text encoded (an unpaired surrogate in a
   * path or label becomes {@code ?}). JSON lines are built straight into bytes.
   *
   * @param d the document
   * @param labels the decided labels, best first
   * @return the line's bytes, ending with a line feed
   */
  public byte[] recordBytes(Document d, List<ScoredLabel> labels) {
    if (format != Format.JSONL) {
      return record(d, labels).getBytes(StandardCharsets.UTF_8);
    }
    JsonBytes j = new JsonBytes(64 + 48 * labels.size());
    j.ascii("{\"path\": ");
    if (d.path() == null) {
      j.ascii("null");
    } else {
      j.quoted(d.path().toString());
    }
    j.ascii(", \"line\": ");
    if (d.line() > 0) {
      j.digits(d.line(), 1);
    } else {
      j.ascii("null");
    }
    j.ascii(", \"labels\": [");
    for (int i = 0; i < labels.size(); i++) {
      ScoredLabel s = labels.get(i);
      j.ascii(i == 0 ? "{\"label\": " : ", {\"label\": ").quoted(s.label()).ascii(", \"score\": ");
      score(j, s.score());
      j.ascii('}');
    }
    return j.ascii("]}\n").toArray();
  }

  /**
   * The errors file's record of a document that could not be classified, as {@code fenlei classify} and the Spark
   * job write it: {@code {"path": P, "line": N or null, "error": "..."}}.
   *
   * @param path the document's file, or null for standard input
   * @param line its 1-based line, or 0 for a whole file
   * @param reason why it could not be classified
   * @return the line, ending with a line feed
   */
  public static String error(String path, long line, String reason) {
    return "{\"path\": " + (path == null ? "null" : JsonText.quote(path)) + ", \"line\": "
        + (line > 0 ? Long.toString(line) : "null") + ", \"error\": " + JsonText.quote(reason) + "}\n";
  }

  private String delimited(String path, long line, List<ScoredLabel> labels) {
    StringBuilder sb = new StringBuilder(128);
    char sep = format == Format.TSV ? '\t' : ',';
    String key = line > 0 ? (qualifyLines ? path + ":" + line : Long.toString(line)) : path;
    field(sb, key == null ? "" : key);
    for (ScoredLabel s : labels) {
      sb.append(sep);
      field(sb, s.label());
      sb.append(sep).append(score(s.score()));
    }
    return sb.append('\n').toString();
  }

  /** {@code v} with six decimals, as {@code String.format("%.6f", v)} gives it, without its cost. */
  static String score(double v) {
    JsonBytes j = new JsonBytes(16);
    score(j, v);
    return new String(j.toArray(), StandardCharsets.US_ASCII);
  }

  private static void score(JsonBytes j, double v) {
    double x = v * 1e6;
    double frac = x - Math.floor(x);
    if (!(v >= 0 && v < 1e9) || Math.abs(frac - 0.5) < 1e-4) {
      j.ascii(formatted(v)); // negative, huge, NaN, or too near a tie to round by double
      return;
    }
    long r = Math.round(x);
    j.digits(r / 1_000_000, 1).ascii('.').digits(r % 1_000_000, 6);
  }

  /** The rare scores {@link #score} leaves to {@code String.format}, in a method of their own. */
  private static String formatted(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  private void field(StringBuilder sb, String v) {
    if (format == Format.CSV && (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0)) {
      sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    } else if (format == Format.TSV) {
      sb.append(v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    } else {
      sb.append(v);
    }
  }
}
