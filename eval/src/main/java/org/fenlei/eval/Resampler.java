package org.fenlei.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap: resample the documents with replacement, recompute each metric, take the 2.5th and
 * 97.5th percentiles (linear interpolation, as numpy's default). A resample is a vector of draw counts per
 * document, so a metric sees each drawn document with its multiplicity and costs one pass over the documents.
 */
final class Resampler {
  private Resampler() {}

  static Map<String, Interval> intervals(Evaluation e, int resamples, long seed, int positive) {
    if (resamples < 0) {
      throw new IllegalArgumentException("resamples must be >= 0: " + resamples);
    }
    List<Row> rows = e.rows();
    Outcomes outcomes = Outcomes.of(rows);
    List<Metric> metrics = Metric.withIntervals(e.multiLabel());
    BinaryMetrics.Sorted sorted = positive >= 0 && e.binary() ? BinaryMetrics.Sorted.of(rows, positive) : null;
    int columns = metrics.size() + (sorted != null ? 2 : 0);
    double[][] values = new double[columns][resamples];
    int n = rows.size();
    int[] weights = new int[n];
    SplittableRandom random = new SplittableRandom(seed);
    int labels = e.labels().size();
    for (int b = 0; b < resamples; b++) {
      Arrays.fill(weights, 0);
      for (int i = 0; i < n; i++) {
        weights[random.nextInt(n)]++;
      }
      Counts c = Counts.of(outcomes, weights, labels);
      for (int m = 0; m < metrics.size(); m++) {
        values[m][b] = metrics.get(m).of(c, labels);
      }
      if (sorted != null) {
        double[] areas = BinaryMetrics.areas(sorted, weights);
        values[metrics.size()][b] = areas[0];
        values[metrics.size() + 1][b] = areas[1];
      }
    }
    Map<String, Interval> out = new LinkedHashMap<>();
    for (int m = 0; m < metrics.size(); m++) {
      out.put(metrics.get(m).key, percentiles(values[m]));
    }
    if (sorted != null) {
      out.put("roc_auc", percentiles(values[metrics.size()]));
      out.put("average_precision", percentiles(values[metrics.size() + 1]));
    }
    return out;
  }

  /** The 95% interval of the defined values; undefined when fewer than half the resamples defined the metric. */
  static Interval percentiles(double[] values) {
    List<Double> defined = new ArrayList<>(values.length);
    for (double v : values) {
      if (!Double.isNaN(v)) {
        defined.add(v);
      }
    }
    if (defined.isEmpty() || defined.size() * 2 < values.length) {
      return new Interval(Double.NaN, Double.NaN);
    }
    double[] v = defined.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Interval(quantile(v, 0.025), quantile(v, 0.975));
  }

  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }
}
