package org.fenlei.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report's bar and matrix charts as inline SVG: per-label F1 bars and the confusion heat map. */
final class Charts {
  private Charts() {}

  static final String BLUE = "#2f6bd8";
  static final String ORANGE = "#e07b28";
  static final String RED = "#d0413a";
  static final String GREY = "#8a94a0";
  static final String INK = "#1f2933";
  static final String GRID = "#e4e8ee";
  static final int BAR_LABELS = 40;
  static final int MATRIX_LABELS = 20;
  static final int CURVE_POINTS = 400;

  /** At most {@code max} points, evenly spaced by index, keeping the first and last. */
  static <T> List<T> thin(List<T> points, int max) {
    if (points.size() <= max) {
      return points;
    }
    List<T> out = new ArrayList<>(max);
    for (int i = 0; i < max; i++) {
      out.add(points.get((int) Math.round((double) i * (points.size() - 1) / (max - 1))));
    }
    return out;
  }

  /** White blended towards {@code rgb} by {@code t} in [0, 1]. */
  static String shade(int rgb, double t) {
    t = Math.max(0, Math.min(1, t));
    int r = (int) Math.round(255 + (((rgb >> 16) & 255) - 255) * t);
    int g = (int) Math.round(255 + (((rgb >> 8) & 255) - 255) * t);
    int b = (int) Math.round(255 + ((rgb & 255) - 255) * t);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  /** Horizontal F1 bars, labels by support (most frequent on top), with support drawn beside them. */
  static String f1Bars(Findings f) {
    List<LabelStats> labels = f.topBySupport(BAR_LABELS);
    double size = 13;
    double labelW = 40;
    for (LabelStats s : labels) {
      labelW = Math.max(labelW, Math.min(200, Svg.width(s.label(), size)));
    }
    double left = labelW + 12;
    double barW = 380;
    double supportX = left + barW + 70;
    double supportW = 120;
    double rowH = 22;
    double top = 30;
    long maxSupport = 1;
    for (LabelStats s : labels) {
      maxSupport = Math.max(maxSupport, s.support());
    }
    double height = top + rowH * labels.size() + 30;
    Svg svg = new Svg(supportX + supportW + 60, height, "F1 by label, sorted by support");
    svg.text(left, 16, "F1", "start", 12, GREY, "font-weight=\"600\"");
    svg.text(supportX, 16, "support", "start", 12, GREY, "font-weight=\"600\"");
    for (int t = 0; t <= 4; t++) {
      double x = left + barW * t / 4;
      svg.line(x, top - 4, x, top + rowH * labels.size(), GRID, 1, false);
      svg.text(x, height - 10, Fmt.tick(t / 4.0), "middle", 11, GREY, "");
    }
    for (int i = 0; i < labels.size(); i++) {
      LabelStats s = labels.get(i);
      double y = top + i * rowH;
      svg.text(left - 8, y + 15, Svg.fit(s.label(), size, 200), "end", size, INK, "");
      String tip = s.label() + ": precision " + Fmt.num(s.precision()) + ", recall " + Fmt.num(s.recall()) + ", F1 "
          + Fmt.num(s.f1()) + ", support " + s.support() + ", predicted " + s.predicted();
      if (Double.isNaN(s.f1())) {
        svg.text(left + 4, y + 15, "undefined", "start", 12, GREY, "font-style=\"italic\"");
      } else {
        svg.rect(left, y + 3, barW * s.f1(), rowH - 6, BLUE, tip);
        svg.text(left + barW * s.f1() + 5, y + 15, Fmt.score(s.f1()) + (s.predicted() == 0 ? "  never predicted"
            : ""), "start", 12, s.predicted() == 0 ? RED : INK, "");
      }
      svg.rect(supportX, y + 6, supportW * s.support() / maxSupport, rowH - 12, "#b9c2cc", tip);
      svg.text(supportX + supportW * s.support() / maxSupport + 5, y + 15, Fmt.count(s.support()), "start", 11, GREY,
          "");
    }
    return svg.end();
  }

  /**
   * The confusion matrix as a heat map coloured by share of the gold row (blue: right, red: confused). Beyond
   * {@link #MATRIX_LABELS} labels the rest are pooled as "other"; a "no label" column appears when needed.
   */
  static String confusion(Findings f) {
    long[][] c = f.confusion;
    int n = c.length;
    List<Integer> shown = new ArrayList<>();
    for (LabelStats s : f.bySupport) {
      if (shown.size() < (n > MATRIX_LABELS ? MATRIX_LABELS - 1 : MATRIX_LABELS) && s.support() > 0) {
        shown.add(f.e.labelIndex(s.label()));
      }
    }
    int[] slot = new int[n + 1]; // label (or n: no label) -> matrix position
    java.util.Arrays.fill(slot, shown.size());
    for (int i = 0; i < shown.size(); i++) {
      slot[shown.get(i)] = i;
    }
    boolean other = shown.size() < n;
    boolean none = false;
    for (long[] row : c) {
      none |= row[n] > 0;
    }
    int rows = shown.size() + (other ? 1 : 0);
    int cols = rows + (none ? 1 : 0);
    slot[n] = rows;
    long[][] m = new long[rows][cols];
    for (int g = 0; g < n; g++) {
      for (int p = 0; p <= n; p++) {
        if (c[g][p] > 0) {
          m[slot[g]][slot[p]] += c[g][p];
        }
      }
    }
    List<String> names = new ArrayList<>();
    shown.forEach(i -> names.add(f.label(i)));
    if (other) {
      names.add((n - shown.size()) + " others");
    }
    if (none) {
      names.add("no label");
    }
    double cell = Math.max(18, Math.min(60, 620.0 / cols));
    double size = 12;
    double labelW = 40;
    for (String s : names) {
      labelW = Math.min(170, Math.max(labelW, Svg.width(s, size)));
    }
    double left = labelW + 30;
    double top = labelW * 0.72 + 34;
    Svg svg = new Svg(left + cell * cols + labelW * 0.72 + 20, top + cell * rows + 16, "confusion matrix heat map");
    svg.text(left + cell * cols / 2, 14, "predicted →", "middle", 12, GREY, "font-weight=\"600\"");
    svg.text(12, top + cell * rows / 2, "← gold", "middle", 12, GREY,
        "font-weight=\"600\" transform=\"rotate(-90 12 " + Svg.n(top + cell * rows / 2) + ")\"");
    for (int j = 0; j < cols; j++) {
      double x = left + cell * j + cell / 2 + 4;
      svg.text(x, top - 6, Svg.fit(names.get(j), size, 170), "start", size, INK,
          "transform=\"rotate(-45 " + Svg.n(x) + " " + Svg.n(top - 6) + ")\"");
    }
    double[] totals = new double[rows];
    double maxOff = 0; // the largest confusion, as a share of its row: the darkest red
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        totals[i] += m[i][j];
      }
      for (int j = 0; j < cols; j++) {
        if (i != j && totals[i] > 0) {
          maxOff = Math.max(maxOff, m[i][j] / totals[i]);
        }
      }
    }
    for (int i = 0; i < rows; i++) {
      double total = totals[i];
      svg.text(left - 6, top + cell * i + cell / 2 + 4, Svg.fit(names.get(i), size, 170), "end", size, INK, "");
      for (int j = 0; j < cols; j++) {
        double share = total == 0 ? 0 : m[i][j] / total;
        boolean pooled = other && i == rows - 1 && j == rows - 1;
        int hue = pooled ? 0x7a8594 : i == j ? 0x1f5fc9 : 0xc9302c;
        double strength = i == j ? share : Math.pow(share / maxOff, 0.8);
        String fill = m[i][j] == 0 ? "#f6f7f9" : shade(hue, 0.06 + 0.94 * strength);
        svg.rect(left + cell * j + 1, top + cell * i + 1, cell - 2, cell - 2, fill, names.get(i) + " → "
            + names.get(j) + ": " + m[i][j] + " (" + Fmt.pct(share) + " of " + names.get(i) + ")");
        if (cell >= 26 && m[i][j] > 0) {
          String t = m[i][j] < 10_000 ? Long.toString(m[i][j]) : Fmt.count(m[i][j] / 1000) + "k";
          svg.text(left + cell * j + cell / 2, top + cell * i + cell / 2 + 4, t, "middle", cell >= 36 ? 11 : 9,
              strength > 0.55 ? "#fff" : INK, "");
        }
      }
    }
    return svg.end();
  }
}
