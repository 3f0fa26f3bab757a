package org.fenlei.quant;

/**
 * Exact counts in a fixed number of equal bins over {@code [lo, lo + width * bins)}. When a value falls outside,
 * the range doubles towards it and adjacent bin pairs merge, so no count is ever approximated; only the position
 * inside a bin is unknown.
 */
final class Histogram {
  private final long[] counts;
  private double lo;
  private double width;
  private long count;
  private double exactMin = Double.POSITIVE_INFINITY;
  private double exactMax = Double.NEGATIVE_INFINITY;

  Histogram(int bins) {
    if (bins < 2 || bins % 2 != 0) {
      throw new IllegalArgumentException("bins must be even and >= 2: " + bins);
    }
    counts = new long[bins];
  }

  long count() {
    return count;
  }

  void add(double v) {
    if (count == 0) {
      lo = v - 0.5; // a first range of width 1 around the first value; it doubles as needed
      width = 1.0 / counts.length;
    }
    while (v < lo) {
      growDown();
    }
    while (v >= lo + width * counts.length) {
      growUp();
    }
    int bin = Math.min((int) ((v - lo) / width), counts.length - 1);
    counts[bin]++;
    count++;
    exactMin = Math.min(exactMin, v);
    exactMax = Math.max(exactMax, v);
  }

  /** The value below which a fraction {@code q} of the counts lies, interpolated linearly inside its bin. */
  double quantile(double q) {
    if (count == 0) {
      throw new IllegalStateException("empty histogram");
    }
    double target = q * count;
    long seen = 0;
    for (int b = 0; b < counts.length; b++) {
      if (counts[b] > 0 && seen + counts[b] >= target) {
        double inside = (target - seen) / counts[b];
        double v = lo + width * (b + inside);
        return Math.min(Math.max(v, exactMin), exactMax);
      }
      seen += counts[b];
    }
    return exactMax;
  }

  /** [lo, hi) becomes [lo, 2 hi - lo): bins 2i and 2i + 1 merge into i. */
  private void growUp() {
    int half = counts.length / 2;
    for (int i = 0; i < half; i++) {
      counts[i] = counts[2 * i] + counts[2 * i + 1];
    }
    java.util.Arrays.fill(counts, half, counts.length, 0);
    width *= 2;
  }

  /** [lo, hi) becomes [2 lo - hi, hi): bins 2i and 2i + 1 merge into half + i. */
  private void growDown() {
    int half = counts.length / 2;
    for (int i = half - 1; i >= 0; i--) {
      counts[half + i] = counts[2 * i] + counts[2 * i + 1];
    }
    java.util.Arrays.fill(counts, 0, half, 0);
    lo -= width * counts.length;
    width *= 2;
  }
}
