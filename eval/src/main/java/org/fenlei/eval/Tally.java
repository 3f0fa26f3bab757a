package org.fenlei.eval;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The decision counts of an evaluation without its documents: per label true positives, false positives and false
 * negatives, the multi-class confusion matrix and the per-document tallies. Tallies of parts of a test set merge
 * into the tally of the whole ({@link #merge}), so a cluster can count in parallel and a driver finish; every
 * metric is computed by the same code as {@link Evaluation}'s, and the counting ones are equal to its values.
 * What needs each document's scores or its place in a bootstrap (ranking, calibration, intervals, bad cases) is
 * left to {@link Evaluation}. Not thread-safe; serializable.
 */
public final class Tally implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The labels, the model's then the unknown gold ones. */
  private final List<String> labels;
  /** Whether a document may have several labels. */
  private final boolean multiLabel;
  /** Per-label and per-document counts. */
  private final Counts counts;
  /** Multi-class: {@code [gold][predicted]}, the last column "no label"; null for multi-label. */
  private final long[][] confusion;

  private Tally(List<String> labels, boolean multiLabel) {
    this.labels = List.copyOf(labels);
    this.multiLabel = multiLabel;
    this.counts = new Counts(labels.size());
    this.confusion = multiLabel ? null : new long[labels.size()][labels.size() + 1];
  }

  /**
   * An empty tally over the labels of {@link Evaluation#withScores}: the model's in score order, then the gold
   * labels it does not know, sorted.
   *
   * @param modelLabels the model's labels
   * @param extraLabels gold labels the model may not know
   * @param multiLabel whether documents may have several gold and predicted labels
   * @return the tally
   */
  public static Tally of(List<String> modelLabels, Collection<String> extraLabels, boolean multiLabel) {
    LinkedHashSet<String> all = new LinkedHashSet<>(modelLabels);
    all.addAll(new TreeSet<>(extraLabels));
    return new Tally(new ArrayList<>(all), multiLabel);
  }

  /**
   * Counts one document.
   *
   * @param gold its gold labels: one for a multi-class tally
   * @param predicted the labels decided for it, best first: at most one for a multi-class tally
   * @throws IllegalArgumentException for a label not given at creation, or a wrong number of labels in a
   *     multi-class tally
   */
  public void add(Collection<String> gold, Collection<String> predicted) {
    int[] g = ids(gold);
    int[] p = ids(predicted);
    if (!multiLabel && (g.length != 1 || p.length > 1)) {
      throw new IllegalArgumentException("multi-class evaluation needs one gold and at most one predicted label, got "
          + gold + " and " + predicted);
    }
    counts.add(Outcomes.of(List.of(new Row("", null, g, p, null, null, null, null, null))), 0, 1);
    if (confusion != null) {
      confusion[g[0]][p.length == 0 ? labels.size() : p[0]]++;
    }
  }

  private int[] ids(Collection<String> names) {
    LinkedHashSet<Integer> out = new LinkedHashSet<>();
    for (String l : names) {
      int i = labels.indexOf(l);
      if (i < 0) {
        throw new IllegalArgumentException("label '" + l + "' was not declared to this tally");
      }
      out.add(i);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Adds another tally's counts to this one's.
   *
   * @param other a tally over the same labels
   * @return this tally
   * @throws IllegalArgumentException when the labels or the task differ
   */
  public Tally merge(Tally other) {
    if (!labels.equals(other.labels) || multiLabel != other.multiLabel) {
      throw new IllegalArgumentException("tallies of different labels or tasks cannot merge");
    }
    counts.add(other.counts);
    if (confusion != null) {
      for (int i = 0; i < confusion.length; i++) {
        for (int j = 0; j < confusion[i].length; j++) {
          confusion[i][j] += other.confusion[i][j];
        }
      }
    }
    return this;
  }

  /**
   * The labels, in count order.
   *
   * @return the labels
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The documents counted.
   *
   * @return the count
   */
  public long documents() {
    return counts.docs;
  }

  /**
   * The counts of every label, as {@link Evaluation#perLabel()}.
   *
   * @return one entry per label
   */
  public List<LabelStats> perLabel() {
    List<LabelStats> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      out.add(new LabelStats(labels.get(i), counts.tp[i], counts.fp[i], counts.fn[i]));
    }
    return out;
  }

  /**
   * The counting metrics, keyed as {@code fenlei eval}'s JSON report keys them. Multi-class: accuracy,
   * macro precision, recall and F1, weighted F1, micro F1 and cohen_kappa. Multi-label: micro and macro precision,
   * recall and F1, weighted F1, samples precision, recall and F1, subset accuracy and Hamming loss.
   *
   * @return metric key to value, in that order; NaN where undefined
   */
  public Map<String, Double> metrics() {
    Map<String, Double> m = new LinkedHashMap<>();
    if (multiLabel) {
      m.put("micro_precision", counts.microPrecision());
      m.put("micro_recall", counts.microRecall());
      m.put(Metric.MICRO_F1.key, Metric.MICRO_F1.of(counts, labels.size()));
      macro(m);
      m.put("samples_precision", Counts.ratio(counts.samplePrecision, counts.docs));
      m.put("samples_recall", Counts.ratio(counts.sampleRecall, counts.docs));
      for (Metric x : List.of(Metric.SAMPLES_F1, Metric.SUBSET_ACCURACY, Metric.HAMMING_LOSS)) {
        m.put(x.key, x.of(counts, labels.size()));
      }
    } else {
      m.put(Metric.ACCURACY.key, Metric.ACCURACY.of(counts, labels.size()));
      macro(m);
      m.put(Metric.MICRO_F1.key, Metric.MICRO_F1.of(counts, labels.size()));
      m.put("cohen_kappa", Agreement.kappa(confusion));
    }
    return m;
  }

  private void macro(Map<String, Double> m) {
    m.put("macro_precision", counts.macro(0));
    m.put("macro_recall", counts.macro(1));
    m.put(Metric.MACRO_F1.key, Metric.MACRO_F1.of(counts, labels.size()));
    m.put(Metric.WEIGHTED_F1.key, Metric.WEIGHTED_F1.of(counts, labels.size()));
  }

  /**
   * Multi-class confusion counts, as {@link Evaluation#confusion()}.
   *
   * @return a new {@code labels x (labels + 1)} matrix, the last column documents given no label
   * @throws IllegalStateException for a multi-label tally
   */
  public long[][] confusion() {
    if (confusion == null) {
      throw new IllegalStateException("no confusion matrix for multi-label evaluation");
    }
    long[][] c = new long[confusion.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = confusion[i].clone();
    }
    return c;
  }
}
