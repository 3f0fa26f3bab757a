package org.fenlei.eval;

import java.util.List;

/** report.md: the report's numbers as Markdown tables, for a pull request or a wiki page. */
final class MarkdownReport {
  private MarkdownReport() {}

  static final int CONFUSION_MAX = 20;

  static String render(Findings f) {
    Evaluation e = f.e;
    StringBuilder sb = new StringBuilder("# ").append(Fmt.md(f.options.title())).append("\n\n");
    for (String c : f.options.context()) {
      sb.append("- ").append(Fmt.md(c)).append('\n');
    }
    sb.append(f.options.context().isEmpty() ? "" : "\n").append(String.join(" ", f.story)).append("\n\n");
    sb.append("| metric | value | 95% CI |\n|---|---|---|\n| documents | ").append(e.documents()).append(" | |\n");
    for (Findings.Value v : f.headline) {
      sb.append("| ").append(v.key()).append(" | ").append(Fmt.num(v.value())).append(" | ")
          .append(Fmt.interval(v.ci())).append(" |\n");
    }
    sb.append("\n## All metrics\n\n| metric | value | 95% CI | note |\n|---|---|---|---|\n");
    for (Findings.Value v : f.metrics) {
      sb.append("| ").append(v.key()).append(" | ").append(v.text()).append(" | ")
          .append(Fmt.interval(v.ci())).append(" | ").append(Fmt.md(v.note())).append(" |\n");
    }
    if (f.options.resamples() > 0) {
      sb.append("\nIntervals: percentile bootstrap, ").append(f.options.resamples()).append(" resamples, seed ")
          .append(f.options.seed()).append(".\n");
    }
    if (f.binary != null) {
      sb.append("\n## Thresholds for a target precision (positive: ").append(Fmt.md(f.binary.positive()))
          .append(")\n\n| target precision | threshold | precision | recall | false positive rate |\n")
          .append("|---|---|---|---|---|\n");
      for (Findings.Target t : f.targets) {
        sb.append("| ").append(Fmt.num(t.precision())).append(" | ").append(t.point().map(p -> Fmt.num(p.threshold())
            + " | " + Fmt.num(p.precision()) + " | " + Fmt.num(p.recall()) + " | " + Fmt.num(p.falsePositiveRate()))
            .orElse("unreachable | | | ")).append(" |\n");
      }
    }
    if (f.reliability != null) {
      Reliability r = f.reliability;
      sb.append("\n## Calibration (expected calibration error ").append(Fmt.num(r.ece()))
          .append(")\n\n| best score in | documents | mean score | accuracy |\n|---|---|---|---|\n");
      for (int b = 0; b < r.count().length; b++) {
        if (r.count()[b] > 0) {
          sb.append("| ").append(Fmt.tick3((double) b / r.count().length)).append("-")
              .append(Fmt.tick3((double) (b + 1) / r.count().length)).append(" | ").append(r.count()[b]).append(" | ")
              .append(Fmt.num(r.confidence()[b])).append(" | ").append(Fmt.num(r.accuracy()[b])).append(" |\n");
        }
      }
    }
    if (f.curve != null) {
      sb.append("\n## F1 against one global threshold\n\n| threshold | micro F1 | macro F1 |\n|---|---|---|\n");
      ThresholdCurve c = f.curve;
      for (int i = 0; i < c.thresholds().length; i++) {
        double t = c.thresholds()[i];
        boolean round = Math.abs(t * 10 - Math.rint(t * 10)) < 1e-9 || t == 0.001 || t == 0.01 || t == 0.05
            || t == 0.95 || t == 0.99 || t == 0.999;
        if (round || i == c.bestMicro()) {
          sb.append("| ").append(Fmt.tick3(t)).append(i == c.bestMicro() ? " (best)" : "").append(" | ")
              .append(Fmt.num(c.microF1()[i])).append(" | ").append(Fmt.num(c.macroF1()[i])).append(" |\n");
        }
      }
    }
    if (e.multiLabel()) {
      sb.append("\n## Labels a document\n\n| labels | 0 | 1 | 2 | 3 | 4 | 5+ |\n|---|---|---|---|---|---|---|\n");
      for (int k = 0; k < 2; k++) {
        sb.append(k == 0 ? "| gold |" : "| predicted |");
        for (long v : f.cardinality[k]) {
          sb.append(' ').append(v).append(" |");
        }
        sb.append('\n');
      }
    }
    sb.append("\n## Per label (by support)\n\n| label | precision | recall | F1 | support | predicted |\n")
        .append("|---|---|---|---|---|---|\n");
    for (LabelStats s : f.bySupport) {
      sb.append("| ").append(Fmt.md(s.label())).append(" | ").append(Fmt.num(s.precision())).append(" | ")
          .append(Fmt.num(s.recall())).append(" | ").append(Fmt.num(s.f1())).append(" | ").append(s.support())
          .append(" | ").append(s.predicted()).append(" |\n");
    }
    if (f.confusion != null) {
      confusion(sb, f);
    }
    badCases(sb, f);
    return sb.toString();
  }

