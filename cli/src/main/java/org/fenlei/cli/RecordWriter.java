package org.fenlei.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.fenlei.corpora.Document;
import org.fenlei.eval.Json;
import org.fenlei.core.ScoredLabel;

/** Writes one classification record per document as JSON lines, TSV or CSV. */
final class RecordWriter {
  enum Kind {
    JSONL, TSV, CSV;

    static Kind parse(String s) {
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(s)) {
          return k;
        }
      }
      throw new UsageException("unknown output format '" + s + "' (known: jsonl, tsv, csv)");
    }
  }

  private final Writer out;
  private final Kind kind;
  private final boolean qualifyLines;

  /** @param qualifyLines whether TSV/CSV rows of line documents name their file ({@code file:line}) */
  RecordWriter(Writer out, Kind kind, boolean qualifyLines) {
    this.out = out;
    this.kind = kind;
    this.qualifyLines = qualifyLines;
  }

  void write(Document d, List<ScoredLabel> labels) throws IOException {
    String path = d.path() == null ? null : d.path().toString();
    StringBuilder sb = new StringBuilder(128);
    if (kind == Kind.JSONL) {
      sb.append("{\"path\": ").append(path == null ? "null" : Json.quote(path));
      sb.append(", \"line\": ").append(d.line() > 0 ? Long.toString(d.line()) : "null");
      sb.append(", \"labels\": [");
      for (int i = 0; i < labels.size(); i++) {
        ScoredLabel s = labels.get(i);
        sb.append(i == 0 ? "" : ", ").append("{\"label\": ").append(Json.quote(s.label())).append(", \"score\": ")
            .append(score(s.score())).append('}');
      }
      sb.append("]}\n");
    } else {
      char sep = kind == Kind.TSV ? '\t' : ',';
      String key = d.line() > 0 ? (qualifyLines ? path + ":" + d.line() : Long.toString(d.line())) : path;
      field(sb, key);
      for (ScoredLabel s : labels) {
        sb.append(sep);
        field(sb, s.label());
        sb.append(sep).append(score(s.score()));
      }
      sb.append('\n');
    }
    out.write(sb.toString());
  }

  private static String score(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  private void field(StringBuilder sb, String v) {
    if (kind == Kind.CSV && (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0)) {
      sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    } else if (kind == Kind.TSV) {
      sb.append(v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    } else {
      sb.append(v);
    }
  }
}
