package org.fenlei.eval;

import java.util.ArrayList;
import java.util.List;

/** The report's line and column charts as inline SVG: ROC, precision-recall, F1 against threshold, cardinality. */
final class Plots {
  private Plots() {}

  /** A plot area mapping [0, 1] x [yMin, 1] data coordinates to pixels, with axes and grid drawn. */
  private record Frame(Svg svg, double left, double top, double w, double h, double yMin) {
    double x(double v) {
      return left + w * v;
    }

    double y(double v) {
      return top + h * (1 - (v - yMin) / (1 - yMin));
    }

    static Frame of(double width, double height, String title, String xName, String yName, double yMin) {
      double left = 52;
      double top = 34;
      double w = width - left - 18;
      double h = height - top - 48;
      Svg svg = new Svg(width, height, title);
      Frame f = new Frame(svg, left, top, w, h, yMin);
      svg.text(left, 18, title, "start", 13, Charts.INK, "font-weight=\"600\"");
      for (int i = 0; i <= 4; i++) {
        double v = i / 4.0;
        double yv = yMin + (1 - yMin) * v;
        svg.line(f.x(v), top, f.x(v), top + h, Charts.GRID, 1, false);
        svg.line(left, f.y(yv), left + w, f.y(yv), Charts.GRID, 1, false);
        svg.text(f.x(v), top + h + 16, Fmt.tick(v), "middle", 11, Charts.GREY, "");
        svg.text(left - 6, f.y(yv) + 4, Fmt.tick(yv), "end", 11, Charts.GREY, "");
      }
      svg.line(left, top + h, left + w, top + h, "#b6bec8", 1, false);
      svg.line(left, top, left, top + h, "#b6bec8", 1, false);
      svg.text(left + w / 2, height - 8, xName, "middle", 12, Charts.GREY, "");
      double yMid = top + h / 2;
      svg.text(14, yMid, yName, "middle", 12, Charts.GREY,
          "transform=\"rotate(-90 14 " + Svg.n(yMid) + ")\"");
      return f;
    }
  }

  /** One model's binary analysis on a chart: its curve, its own decisions (null: none) and colour. */
  record Curve(String name, BinaryMetrics metrics, OperatingPoint decisions, String colour) {}

  /** Colours of the models of a comparison, in order; repeats after six. */
  static final String[] PALETTE = {Charts.BLUE, Charts.ORANGE, "#2a9d5c", Charts.RED, "#7b52c8", Charts.GREY};

  /** The ROC curve with the chance diagonal and the model's own decisions marked. */
  static String roc(BinaryMetrics b, OperatingPoint model) {
    return roc(List.of(new Curve("", b, model, Charts.BLUE)));
  }

  /** ROC curves of one or more models on one chart, with the chance diagonal and each model's decisions. */
  static String roc(List<Curve> curves) {
    String title = curves.size() == 1 ? "ROC curve (AUC " + Fmt.num(curves.get(0).metrics().rocAuc()) + ")"
        : "ROC curves";
    Frame f = Frame.of(400, 380, title, "false positive rate", "true positive rate (recall)", 0);
    f.svg.line(f.x(0), f.y(0), f.x(1), f.y(1), Charts.GREY, 1, true);
    for (Curve c : curves) {
      List<Double> xy = new ArrayList<>(List.of(f.x(0), f.y(0)));
      for (OperatingPoint p : Charts.thin(c.metrics().curve(), Charts.CURVE_POINTS)) {
        xy.add(f.x(nz(p.falsePositiveRate())));
        xy.add(f.y(nz(p.recall())));
      }
      f.svg.polyline(xy.stream().mapToDouble(Double::doubleValue).toArray(), c.colour(), 2);
    }
    for (Curve c : curves) {
      OperatingPoint m = c.decisions();
      if (m != null) {
        f.svg.circle(f.x(nz(m.falsePositiveRate())), f.y(nz(m.recall())), 5, marker(curves, c),
            owner(c) + "decisions: recall " + Fmt.num(m.recall()) + ", false positive rate "
                + Fmt.num(m.falsePositiveRate()));
      }
    }
    legend(f, curves, c -> "AUC " + Fmt.num(c.metrics().rocAuc()), f.top + f.h - 16 * curves.size());
    return f.svg.end();
  }

  /** The precision-recall curve with the positive rate as the chance line and the model's decisions marked. */
  static String precisionRecall(BinaryMetrics b, OperatingPoint model) {
    return precisionRecall(List.of(new Curve("", b, model, Charts.BLUE)));
  }

