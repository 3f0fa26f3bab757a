package org.fenlei.eval;

import java.util.ArrayList;
import java.util.List;

/** report.html of a model comparison. */
final class ComparisonHtml {
  private ComparisonHtml() {}

  static String render(Comparison c) {
    StringBuilder sb = new StringBuilder(1 << 15);
    HtmlReport.head(sb, c.options().title());
    sb.append("<p class=ctx>").append(Fmt.html(String.join(" · ", c.options().context()))).append("</p>\n");
    sb.append("<div class=story>");
    ComparisonReport.story(c).forEach(s -> sb.append("<p>").append(Fmt.html(s)).append("</p>"));
    sb.append("</div>\n<div class=row>");
    for (String key : List.of(c.primaryMetric(), c.secondaryMetric())) {
      sb.append("<figure>").append(intervals(c, key)).append("</figure>");
    }
    sb.append("</div>\n<p class=note>Dots: the metric on the test set; whiskers: 95% bootstrap interval.</p>\n");
    if (c.positive() != null) {
      List<Plots.Curve> curves = new ArrayList<>();
      for (int i = 0; i < c.models().size(); i++) {
        Comparison.Model m = c.models().get(i);
        BinaryMetrics b = m.evaluation().binary(c.positive());
        OperatingPoint own = HtmlReport.decisions(m.evaluation().confusion(), m.evaluation().labelIndex(c.positive()));
        curves.add(new Plots.Curve(m.name(), b, own, Plots.PALETTE[i % Plots.PALETTE.length]));
      }
      sb.append("<div class=row><figure>").append(Plots.roc(curves)).append("</figure><figure>")
          .append(Plots.precisionRecall(curves)).append("</figure></div>\n<p class=note>Positive label: ")
          .append(Fmt.html(c.positive())).append(". Dots: each model's own decisions.</p>\n");
    }
    List<String> keys = new ArrayList<>(c.models().get(0).metrics().keySet());
    sb.append("<h2>Models</h2>\n<table><tr><th class=l>model</th>");
    keys.forEach(k -> sb.append("<th>").append(Fmt.html(Findings.name(k))).append("</th><th>95% CI</th>"));
    sb.append("</tr>\n");
    for (Comparison.Model m : c.models()) {
      sb.append("<tr><td class=l>").append(Fmt.html(m.name())).append("</td>");
      for (String k : keys) {
        sb.append(HtmlReport.cell(m.metrics().getOrDefault(k, Double.NaN))).append("<td>")
            .append(Fmt.interval(m.intervals().get(k))).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n<h2>Pairwise tests</h2>\n<table><tr><th class=l>first</th><th class=l>second</th>")
        .append("<th>only first right</th><th>only second right</th><th>McNemar p</th><th>Δ ")
        .append(Fmt.html(Findings.name(c.secondaryMetric())))
        .append("</th><th>paired bootstrap 95% CI of Δ</th><th>randomisation p</th><th>verdict</th></tr>\n");
    for (Comparison.Pair p : c.pairs()) {
      sb.append("<tr><td class=l>").append(Fmt.html(p.first())).append("</td><td class=l>").append(Fmt.html(p.second()))
          .append("</td><td>").append(p.mcNemar().firstOnlyCorrect()).append("</td><td>")
          .append(p.mcNemar().secondOnlyCorrect()).append("</td><td>").append(ComparisonReport.p(p.mcNemar().pValue()))
          .append("</td><td>").append(ComparisonReport.signed(p.randomization().difference())).append("</td><td>")
          .append(ComparisonReport.difference(p.bootstrap())).append("</td><td>")
          .append(ComparisonReport.p(p.randomization().pValue())).append("</td><td class=")
          .append(p.significant() ? "ok>significant" : "u>not significant").append("</td></tr>\n");
    }
    sb.append("</table>\n<p class=note>McNemar: exact binomial test on the documents exactly one model labels ")
        .append("right. Randomisation: ").append(c.pairs().get(0).randomization().rounds())
        .append(" rounds swapping the two models' outputs document by document. Paired bootstrap: both models ")
        .append("scored on the same resamples of the documents. “Significant”: either p below ")
        .append(Comparison.ALPHA).append(".</p>\n");
    List<ComparisonReport.LabelRow> rows = ComparisonReport.labels(c);
    sb.append("<h2>F1 by label</h2>\n").append(rows.size() > 60 ? "<details><summary>" + rows.size()
        + " labels</summary>\n" : "").append("<table><tr><th class=l>label</th><th>support</th>");
    c.models().forEach(m -> sb.append("<th>").append(Fmt.html(m.name())).append("</th>"));
    sb.append("</tr>\n");
    for (ComparisonReport.LabelRow r : rows) {
      double best = Double.NEGATIVE_INFINITY;
      for (double v : r.f1()) {
        best = Double.isNaN(v) ? best : Math.max(best, v);
      }
      sb.append("<tr><td class=l>").append(Fmt.html(r.label())).append("</td><td>").append(r.support()).append("</td>");
      for (double v : r.f1()) {
        sb.append(v == best && r.f1().length > 1 ? "<td><b>" + Fmt.num(v) + "</b></td>" : HtmlReport.cell(v));
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n").append(rows.size() > 60 ? "</details>\n" : "")
        .append("<p class=note>Written by fenlei.</p>\n</main></body></html>\n");
    return sb.toString();
  }

  /** One row per model: the metric as a dot with its interval as a whisker, on a shared zoomed axis. */
  static String intervals(Comparison c, String key) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double labelW = 60;
    for (Comparison.Model m : c.models()) {
      Interval ci = m.intervals().get(key);
      double v = ComparisonReport.value(m, key);
      for (double x : new double[] {v, ci == null ? v : ci.low(), ci == null ? v : ci.high()}) {
        if (!Double.isNaN(x)) {
          lo = Math.min(lo, x);
          hi = Math.max(hi, x);
        }
      }
      labelW = Math.max(labelW, Math.min(220, Svg.width(m.name(), 13)));
    }
    if (!(lo <= hi)) {
      lo = 0;
      hi = 1;
    }
    double pad = Math.max(0.005, (hi - lo) * 0.15);
    double min = Math.max(0, lo - pad);
    double max = Math.min(1, hi + pad);
    double left = labelW + 16;
    double w = 250;
    double rowH = 30;
    int n = c.models().size();
    Svg svg = new Svg(left + w + 60, 40 + rowH * n + 30, Findings.name(key) + " by model");
    svg.text(left, 18, Findings.name(key), "start", 13, Charts.INK, "font-weight=\"600\"");
    for (int t = 0; t <= 4; t++) {
      double v = min + (max - min) * t / 4;
      double x = left + w * t / 4;
      svg.line(x, 30, x, 30 + rowH * n, Charts.GRID, 1, false);
      svg.text(x, 30 + rowH * n + 16, String.format(java.util.Locale.ROOT, "%.3f", v), "middle", 11, Charts.GREY, "");
    }
    for (int i = 0; i < n; i++) {
      Comparison.Model m = c.models().get(i);
      double y = 30 + rowH * i + rowH / 2;
      svg.text(left - 8, y + 4, Svg.fit(m.name(), 13, 220), "end", 13, Charts.INK, "");
      Interval ci = m.intervals().get(key);
      if (ci != null && ci.defined()) {
        double x1 = left + w * (ci.low() - min) / (max - min);
        double x2 = left + w * (ci.high() - min) / (max - min);
        svg.line(x1, y, x2, y, Charts.BLUE, 2, false).line(x1, y - 5, x1, y + 5, Charts.BLUE, 2, false)
            .line(x2, y - 5, x2, y + 5, Charts.BLUE, 2, false);
      }
      double v = ComparisonReport.value(m, key);
      if (!Double.isNaN(v)) {
        svg.circle(left + w * (v - min) / (max - min), y, 5.5, Charts.ORANGE, m.name() + ": " + Fmt.num(v)
            + (ci == null ? "" : " (95% CI " + Fmt.interval(ci) + ")"));
        svg.text(left + w + 8, y + 4, Fmt.num(v), "start", 12, Charts.INK, "");
      }
    }
    return svg.end();
  }
}
