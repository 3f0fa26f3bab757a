package org.fenlei.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The three files of a model comparison: headline metrics per model, pairwise tests, per-label F1 side by side. */
final class ComparisonReport {
  private ComparisonReport() {}

  /** Per label: support (from the shared gold data) and each model's F1 (NaN where a model lacks the label). */
  record LabelRow(String label, long support, double[] f1) {}

  static List<LabelRow> labels(Comparison c) {
    Map<String, double[]> f1 = new LinkedHashMap<>();
    Map<String, Long> support = new LinkedHashMap<>();
    List<Comparison.Model> models = c.models();
    for (int m = 0; m < models.size(); m++) {
      for (LabelStats s : models.get(m).evaluation().perLabel()) {
        if (s.support() == 0 && s.predicted() == 0) {
          continue;
        }
        double[] row = f1.computeIfAbsent(s.label(), k -> {
          double[] r = new double[models.size()];
          java.util.Arrays.fill(r, Double.NaN);
          return r;
        });
        row[m] = s.f1();
        support.merge(s.label(), s.support(), Math::max);
      }
    }
    List<LabelRow> out = new ArrayList<>();
    f1.forEach((l, v) -> out.add(new LabelRow(l, support.get(l), v)));
    out.sort(Comparator.comparingLong(LabelRow::support).reversed().thenComparing(LabelRow::label));
    return out;
  }

  static List<String> story(Comparison c) {
    List<String> s = new ArrayList<>();
    String metric = c.primaryMetric();
    Comparison.Model best = c.models().stream()
        .max(Comparator.comparingDouble(m -> value(m, metric))).orElseThrow();
    List<String> tied = c.models().stream().filter(m -> value(m, metric) == value(best, metric))
        .map(Comparison.Model::name).toList();
    String name = Findings.name(metric).toLowerCase(Locale.ROOT);
    Interval ci = best.intervals().get(metric);
    String shown = Fmt.num(value(best, metric)) + (ci == null ? "" : ", 95% CI " + Fmt.interval(ci));
    String docs = " on " + Fmt.count(best.evaluation().documents()) + " documents.";
    s.add(tied.size() > 1 ? "Highest " + name + ", shared by " + String.join(" and ", tied) + ": " + shown + docs
        : "Best " + name + ": " + best.name() + " (" + shown + ")" + docs);
    for (Comparison.Pair p : c.pairs()) {
      if (!p.first().equals(best.name()) && !p.second().equals(best.name())) {
        continue;
      }
      String other = p.first().equals(best.name()) ? p.second() : p.first();
      double d = value(best, metric) - value(c.model(other), metric);
      s.add(best.name() + " vs " + other + ": " + Findings.name(metric).toLowerCase(Locale.ROOT) + " "
          + signed(d) + ", McNemar " + pIs(p.mcNemar().pValue()) + "; " + Findings.name(c.secondaryMetric()) + " "
          + signed(p.first().equals(best.name()) ? p.randomization().difference() : -p.randomization().difference())
          + ", randomisation " + pIs(p.randomization().pValue()) + bootstrap(p, best.name())
          + (p.significant() ? ": a real difference at 5%." : ": not significant at 5%."));
    }
    return s;
  }

  /** ", 95% CI of the difference [a, b]" from the best model's side, or nothing. */
  private static String bootstrap(Comparison.Pair p, String best) {
    Significance.Bootstrap b = p.bootstrap();
    if (b == null || !b.interval().defined()) {
      return "";
    }
    boolean flip = !p.first().equals(best);
    double lo = flip ? -b.interval().high() : b.interval().low();
    double hi = flip ? -b.interval().low() : b.interval().high();
    return ", 95% CI of the difference [" + signed(lo) + ", " + signed(hi) + "]";
  }

  static double value(Comparison.Model m, String metric) {
    Double v = m.metrics().getOrDefault(metric, Double.NaN);
    return v == null ? Double.NaN : v;
  }

  static String signed(double d) {
    return Double.isNaN(d) ? Fmt.UNDEFINED : String.format(Locale.ROOT, "%+.4f", d);
  }

  /** A paired-bootstrap interval of a difference, signed: "[+0.0012, +0.0231]"; "undefined" when not computed. */
  static String difference(Significance.Bootstrap b) {
    if (b == null || !b.interval().defined()) {
      return Fmt.UNDEFINED;
    }
    return "[" + signed(b.interval().low()) + ", " + signed(b.interval().high()) + "]";
  }

  /** A p-value for a table: four decimals, or "< 0.0001". */
  static String p(double p) {
    return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
  }