  /** Precision-recall curves of one or more models on one chart. */
  static String precisionRecall(List<Curve> curves) {
    String title = curves.size() == 1 ? "Precision–recall (AP " + Fmt.num(curves.get(0).metrics().averagePrecision())
        + ")" : "Precision–recall curves";
    Frame f = Frame.of(400, 380, title, "recall", "precision", 0);
    List<OperatingPoint> first = curves.get(0).metrics().curve();
    if (!first.isEmpty()) {
      OperatingPoint last = first.get(first.size() - 1);
      double base = (double) last.positives() / (last.positives() + last.negatives());
      f.svg.line(f.x(0), f.y(base), f.x(1), f.y(base), Charts.GREY, 1, true);
    }
    for (Curve c : curves) {
      List<Double> xy = new ArrayList<>();
      for (OperatingPoint p : Charts.thin(c.metrics().curve(), Charts.CURVE_POINTS)) {
        if (!Double.isNaN(p.precision()) && !Double.isNaN(p.recall())) {
          xy.add(f.x(p.recall()));
          xy.add(f.y(p.precision()));
        }
      }
      f.svg.polyline(xy.stream().mapToDouble(Double::doubleValue).toArray(), c.colour(), 2);
    }
    for (Curve c : curves) {
      OperatingPoint m = c.decisions();
      if (m != null && !Double.isNaN(m.precision())) {
        f.svg.circle(f.x(nz(m.recall())), f.y(m.precision()), 5, marker(curves, c), owner(c)
            + "decisions: precision " + Fmt.num(m.precision()) + ", recall " + Fmt.num(m.recall()));
      }
    }
    legend(f, curves, c -> "AP " + Fmt.num(c.metrics().averagePrecision()), f.top + f.h - 16 * curves.size());
    return f.svg.end();
  }

  /** A single curve's decisions stand out in orange; several models' decisions take their curve's colour. */
  private static String marker(List<Curve> curves, Curve c) {
    return curves.size() == 1 ? Charts.ORANGE : c.colour();
  }

  private static String owner(Curve c) {
    return c.name().isEmpty() ? "the model's " : c.name() + ": ";
  }

  /** Model names with their colour and area, bottom right; nothing for a single unnamed curve. */
  private static void legend(Frame f, List<Curve> curves, java.util.function.Function<Curve, String> area, double y) {
    if (curves.size() == 1 && curves.get(0).name().isEmpty()) {
      return;
    }
    double x = f.left + f.w - 196;
    for (Curve c : curves) {
      f.svg.line(x, y - 4, x + 18, y - 4, c.colour(), 2.5, false);
      f.svg.text(x + 24, y, Svg.fit(c.name(), 11, 110) + "  " + area.apply(c), "start", 11, Charts.INK, "");
      y += 16;
    }
  }

