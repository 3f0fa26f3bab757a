package org.fenlei.eval;

import java.util.List;

/**
 * Weighted sufficient statistics of a set of documents: per-label true/false positives and false negatives and
 * per-document tallies. The point estimates use weight 1 for every document, bootstrap resamples the number of
 * times a document was drawn, so both go through the same arithmetic.
 *
 * <p>Averages follow scikit-learn with {@code zero_division=0}: a label's precision is 0 when it was never
 * predicted and its recall 0 when it never occurs, and F1 is {@code 2PR/(P+R)} (0 when {@code P+R = 0}). Macro
 * and weighted averages run over the labels that occur in the gold data or the predictions.
 */
final class Counts implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  final long[] tp;
  final long[] fp;
  final long[] fn;
  long docs;
  long exact;
  long hammingErrors;
  long goldLabels;
  long predictedLabels;
  long withoutPrediction;
  long withoutGold;
  long withoutGoldGivenNone;
  double samplePrecision;
  double sampleRecall;
  double sampleF1;

  Counts(int labels) {
    tp = new long[labels];
    fp = new long[labels];
    fn = new long[labels];
  }

  static Counts of(List<Row> rows, int labels) {
    return of(Outcomes.of(rows), null, labels);
  }

  /** Each document counted {@code weights[d]} times, or once when {@code weights} is null. */
  static Counts of(Outcomes o, int[] weights, int labels) {
    Counts c = new Counts(labels);
    for (int d = 0; d < o.documents; d++) {
      int w = weights == null ? 1 : weights[d];
      if (w > 0) {
        c.add(o, d, w);
      }
    }
    return c;
  }

  void add(Outcomes o, int d, long w) {
    for (int i = o.start[d]; i < o.start[d + 1]; i++) {
      switch (o.kind[i]) {
        case Outcomes.TP -> tp[o.label[i]] += w;
        case Outcomes.FP -> fp[o.label[i]] += w;
        default -> fn[o.label[i]] += w;
      }
    }
    docs += w;
    exact += o.errors[d] == 0 ? w : 0;
    hammingErrors += w * o.errors[d];
    goldLabels += w * o.gold[d];
    predictedLabels += w * o.predicted[d];
    withoutPrediction += o.predicted[d] == 0 ? w : 0;
    withoutGold += o.gold[d] == 0 ? w : 0;
    withoutGoldGivenNone += o.gold[d] == 0 && o.predicted[d] == 0 ? w : 0;
    samplePrecision += w * o.samplePrecision[d];
    sampleRecall += w * o.sampleRecall[d];
    sampleF1 += w * o.sampleF1[d];
  }

  /** Adds the counts of other documents. */
  void add(Counts other) {
    for (int l = 0; l < tp.length; l++) {
      tp[l] += other.tp[l];
      fp[l] += other.fp[l];
      fn[l] += other.fn[l];
    }
    docs += other.docs;
    exact += other.exact;
    hammingErrors += other.hammingErrors;
    goldLabels += other.goldLabels;
    predictedLabels += other.predictedLabels;
    withoutPrediction += other.withoutPrediction;
    withoutGold += other.withoutGold;
    withoutGoldGivenNone += other.withoutGoldGivenNone;
    samplePrecision += other.samplePrecision;
    sampleRecall += other.sampleRecall;
    sampleF1 += other.sampleF1;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static double ratio(double num, double den) {
    return den == 0 ? Double.NaN : num / den;
  }

  double accuracy() {
    return ratio(exact, docs);
  }

  double hammingLoss(int labels) {
    return ratio(hammingErrors, (double) docs * labels);
  }

  private long sum(long[] a) {
    long s = 0;
    for (long v : a) {
      s += v;
    }
    return s;
  }

  double microPrecision() {
    long t = sum(tp);
    return ratio(t, t + sum(fp));
  }

  double microRecall() {
    long t = sum(tp);
    return ratio(t, t + sum(fn));
  }

  /** Undefined only when there is neither a gold nor a predicted label. */
  double microF1() {
    long t = sum(tp);
    long f = sum(fp) + sum(fn);
    return 2 * t + f == 0 ? Double.NaN : 2.0 * t / (2 * t + f);
  }

  private static double zeroIfUndefined(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  double precision(int l) {
    return ratio(tp[l], tp[l] + fp[l]);
  }

  double recall(int l) {
    return ratio(tp[l], tp[l] + fn[l]);
  }

  /** A label's F1 with scikit-learn's zero_division=0; only meaningful for a present label. */
  double f1Zero(int l) {
    return f1(zeroIfUndefined(precision(l)), zeroIfUndefined(recall(l)));
  }

  boolean present(int l) {
    return tp[l] + fp[l] + fn[l] > 0;
  }

  /** 0 precision, 1 recall, 2 F1: the unweighted mean over present labels. */
  double macro(int which) {
    double s = 0;
    int n = 0;
    for (int l = 0; l < tp.length; l++) {
      if (present(l)) {
        s += which == 0 ? zeroIfUndefined(precision(l)) : which == 1 ? zeroIfUndefined(recall(l)) : f1Zero(l);
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** Per-label F1 weighted by support. */
  double weightedF1() {
    double s = 0;
    long support = 0;
    for (int l = 0; l < tp.length; l++) {
      long sup = tp[l] + fn[l];
      if (sup > 0) {
        s += f1Zero(l) * sup;
        support += sup;
      }
    }
    return support == 0 ? Double.NaN : s / support;
  }

  int presentLabels() {
    int n = 0;
    for (int l = 0; l < tp.length; l++) {
      n += present(l) ? 1 : 0;
    }
    return n;
  }

  /** Present labels whose precision is undefined (never predicted) or recall undefined (never gold). */
  int undefinedLabels() {
    int n = 0;
    for (int l = 0; l < tp.length; l++) {
      n += present(l) && (tp[l] + fp[l] == 0 || tp[l] + fn[l] == 0) ? 1 : 0;
    }
    return n;
  }
}