  /** A p-value in a sentence: "p = 0.0123" or "p < 0.0001". */
  static String pIs(double p) {
    return p < 0.0001 ? "p < 0.0001" : "p = " + p(p);
  }

  static String json(Comparison c) {
    JsonWriter w = new JsonWriter().object();
    w.field("title", c.options().title());
    w.key("context").inline();
    c.options().context().forEach(w::value);
    w.end().field("multi_label", c.multiLabel()).field("documents", c.models().get(0).evaluation().documents());
    w.key("summary").array();
    story(c).forEach(w::value);
    w.end().key("models").array();
    for (Comparison.Model m : c.models()) {
      w.object().field("name", m.name());
      w.key("metrics").line();
      m.metrics().forEach(w::field);
      w.end().key("confidence_intervals").line();
      m.intervals().forEach((k, v) -> w.key(k).inline().value(v.low()).value(v.high()).end());
      w.end().end();
    }
    w.end().key("pairs").array();
    for (Comparison.Pair p : c.pairs()) {
      w.object().field("first", p.first()).field("second", p.second());
      w.key("mcnemar").line().field("metric", c.primaryMetric())
          .field("first_only_correct", p.mcNemar().firstOnlyCorrect())
          .field("second_only_correct", p.mcNemar().secondOnlyCorrect()).field("p_value", p.mcNemar().pValue()).end();
      w.key("randomization").line().field("metric", p.randomization().metric())
          .field("difference", p.randomization().difference()).field("rounds", p.randomization().rounds())
          .field("p_value", p.randomization().pValue()).end();
      if (p.bootstrap() != null) {
        Significance.Bootstrap b = p.bootstrap();
        w.key("paired_bootstrap").line().field("metric", b.metric()).field("difference", b.difference())
            .key("interval").inline().value(b.interval().low()).value(b.interval().high()).end()
            .field("resamples", b.resamples()).end();
      }
      w.field("significant", p.significant()).end();
    }
    w.end().key("labels").array();
    for (LabelRow r : labels(c)) {
      w.line().field("label", r.label()).field("support", r.support()).key("f1").inline();
      for (double v : r.f1()) {
        w.value(v);
      }
      w.end().end();
    }
    w.end().key("model_order").inline();
    c.models().forEach(m -> w.value(m.name()));
    return w.end().end() + "\n";
  }

  static String markdown(Comparison c) {
    StringBuilder sb = new StringBuilder("# ").append(Fmt.md(c.options().title())).append("\n\n");
    c.options().context().forEach(l -> sb.append("- ").append(Fmt.md(l)).append('\n'));
    sb.append('\n').append(String.join(" ", story(c))).append("\n\n| model |");
    List<String> keys = new ArrayList<>(c.models().get(0).metrics().keySet());
    keys.forEach(k -> sb.append(' ').append(k).append(" | 95% CI |"));
    sb.append("\n|---|").append("---|---|".repeat(keys.size())).append('\n');
    for (Comparison.Model m : c.models()) {
      sb.append("| ").append(Fmt.md(m.name())).append(" |");
      for (String k : keys) {
        sb.append(' ').append(Fmt.num(m.metrics().getOrDefault(k, Double.NaN))).append(" | ")
            .append(Fmt.interval(m.intervals().get(k))).append(" |");
      }
      sb.append('\n');
    }
    sb.append("\n## Pairwise tests\n\n| first | second | only first right | only second right | McNemar p | Δ ")
        .append(c.secondaryMetric()).append(" | paired bootstrap 95% CI of Δ | randomisation p | significant at 5% |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (Comparison.Pair p : c.pairs()) {
      sb.append("| ").append(Fmt.md(p.first())).append(" | ").append(Fmt.md(p.second())).append(" | ")
          .append(p.mcNemar().firstOnlyCorrect()).append(" | ").append(p.mcNemar().secondOnlyCorrect()).append(" | ")
          .append(p(p.mcNemar().pValue())).append(" | ").append(signed(p.randomization().difference())).append(" | ")
          .append(difference(p.bootstrap())).append(" | ").append(p(p.randomization().pValue())).append(" | ").append(p.significant() ? "yes" : "no").append(" |\n");
    }
    sb.append("\n## F1 by label\n\n| label | support |");
    c.models().forEach(m -> sb.append(' ').append(Fmt.md(m.name())).append(" |"));
    sb.append("\n|---|---|").append("---|".repeat(c.models().size())).append('\n');
    for (LabelRow r : labels(c)) {
      sb.append("| ").append(Fmt.md(r.label())).append(" | ").append(r.support()).append(" |");
      for (double v : r.f1()) {
        sb.append(' ').append(Fmt.num(v)).append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String html(Comparison c) {
    return ComparisonHtml.render(c);
  }
}