  private static double nz(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  /** Micro and macro F1 against one global threshold, the model's threshold and the best point marked. */
  static String threshold(ThresholdCurve c, double modelThreshold, double evaluatedMicroF1) {
    Frame f = Frame.of(600, 340, "F1 when every label scoring ≥ threshold is predicted", "threshold", "F1", 0);
    if (!Double.isNaN(evaluatedMicroF1)) {
      f.svg.line(f.left, f.y(evaluatedMicroF1), f.left + f.w, f.y(evaluatedMicroF1), Charts.GREY, 1, true);
      f.svg.text(f.left + f.w - 4, f.y(evaluatedMicroF1) - 5, "decisions evaluated: micro F1 "
          + Fmt.num(evaluatedMicroF1), "end", 11, Charts.GREY, "");
    }
    line(f, c.thresholds(), c.macroF1(), Charts.ORANGE);
    line(f, c.thresholds(), c.microF1(), Charts.BLUE);
    if (!Double.isNaN(modelThreshold) && modelThreshold >= 0 && modelThreshold <= 1) {
      f.svg.line(f.x(modelThreshold), f.top, f.x(modelThreshold), f.top + f.h, Charts.INK, 1, true);
      f.svg.text(f.x(modelThreshold) + 4, f.top + 12, "in use " + Fmt.tick(modelThreshold), "start", 11, Charts.INK,
          "");
    }
    int b = c.bestMicro();
    if (b >= 0) {
      double bx = f.x(c.thresholds()[b]);
      f.svg.circle(bx, f.y(c.microF1()[b]), 5, Charts.BLUE, "best micro F1 " + Fmt.num(c.microF1()[b]) + " at "
          + Fmt.tick3(c.thresholds()[b]));
      f.svg.text(bx + (bx > f.left + f.w * 0.7 ? -8 : 8), f.y(c.microF1()[b]) - 8, "best " + Fmt.score(c.microF1()[b])
          + " at " + Fmt.tick3(c.thresholds()[b]), bx > f.left + f.w * 0.7 ? "end" : "start", 11, Charts.BLUE, "");
    }
    double lx = f.left + f.w - 90;
    f.svg.line(lx, f.top + 10, lx + 18, f.top + 10, Charts.BLUE, 2.5, false);
    f.svg.text(lx + 24, f.top + 14, "micro F1", "start", 11, Charts.INK, "");
    f.svg.line(lx, f.top + 26, lx + 18, f.top + 26, Charts.ORANGE, 2.5, false);
    f.svg.text(lx + 24, f.top + 30, "macro F1", "start", 11, Charts.INK, "");
    return f.svg.end();
  }

  /** Accuracy against confidence of the best label, bin by bin, with the diagonal of perfect calibration. */
  static String reliability(Reliability r) {
    Frame f = Frame.of(600, 340, "Reliability (expected calibration error " + Fmt.num(r.ece()) + ")",
        "confidence (best label's score)", "accuracy", 0);
    f.svg.line(f.x(0), f.y(0), f.x(1), f.y(1), Charts.GREY, 1, true);
    int bins = r.count().length;
    long max = 1;
    for (long c : r.count()) {
      max = Math.max(max, c);
    }
    for (int b = 0; b < bins; b++) {
      double x0 = (double) b / bins;
      double x1 = (double) (b + 1) / bins;
      // the bin's share of the documents as a faint bar from the floor, its accuracy as a solid bar
      double share = (double) r.count()[b] / max;
      f.svg.rect(f.x(x0) + 1, f.y(share * 0.25), f.x(x1) - f.x(x0) - 2, f.y(0) - f.y(share * 0.25), Charts.GRID,
          r.count()[b] + " documents");
      if (r.count()[b] > 0) {
        double acc = r.accuracy()[b];
        f.svg.rect(f.x(x0) + 3, f.y(acc), f.x(x1) - f.x(x0) - 6, f.y(0) - f.y(acc), Charts.BLUE,
            String.format(java.util.Locale.ROOT, "scores %.3f-%.3f: %d documents, mean confidence %.3f, accuracy %.3f",
                x0, x1, r.count()[b], r.confidence()[b], acc));
        f.svg.circle(f.x(r.confidence()[b]), f.y(r.confidence()[b]), 3, Charts.ORANGE, "mean confidence "
            + Fmt.num(r.confidence()[b]));
      }
    }
    return f.svg.end();
  }

  private static void line(Frame f, double[] x, double[] y, String colour) {
    List<Double> xy = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(y[i])) {
        xy.add(f.x(x[i]));
        xy.add(f.y(y[i]));
      }
    }
    f.svg.polyline(xy.stream().mapToDouble(Double::doubleValue).toArray(), colour, 2.5);
  }

  /** Documents by number of labels, gold beside predicted. */
  static String cardinality(long[][] counts) {
    int bins = counts[0].length;
    double left = 50;
    double top = 46;
    double h = 150;
    double group = 58;
    long max = 1;
    for (long[] row : counts) {
      for (long v : row) {
        max = Math.max(max, v);
      }
    }
    Svg svg = new Svg(left + group * bins + 20, top + h + 44, "documents by number of labels, gold and predicted");
    svg.text(left, 18, "Documents by number of labels", "start", 13, Charts.INK, "font-weight=\"600\"");
    svg.line(left, top + h, left + group * bins, top + h, "#b6bec8", 1, false);
    for (int i = 0; i < bins; i++) {
      for (int k = 0; k < 2; k++) {
        double bh = h * counts[k][i] / max;
        double x = left + group * i + 8 + k * 23;
        svg.rect(x, top + h - bh, 21, bh, k == 0 ? "#9aa6b4" : Charts.BLUE,
            (k == 0 ? "gold: " : "predicted: ") + counts[k][i] + " documents with " + i + (i == bins - 1 ? "+" : "")
                + " labels");
        if (counts[k][i] > 0) {
          svg.text(x + 10.5, top + h - bh - 3, Fmt.count(counts[k][i]), "middle", 9, Charts.GREY, "");
        }
      }
      svg.text(left + group * i + 31, top + h + 16, i + (i == bins - 1 ? "+" : ""), "middle", 12, Charts.INK, "");
    }
    svg.text(left + group * bins / 2, top + h + 36, "labels a document  (grey: gold, blue: predicted)", "middle", 12,
        Charts.GREY, "");
    return svg.end();
  }
}
