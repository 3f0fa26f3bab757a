package org.fenlei.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a report shows, computed once so that report.html, report.md and report.json carry the same
 * numbers: metrics with their intervals, per-label statistics, curves, bad cases and the summary sentences.
 */
final class Findings {
  /** A metric as reports show it: JSON key, display name, value, 95% interval (null if none), a note. */
  record Value(String key, String name, double value, Interval ci, String note) {
    /** The value as reports print it: a count as an integer, a rate with four decimals or "undefined". */
    String text() {
      return key.startsWith("documents") ? Fmt.count((long) value) : Fmt.num(value);
    }
  }

  /** The operating point of highest recall reaching a target precision, if any. */
  record Target(double precision, Optional<OperatingPoint> point) {}

  static final double[] TARGETS = {0.90, 0.95, 0.99};
  static final int CARDINALITY_MAX = 5; // histogram bins 0, 1, ..., 5+

  final ReportOptions options;
  final Evaluation e;
  final List<Value> headline = new ArrayList<>();
  final List<Value> metrics = new ArrayList<>();
  final List<LabelStats> bySupport;
  final long[][] confusion;
  final BinaryMetrics binary;
  final List<Target> targets = new ArrayList<>();
  final ThresholdCurve curve;
  final long[][] cardinality; // [0: gold, 1: predicted][labels a document, last bin: that many or more]
  final BadCases.Result bad;
  final List<String> story;
  final Reliability reliability; // multi-class with scores, else null
  final String idPrefix; // "file:" when every document id starts with it, else ""

  Findings(Evaluation e, ReportOptions options) {
    this.e = e;
    this.options = options;
    String positive = options.positive() != null ? options.positive() : e.binary() ? e.defaultPositive() : null;
    this.binary = e.binary() ? e.binary(positive) : null;
    Map<String, Interval> ci = options.resamples() > 0 && e.documents() > 0
        ? e.confidenceIntervals(options.resamples(), options.seed(), binary != null ? positive : null) : Map.of();
    for (Map.Entry<String, Double> h : e.headline().entrySet()) {
      headline.add(new Value(h.getKey(), name(h.getKey()), h.getValue(), ci.get(h.getKey()), ""));
    }
    Metrics.collect(e, binary, ci, metrics);
    this.bySupport = new ArrayList<>(e.perLabel());
    bySupport.sort(Comparator.comparingLong(LabelStats::support).reversed().thenComparing(LabelStats::label));
    this.confusion = e.multiLabel() ? null : e.confusion();
    if (binary != null) {
      for (double t : TARGETS) {
        targets.add(new Target(t, binary.atPrecision(t)));
      }
    }
    this.curve = e.multiLabel() && e.hasScores() ? e.thresholdCurve() : null;
    this.reliability = !e.multiLabel() && e.hasScores() ? e.reliability() : null;
    this.cardinality = new long[2][CARDINALITY_MAX + 1];
    for (Row r : e.rows()) {
      cardinality[0][Math.min(CARDINALITY_MAX, r.gold().length)]++;
      cardinality[1][Math.min(CARDINALITY_MAX, r.predicted().length)]++;
    }
    this.idPrefix = idPrefix(e.rows());
    this.bad = BadCases.of(e, options.examples(), 3);
    this.story = Story.of(this);
  }

  private static String idPrefix(List<Row> rows) {
    if (rows.isEmpty()) {
      return "";
    }
    String first = rows.get(0).id();
    String prefix = first.substring(0, first.lastIndexOf(':') + 1);
    for (Row r : rows) {
      if (!r.id().startsWith(prefix) || r.id().length() == prefix.length()) {
        return "";
      }
    }
    return prefix;
  }

  static String name(String key) {
    return switch (key) {
      case "accuracy" -> "Accuracy";
      case "macro_f1" -> "Macro F1";
      case "micro_f1" -> "Micro F1";
      case "weighted_f1" -> "Weighted F1";
      case "subset_accuracy" -> "Subset accuracy";
      case "hamming_loss" -> "Hamming loss";
      case "samples_f1" -> "Samples F1";
      case "roc_auc" -> "ROC-AUC";
      case "ece" -> "Expected calibration error";
      case "average_precision" -> "PR-AUC (average precision)";
      default -> key;
    };
  }

  String label(int i) {
    return e.labels().get(i);
  }

  Interval interval(String key) {
    for (Value v : metrics) {
      if (v.key().equals(key)) {
        return v.ci();
      }
    }
    return null;
  }

  /** Labels with support, at most {@code max} of them by support, plus how many were left out. */
  List<LabelStats> topBySupport(int max) {
    List<LabelStats> out = new ArrayList<>();
    for (LabelStats s : bySupport) {
      if (out.size() < max && (s.support() > 0 || s.predicted() > 0)) {
        out.add(s);
      }
    }
    return out;
  }

  long presentLabels() {
    return bySupport.stream().filter(s -> s.support() > 0 || s.predicted() > 0).count();
  }

  /** Gold labels never predicted: their precision is undefined. */
  List<LabelStats> neverPredicted() {
    return bySupport.stream().filter(s -> s.support() > 0 && s.predicted() == 0).toList();
  }

  /** Predicted labels absent from the gold data: their recall is undefined. */
  List<LabelStats> neverGold() {
    return bySupport.stream().filter(s -> s.support() == 0 && s.predicted() > 0).toList();
  }
}
