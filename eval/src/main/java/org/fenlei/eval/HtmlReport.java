package org.fenlei.eval;

import java.util.List;

/**
 * report.html: one self-contained page (no scripts, no network; charts are inline SVG) that tells the story at
 * a glance: headline numbers with their intervals on top, then where the model is weak, then the evidence.
 */
final class HtmlReport {
  private HtmlReport() {}

  static final String STYLE = """
      :root{--ink:#1f2933;--muted:#6b7684;--line:#e1e5ea;--blue:#2f6bd8}
      *{box-sizing:border-box}
      body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Source Han Sans SC",system-ui,sans-serif;
        color:var(--ink);margin:0;background:#f5f7fa;line-height:1.45}
      main{max-width:1120px;margin:0 auto;padding:28px 32px 48px;background:#fff;min-height:100vh}
      h1{font-size:24px;margin:0 0 4px}
      h2{font-size:18px;margin:36px 0 10px;padding-top:14px;border-top:1px solid var(--line)}
      h3{font-size:15px;margin:22px 0 8px}
      .ctx{color:var(--muted);margin:0 0 18px;font-size:13px}
      .cards{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 14px}
      .card{border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:150px;background:#fbfcfd}
      .card .k{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
      .card .v{font-size:28px;font-weight:650;font-variant-numeric:tabular-nums}
      .card .ci{font-size:12px;color:var(--muted)}
      .story{background:#eef4ff;border-left:4px solid var(--blue);padding:10px 16px;margin:6px 0 8px;border-radius:4px}
      .story p{margin:4px 0}
      .row{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
      figure{margin:0}figcaption{font-size:12px;color:var(--muted);max-width:640px}
      svg{display:block;max-width:100%;height:auto;font-family:inherit}
      table{border-collapse:collapse;margin:8px 0;font-size:13px}
      td,th{border-bottom:1px solid var(--line);padding:4px 10px;text-align:right;vertical-align:top}
      th{background:#f3f5f8;font-weight:600}td.l,th.l{text-align:left}
      td{font-variant-numeric:tabular-nums}.u{color:#9aa3ad;font-style:italic}
      td.t{text-align:left;max-width:520px;color:#374151}
      .note{font-size:12px;color:var(--muted)}
      details{margin:8px 0}summary{cursor:pointer;color:var(--blue)}
      .bad{color:#b42318}.ok{color:#1a7f37}
      """;

  static String render(Findings f) {
    Evaluation e = f.e;
    StringBuilder sb = new StringBuilder(1 << 16);
    head(sb, f.options.title());
    sb.append("<p class=ctx>").append(Fmt.html(String.join(" · ", f.options.context()))).append("</p>\n");
    sb.append("<div class=cards>\n");
    for (Findings.Value v : f.headline) {
      card(sb, v.name(), Fmt.num(v.value()), v.ci() == null ? "" : "95% CI " + Fmt.interval(v.ci()));
    }
    card(sb, "Documents", Fmt.count(e.documents()), f.presentLabels() + " labels");
    if (f.binary != null) {
      Findings.Value auc = f.metrics.stream().filter(v -> v.key().equals("roc_auc")).findFirst().orElseThrow();
      card(sb, "ROC-AUC", Fmt.num(auc.value()), auc.ci() == null ? "" : "95% CI " + Fmt.interval(auc.ci()));
    }
    sb.append("</div>\n<div class=story>");
    for (String s : f.story) {
      sb.append("<p>").append(Fmt.html(s)).append("</p>");
    }
    sb.append("</div>\n");
    sb.append("<h2>F1 by label</h2>\n<figure>").append(Charts.f1Bars(f)).append("<figcaption>Labels ordered by ")
        .append("support (gold documents), most frequent first")
        .append(f.presentLabels() > Charts.BAR_LABELS ? "; the " + Charts.BAR_LABELS + " most frequent of "
            + f.presentLabels() + " are shown, all are in the table below" : "")
        .append(". Grey bars: support. Hover a bar for precision and recall.</figcaption></figure>\n");
    if (f.confusion != null) {
      sb.append("<h2>Confusions</h2>\n<figure>").append(Charts.confusion(f)).append("<figcaption>Rows: gold label; ")
          .append("columns: predicted. Blue: share of the row labelled right; red: confusions, the darkest being the ")
          .append("largest share of a row")
          .append(e.labels().size() > Charts.MATRIX_LABELS ? "; labels beyond the " + (Charts.MATRIX_LABELS - 1)
              + " most frequent are pooled as “other”" : "")
          .append(".</figcaption></figure>\n");
    }
    if (f.binary != null) {
      binary(sb, f);
    }
    if (f.reliability != null) {
      sb.append("<h2>Calibration</h2>\n<div class=row><figure>").append(Plots.reliability(f.reliability))
          .append("<figcaption>Blue: accuracy of the documents whose best score falls in each bin; orange: their ")
          .append("mean score; grey: the bin's share of the documents. Bars on the dashed diagonal mean the scores ")
          .append("are honest probabilities.</figcaption></figure></div>\n");
    }
    if (f.curve != null) {
      sb.append("<h2>Thresholds</h2>\n<div class=row><figure>")
          .append(Plots.threshold(f.curve, f.options.threshold(), e.microF1()))
          .append("<figcaption>On this test set, so the best point is optimistic: choose thresholds on a ")
          .append("development split (ThresholdTuning, global or per label).</figcaption></figure><figure>")
          .append(Plots.cardinality(f.cardinality)).append("</figure></div>\n");
    }
    metricsTable(sb, f);
    labelTable(sb, f);
    HtmlBadCases.render(sb, f);
    sb.append("<p class=note>Conventions: averages follow scikit-learn with zero_division=0 (a label never predicted ")
        .append("has undefined precision, shown as “undefined” and counted as 0 in macro averages; macro averages run ")
        .append("over labels present in the gold data or the predictions). Intervals: 95% percentile bootstrap, ")
        .append(f.options.resamples()).append(" resamples, seed ").append(f.options.seed())
        .append(". Written by fenlei.</p>\n</main></body></html>\n");
    return sb.toString();
  }

