package org.fenlei.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an evaluation as {@code report.json}, {@code report.md} and a self-contained {@code report.html}
 * (no scripts, no network) into a folder. All three carry the same numbers.
 */
public final class Report {
  private Report() {}

  /** Writes the three files into {@code dir}, creating it; returns the HTML file. */
  public static Path write(Evaluation e, String title, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report.json"), json(e, title), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("report.md"), markdown(e, title), StandardCharsets.UTF_8);
    Path html = dir.resolve("report.html");
    Files.writeString(html, html(e, title), StandardCharsets.UTF_8);
    return html;
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "undefined" : String.format(Locale.ROOT, "%.4f", v);
  }

  static String json(Evaluation e, String title) {
    StringBuilder sb = new StringBuilder("{\n  \"title\": ").append(Json.quote(title));
    sb.append(",\n  \"multi_label\": ").append(e.multiLabel());
    sb.append(",\n  \"documents\": ").append(e.documents());
    for (Map.Entry<String, Double> m : e.headline().entrySet()) {
      sb.append(",\n  ").append(Json.quote(m.getKey())).append(": ").append(Json.number(m.getValue()));
    }
    sb.append(",\n  \"labels\": [");
    List<LabelStats> stats = e.perLabel();
    for (int i = 0; i < stats.size(); i++) {
      LabelStats s = stats.get(i);
      sb.append(i == 0 ? "\n    " : ",\n    ").append("{\"label\": ").append(Json.quote(s.label()))
          .append(", \"precision\": ").append(Json.number(s.precision()))
          .append(", \"recall\": ").append(Json.number(s.recall()))
          .append(", \"f1\": ").append(Json.number(s.f1()))
          .append(", \"support\": ").append(s.support())
          .append(", \"predicted\": ").append(s.predicted()).append('}');
    }
    sb.append("\n  ]");
    if (!e.multiLabel()) {
      sb.append(",\n  \"confusion\": [");
      long[][] c = e.confusion();
      for (int i = 0; i < c.length; i++) {
        sb.append(i == 0 ? "\n    " : ",\n    ").append('[');
        for (int j = 0; j < c[i].length; j++) {
          sb.append(j == 0 ? "" : ", ").append(c[i][j]);
        }
        sb.append(']');
      }
      sb.append("\n  ]");
    }
    return sb.append("\n}\n").toString();
  }

  static String markdown(Evaluation e, String title) {
    StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
    sb.append("| metric | value |\n|---|---|\n| documents | ").append(e.documents()).append(" |\n");
    for (Map.Entry<String, Double> m : e.headline().entrySet()) {
      sb.append("| ").append(m.getKey()).append(" | ").append(fmt(m.getValue())).append(" |\n");
    }
    sb.append("\n## Per label\n\n| label | precision | recall | F1 | support | predicted |\n|---|---|---|---|---|---|\n");
    for (LabelStats s : e.perLabel()) {
      sb.append("| ").append(s.label().replace("|", "\\|")).append(" | ").append(fmt(s.precision())).append(" | ")
          .append(fmt(s.recall())).append(" | ").append(fmt(s.f1())).append(" | ").append(s.support()).append(" | ")
          .append(s.predicted()).append(" |\n");
    }
    return sb.toString();
  }

  static String html(Evaluation e, String title) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}"
            + "th{background:#f3f3f3}td.l,th.l{text-align:left}.u{color:#999}</style></head><body>\n");
    sb.append("<h1>").append(esc(title)).append("</h1>\n<table><tr><th class=l>documents</th><td>")
        .append(e.documents()).append("</td></tr>\n");
    for (Map.Entry<String, Double> m : e.headline().entrySet()) {
      sb.append("<tr><th class=l>").append(esc(m.getKey())).append("</th><td>").append(fmt(m.getValue()))
          .append("</td></tr>\n");
    }
    sb.append("</table>\n<h2>Per label</h2>\n<table><tr><th class=l>label</th><th>precision</th><th>recall</th>"
        + "<th>F1</th><th>support</th><th>predicted</th></tr>\n");
    for (LabelStats s : e.perLabel()) {
      sb.append("<tr><td class=l>").append(esc(s.label())).append("</td>").append(cell(s.precision()))
          .append(cell(s.recall())).append(cell(s.f1())).append("<td>").append(s.support()).append("</td><td>")
          .append(s.predicted()).append("</td></tr>\n");
    }
    sb.append("</table>\n");
    if (!e.multiLabel()) {
      List<String> labels = e.labels();
      long[][] c = e.confusion();
      sb.append("<h2>Confusion (rows: gold, columns: predicted)</h2>\n<table><tr><th></th>");
      for (String l : labels) {
        sb.append("<th>").append(esc(l)).append("</th>");
      }
      sb.append("<th>none</th></tr>\n");
      for (int i = 0; i < c.length; i++) {
        long row = 0;
        for (long v : c[i]) {
          row += v;
        }
        sb.append("<tr><th class=l>").append(esc(labels.get(i))).append("</th>");
        for (long v : c[i]) {
          double share = row == 0 ? 0 : (double) v / row;
          sb.append(String.format(Locale.ROOT, "<td style=\"background:rgba(40,90,200,%.2f)\">", share * 0.8))
              .append(v).append("</td>");
        }
        sb.append("</tr>\n");
      }
      sb.append("</table>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  private static String cell(double v) {
    return Double.isNaN(v) ? "<td class=u>undefined</td>" : "<td>" + fmt(v) + "</td>";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
