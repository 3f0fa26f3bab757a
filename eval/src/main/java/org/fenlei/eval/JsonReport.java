package org.fenlei.eval;

import java.util.List;

/** report.json: every number of the report, undefined ones as {@code null}. */
final class JsonReport {
  private JsonReport() {}

  static final int FULL_CONFUSION_MAX = 100; // above this many labels the confusion matrix is written sparse

  static String render(Findings f) {
    Evaluation e = f.e;
    JsonWriter w = new JsonWriter().object();
    w.field("title", f.options.title());
    w.key("context").inline();
    f.options.context().forEach(w::value);
    w.end();
    w.field("multi_label", e.multiLabel()).field("documents", e.documents());
    for (Findings.Value v : f.headline) {
      w.field(v.key(), v.value());
    }
    w.key("confidence_intervals").object();
    w.field("level", 0.95).field("method", "percentile bootstrap").field("resamples", f.options.resamples())
        .field("seed", f.options.seed());
    for (Findings.Value v : f.metrics) {
      if (v.ci() != null) {
        w.key(v.key()).inline().value(v.ci().low()).value(v.ci().high()).end();
      }
    }
    w.end();
    w.key("metrics").object();
    for (Findings.Value v : f.metrics) {
      w.field(v.key(), v.value());
    }
    w.end();
    w.key("summary").array();
    f.story.forEach(w::value);
    w.end();
    w.key("labels").array();
    for (LabelStats s : f.bySupport) {
      w.line().field("label", s.label()).field("precision", s.precision()).field("recall", s.recall())
          .field("f1", s.f1()).field("support", s.support()).field("predicted", s.predicted()).end();
    }
    w.end();
    if (f.binary != null) {
      binary(w, f);
    }
    if (f.reliability != null) {
      Reliability r = f.reliability;
      w.key("reliability").object();
      w.field("ece", r.ece());
      w.field("bins", r.count().length);
      array(w, "confidence", r.confidence());
      array(w, "accuracy", r.accuracy());
      array(w, "count", java.util.Arrays.stream(r.count()).asDoubleStream().toArray());
      w.end();
    }
    if (f.curve != null) {
      ThresholdCurve c = f.curve;
      w.key("threshold_curve").object();
      w.field("model_threshold", f.options.threshold());
      int b = c.bestMicro();
      w.field("best_threshold", b < 0 ? Double.NaN : c.thresholds()[b]);
      w.field("best_micro_f1", b < 0 ? Double.NaN : c.microF1()[b]);
      array(w, "thresholds", c.thresholds());
      array(w, "micro_f1", c.microF1());
      array(w, "macro_f1", c.macroF1());
      w.end();
    }
    if (e.multiLabel()) {
      w.key("cardinality").object();
      w.key("gold").inline();
      for (long v : f.cardinality[0]) {
        w.value(v);
      }
      w.end().key("predicted").inline();
      for (long v : f.cardinality[1]) {
        w.value(v);
      }
      w.end().end();
    } else {
      confusion(w, f);
    }
    BadCasesJson.write(w, f);
    return w.end() + "\n";
  }

  private static void array(JsonWriter w, String key, double[] values) {
    w.key(key).inline();
    for (double v : values) {
      w.value(v);
    }
    w.end();
  }

  private static void binary(JsonWriter w, Findings f) {
    BinaryMetrics b = f.binary;
    w.key("binary").object();
    w.field("positive", b.positive()).field("roc_auc", b.rocAuc()).field("average_precision", b.averagePrecision());
    w.key("at_precision").array();
    for (Findings.Target t : f.targets) {
      w.line().field("target_precision", t.precision());
      if (t.point().isPresent()) {
        OperatingPoint p = t.point().get();
        w.field("threshold", p.threshold()).field("precision", p.precision()).field("recall", p.recall())
            .field("false_positive_rate", p.falsePositiveRate());
      } else {
        w.field("threshold", Double.NaN);
      }
      w.end();
    }
    w.end();
    w.key("curve").array();
    for (OperatingPoint p : Charts.thin(b.curve(), Charts.CURVE_POINTS)) {
      w.inline().value(p.threshold()).value(p.falsePositiveRate()).value(p.recall()).value(p.precision()).end();
    }
    w.end();
    w.field("curve_columns", "threshold, false_positive_rate, recall, precision");
    w.end();
  }

  private static void confusion(JsonWriter w, Findings f) {
    List<String> labels = f.e.labels();
    long[][] c = f.confusion;
    w.key("confusion_labels").inline();
    labels.forEach(w::value);
    w.value((String) null);
    w.end();
    if (labels.size() <= FULL_CONFUSION_MAX) {
      w.key("confusion").array();
      for (long[] row : c) {
        w.inline();
        for (long v : row) {
          w.value(v);
        }
        w.end();
      }
      w.end();
      return;
    }
    w.key("confusion_cells").array();
    for (int i = 0; i < c.length; i++) {
      for (int j = 0; j < c[i].length; j++) {
        if (c[i][j] > 0) {
          w.inline().value(i).value(j).value(c[i][j]).end();
        }
      }
    }
    w.end();
  }
}