  static void head(StringBuilder sb, String title) {
    sb.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(Fmt.html(title)).append("</title>\n<style>").append(STYLE).append("</style></head><body><main>\n")
        .append("<h1>").append(Fmt.html(title)).append("</h1>\n");
  }

  static void card(StringBuilder sb, String name, String value, String below) {
    sb.append("<div class=card><div class=k>").append(Fmt.html(name)).append("</div><div class=v>")
        .append(Fmt.html(value)).append("</div><div class=ci>").append(Fmt.html(below)).append("</div></div>\n");
  }

  static String cell(double v) {
    return Double.isNaN(v) ? "<td class=u>undefined</td>" : "<td>" + Fmt.num(v) + "</td>";
  }

  /** The operating point of a binary model's own decisions, from its confusion matrix ([gold][predicted, none]). */
  static OperatingPoint decisions(long[][] c, int p) {
    int n = 1 - p;
    return new OperatingPoint(Double.NaN, c[p][p], c[n][p], c[p][0] + c[p][1] + c[p][2], c[n][0] + c[n][1] + c[n][2]);
  }

  private static void binary(StringBuilder sb, Findings f) {
    BinaryMetrics b = f.binary;
    OperatingPoint model = decisions(f.confusion, f.e.labelIndex(b.positive()));
    sb.append("<h2>Ranking quality (positive: ").append(Fmt.html(b.positive()))
        .append(")</h2>\n<div class=row><figure>")
        .append(Plots.roc(b, model)).append("</figure><figure>").append(Plots.precisionRecall(b, model))
        .append("</figure></div>\n<p class=note>Orange dot: the model's own decisions. Dashed: chance.</p>\n")
        .append("<h3>Threshold for a target precision</h3>\n<table><tr><th>target precision</th><th>threshold</th>")
        .append("<th>precision</th><th>recall</th><th>false positive rate</th></tr>\n");
    for (Findings.Target t : f.targets) {
      sb.append("<tr><td>").append(Fmt.num(t.precision())).append("</td>");
      if (t.point().isPresent()) {
        OperatingPoint o = t.point().get();
        sb.append(cell(o.threshold())).append(cell(o.precision())).append(cell(o.recall()))
            .append(cell(o.falsePositiveRate()));
      } else {
        sb.append("<td class=u colspan=4>no threshold reaches it</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n<p class=note>Predict ").append(Fmt.html(b.positive())).append(" when its score is at ")
        .append("least the threshold: the highest recall at that precision on this test set.</p>\n");
  }

  private static void metricsTable(StringBuilder sb, Findings f) {
    sb.append("<h2>All metrics</h2>\n<table><tr><th class=l>metric</th><th>value</th><th>95% CI</th>")
        .append("<th class=l>note</th></tr>\n");
    for (Findings.Value v : f.metrics) {
      sb.append("<tr><td class=l>").append(Fmt.html(v.name())).append("</td>")
          .append(Double.isNaN(v.value()) ? cell(v.value()) : "<td>" + v.text() + "</td>").append("<td>")
          .append(Fmt.interval(v.ci())).append("</td><td class=l>").append(Fmt.html(v.note())).append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void labelTable(StringBuilder sb, Findings f) {
    List<LabelStats> all = f.bySupport;
    sb.append("<h2>Per label</h2>\n");
    boolean fold = all.size() > 60;
    if (fold) {
      sb.append("<details><summary>").append(all.size()).append(" labels, by support</summary>\n");
    }
    sb.append("<table><tr><th class=l>label</th><th>precision</th><th>recall</th><th>F1</th><th>support</th>")
        .append("<th>predicted</th></tr>\n");
    for (LabelStats s : all) {
      sb.append("<tr><td class=l>").append(Fmt.html(s.label())).append("</td>").append(cell(s.precision()))
          .append(cell(s.recall())).append(cell(s.f1())).append("<td>").append(s.support()).append("</td><td>")
          .append(s.predicted()).append("</td></tr>\n");
    }
    sb.append("</table>\n").append(fold ? "</details>\n" : "");
  }
}