  private static void confusion(StringBuilder sb, Findings f) {
    List<String> labels = f.e.labels();
    if (labels.size() > CONFUSION_MAX) {
      sb.append("\nThe confusion matrix of ").append(labels.size()).append(" labels is in report.json.\n");
      return;
    }
    sb.append("\n## Confusion matrix (rows: gold, columns: predicted)\n\n| |");
    labels.forEach(l -> sb.append(' ').append(Fmt.md(l)).append(" |"));
    sb.append(" no label |\n|---|").append("---|".repeat(labels.size() + 1)).append('\n');
    for (int i = 0; i < labels.size(); i++) {
      sb.append("| ").append(Fmt.md(labels.get(i))).append(" |");
      for (long v : f.confusion[i]) {
        sb.append(' ').append(v).append(" |");
      }
      sb.append('\n');
    }
  }

  private static void badCases(StringBuilder sb, Findings f) {
    BadCases.Result bad = f.bad;
    String note = Views.documentNote(f);
    sb.append("\n## Bad cases\n\n").append(note.isEmpty() ? "" : Fmt.md(note) + "\n\n")
        .append("### Most confident errors\n\n| # | ").append(Fmt.md(Views.documentHeading(f)))
        .append(" | gold | predicted | ").append(Views.errorHeading(f)).append(" | text |\n")
        .append("|---|---|---|---|---|---|\n");
    int n = 1;
    for (BadCases.Case c : bad.confident()) {
      sb.append("| ").append(n++).append(" | ").append(Fmt.md(Views.id(f, c.row()))).append(" | ")
          .append(Fmt.md(Views.gold(f, c.row()))).append(" | ").append(Fmt.md(Views.predicted(f, c.row())))
          .append(" | ").append(Fmt.md(Views.error(f, c))).append(" | ")
          .append(Fmt.md(Fmt.excerpt(c.row().text(), BadCasesJson.TEXT))).append(" |\n");
    }
    sb.append("\n### Most frequent confusions\n\n| ")
        .append(f.e.multiLabel() ? "missed → invented" : "gold → predicted")
        .append(" | documents | examples |\n|---|---|---|\n");
    for (BadCases.Pair p : bad.confusions()) {
      sb.append("| ").append(Fmt.md(Views.pair(f, p))).append(" | ").append(p.count()).append(" | ")
          .append(Fmt.md(Views.examples(f, p.examples()))).append(" |\n");
    }
    if (f.e.multiLabel()) {
      labelErrors(sb, f, "Labels most often missed", "support", bad.missed());
      labelErrors(sb, f, "Labels most often invented", "predicted", bad.invented());
    }
  }

  private static void labelErrors(StringBuilder sb, Findings f, String title, String outOf,
      List<BadCases.LabelErrors> list) {
    sb.append("\n### ").append(title).append("\n\n| label | errors | ").append(outOf)
        .append(" | examples |\n|---|---|---|---|\n");
    for (BadCases.LabelErrors l : list) {
      sb.append("| ").append(Fmt.md(f.label(l.label()))).append(" | ").append(l.count()).append(" | ")
          .append(l.outOf()).append(" | ").append(Fmt.md(Views.examples(f, l.examples()))).append(" |\n");
    }
  }
}
