package org.fenlei.eval;

import org.fenlei.core.JsonText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fenlei.core.ScoredLabel;

/**
 * The outcome of a model on labelled documents: per document the gold labels, the predicted labels and, when
 * built {@link #withScores with scores}, a compact digest of the score vector; every metric is computed from
 * these. Not thread-safe: add documents from one thread.
 *
 * <p>Averages follow scikit-learn with {@code zero_division=0}, which is what peers compare against: macro and
 * weighted averages run over every label that occurs in the gold data or the predictions, and a label's
 * undefined precision (never predicted) or recall counts as 0 in them. The per-label values themselves are
 * undefined (NaN, {@code null} in JSON, "undefined" in reports), and so is any metric with nothing to average.
 *
 * <p>Memory: a document keeps its gold and predicted labels, the gold labels' scores and ranks and the best
 * {@link #TOP} scores, never the whole vector; a multi-label evaluation adds per label the score counts on the
 * thresholds from 0 to 1 ({@link ThresholdCurve}). 100,000 documents of 1,000 labels take under 50 MB.
 */
public final class Evaluation {
  /** How many of the best scores each document keeps (top-k accuracy and P@k reach further through ranks). */
  public static final int TOP = 5;

  private final boolean multiLabel;
  private final List<String> labels;
  private final Map<String, Integer> index = new HashMap<>();
  private final int scoredLabels; // labels [0, scoredLabels) are the model's, in its score order; 0: no scores
  private final List<Row> rows = new ArrayList<>();
  private final ThresholdGrid grid;
  private Counts counts;

  /**
   * An evaluation of decisions only, over the sorted union of the two label sets. It takes documents through
   * {@link #add(Collection, Collection)}; ranking, binary, threshold and calibration metrics are unavailable.
   *
   * @param modelLabels the labels the model can predict
   * @param extraLabels further labels the gold data may use (may overlap {@code modelLabels})
   * @param multiLabel true when a document may have several gold and predicted labels
   */
  public Evaluation(Collection<String> modelLabels, Collection<String> extraLabels, boolean multiLabel) {
    this(new ArrayList<>(union(modelLabels, extraLabels)), 0, multiLabel);
  }

  private Evaluation(List<String> labels, int scoredLabels, boolean multiLabel) {
    this.labels = List.copyOf(labels);
    for (String l : this.labels) {
      if (index.put(l, index.size()) != null) {
        throw new IllegalArgumentException("label '" + l + "' given twice");
      }
    }
    this.scoredLabels = scoredLabels;
    this.multiLabel = multiLabel;
    this.grid = multiLabel && scoredLabels > 0 ? new ThresholdGrid(scoredLabels) : null;
  }

  /**
   * An evaluation that takes each document's scores: {@code modelLabels} in the model's score order, then the
   * gold labels the model does not know (they score nothing and are always missed). It takes documents through
   * {@link #add(String, String, Collection, List, double[])}.
   *
   * @param modelLabels the model's labels in the order of its score vectors; distinct and not empty
   * @param extraLabels gold labels the model does not know, in any order; those among {@code modelLabels} are
   *     ignored
   * @param multiLabel true when a document may have several gold and predicted labels
   * @return an empty evaluation
   * @throws IllegalArgumentException when {@code modelLabels} is empty
   */
  public static Evaluation withScores(List<String> modelLabels, Collection<String> extraLabels, boolean multiLabel) {
    if (modelLabels.isEmpty()) {
      throw new IllegalArgumentException("a model has at least one label");
    }
    LinkedHashSet<String> all = new LinkedHashSet<>(modelLabels);
    all.addAll(new TreeSet<>(extraLabels));
    return new Evaluation(new ArrayList<>(all), modelLabels.size(), multiLabel);
  }

  private static TreeSet<String> union(Collection<String> a, Collection<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Records one document's gold labels and predicted labels. Labels must be among those given at creation; a
   * label repeated within one collection counts once. The document is named {@code #n}, its 1-based position.
   *
   * @param gold the document's gold labels: exactly one for a multi-class evaluation; any number, none
   *     included, for a multi-label one
   * @param predicted the labels decided for it: at most one for a multi-class evaluation, empty when none
   * @throws IllegalStateException when this evaluation was created {@link #withScores with scores}
   * @throws IllegalArgumentException for an undeclared label, or a wrong number of labels in a multi-class
   *     evaluation
   */
  public void add(Collection<String> gold, Collection<String> predicted) {
    if (scoredLabels > 0) {
      throw new IllegalStateException("this evaluation takes scores: use add(id, text, gold, decided, scores)");
    }
    int[] g = ids(gold, "");
    int[] p = ids(predicted, "");
    checkArity(g, p, gold, predicted);
    append(new Row("#" + (rows.size() + 1), null, g, p, null, null, null, null, null));
  }

  /**
   * Records one document: its gold labels, the labels the model decided on (best first, as
   * {@code TextClassifier.predict} returns them) and the model's scores in model label order. Only a digest of
   * {@code scores} is kept, so the array may be reused afterwards.
   *
   * @param id the document's identifier, shown in bad-case lists and error messages
   * @param text the document's text, shown in bad-case lists; may be null
   * @param gold the document's gold labels: exactly one for a multi-class evaluation; any number, none
   *     included, for a multi-label one
   * @param decided the labels decided with their scores, best first: at most one for a multi-class evaluation,
   *     empty when none
   * @param scores the model's score of each of its labels, in the order given to {@link #withScores}; none NaN
   * @throws IllegalStateException when this evaluation was created without scores
   * @throws IllegalArgumentException for an undeclared or twice-decided label, a wrong number of labels in a
   *     multi-class evaluation, a NaN score, or a score vector of the wrong length
   */
  public void add(String id, String text, Collection<String> gold, List<ScoredLabel> decided, double[] scores) {
    if (scoredLabels == 0) {
      throw new IllegalStateException("this evaluation was created without scores: use Evaluation.withScores");
    }
    if (scores.length != scoredLabels) {
      throw new IllegalArgumentException(id + ": " + scores.length + " scores for " + scoredLabels + " labels");
    }
    for (int i = 0; i < scores.length; i++) {
      if (Double.isNaN(scores[i])) {
        throw new IllegalArgumentException(id + ": score of label '" + labels.get(i) + "' is NaN");
      }
    }
    List<String> names = new ArrayList<>(decided.size());
    double[] ps = new double[decided.size()];
    for (ScoredLabel s : decided) {
      ps[names.size()] = s.score();
      names.add(s.label());
    }
    int[] g = ids(gold, id + ": ");
    int[] p = ids(names, id + ": ");
    if (p.length != ps.length) {
      throw new IllegalArgumentException(id + ": a label is decided twice: " + names);
    }
    checkArity(g, p, gold, names);
    if (grid != null) {
      grid.add(scores, g);
    }
    append(Ranking.row(id, text, g, p, ps, scores, labels));
  }

  private void append(Row r) {
    rows.add(r);
    counts = null;
  }

  private void checkArity(int[] g, int[] p, Collection<String> gold, Collection<String> predicted) {
    if (!multiLabel && (g.length != 1 || p.length > 1)) {
      throw new IllegalArgumentException("multi-class evaluation needs one gold and at most one predicted label, got "
          + gold + " and " + predicted);
    }
  }

  /** Distinct label indices, in first-seen order. */
  private int[] ids(Collection<String> names, String where) {
    LinkedHashSet<Integer> out = new LinkedHashSet<>();
    for (String l : names) {
      Integer i = index.get(l);
      if (i == null) {
        throw new IllegalArgumentException(where + "label '" + l + "' was not declared to this evaluation");
      }
      out.add(i);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Whether documents may have several gold and predicted labels.
   *
   * @return true for a multi-label evaluation, false for a multi-class one
   */
  public boolean multiLabel() {
    return multiLabel;
  }

  /**
   * True when documents came with scores, so ranking, binary and threshold metrics are available.
   *
   * @return whether this evaluation was created {@link #withScores with scores}
   */
  public boolean hasScores() {
    return scoredLabels > 0;
  }

  /**
   * The number of documents added so far.
   *
   * @return the document count
   */
  public long documents() {
    return rows.size();
  }

  /**
   * All labels: the model's in score order then unknown gold labels ({@link #withScores}), or sorted.
   *
   * @return the labels, unmodifiable
   */
  public List<String> labels() {
    return labels;
  }

  List<Row> rows() {
    return Collections.unmodifiableList(rows);
  }

  int scoredLabels() {
    return scoredLabels;
  }

  Counts counts() {
    if (counts == null) {
      counts = Counts.of(rows, labels.size());
    }
    return counts;
  }

  /**
   * The counts and scores of every label, in the order of {@link #labels()}.
   *
   * @return one entry per label, including labels that never occur (all counts 0)
   */
  public List<LabelStats> perLabel() {
    Counts c = counts();
    List<LabelStats> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      out.add(new LabelStats(labels.get(i), c.tp[i], c.fp[i], c.fn[i]));
    }
    return out;
  }

  /**
   * Fraction of documents whose predicted label set is exactly the gold one (multi-class: accuracy).
   *
   * @return the fraction in [0, 1], NaN without documents
   */
  public double accuracy() {
    return counts().accuracy();
  }

  /**
   * Multi-label: fraction of documents whose predicted set equals the gold set (same as accuracy).
   *
   * @return the fraction in [0, 1], NaN without documents
   */
  public double subsetAccuracy() {
    return accuracy();
  }

  /**
   * Fraction of (document, label) decisions that are wrong, over the evaluation's label set.
   *
   * @return the fraction in [0, 1], NaN without documents
   */
  public double hammingLoss() {
    return counts().hammingLoss(labels.size());
  }

  /**
   * Precision of the decisions pooled over all labels: true positives over predicted labels. Undefined when
   * nothing was predicted.
   *
   * @return the precision in [0, 1], or NaN
   */
  public double microPrecision() {
    return counts().microPrecision();
  }

  /**
   * Recall of the decisions pooled over all labels: true positives over gold labels.
   *
   * @return the recall in [0, 1], NaN when there are no gold labels
   */
  public double microRecall() {
    return counts().microRecall();
  }

  /**
   * F1 of the pooled decisions; undefined only when there are neither gold nor predicted labels.
   *
   * @return the F1 in [0, 1], or NaN
   */
  public double microF1() {
    return counts().microF1();
  }

  /**
   * Mean precision over labels that occur in the gold data or the predictions (a never-predicted label counts
   * as 0).
   *
   * @return the mean in [0, 1], NaN when no label occurs
   */
  public double macroPrecision() {
    return counts().macro(0);
  }

  /**
   * Mean recall over labels that occur in the gold data or the predictions (a label absent from the gold data
   * counts as 0).
   *
   * @return the mean in [0, 1], NaN when no label occurs
   */
  public double macroRecall() {
    return counts().macro(1);
  }

  /**
   * Mean F1 over labels that occur in the gold data or the predictions (undefined parts count as 0).
   *
   * @return the mean in [0, 1], NaN when no label occurs
   */
  public double macroF1() {
    return counts().macro(2);
  }

  /**
   * Per-label F1 weighted by support (scikit-learn's {@code average='weighted'}).
   *
   * @return the weighted mean in [0, 1], NaN when there are no gold labels
   */
  public double weightedF1() {
    return counts().weightedF1();
  }

  /**
   * Mean over documents of |gold ∩ predicted| / |predicted| (0 for a document without prediction).
   *
   * @return the mean in [0, 1], NaN without documents
   */
  public double samplePrecision() {
    Counts c = counts();
    return Counts.ratio(c.samplePrecision, c.docs);
  }

  /**
   * Mean over documents of |gold ∩ predicted| / |gold| (0 for a document without gold labels).
   *
   * @return the mean in [0, 1], NaN without documents
   */
  public double sampleRecall() {
    Counts c = counts();
    return Counts.ratio(c.sampleRecall, c.docs);
  }

  /**
   * Mean over documents of the F1 of each document's own precision and recall (0 when both are 0), as
   * scikit-learn's {@code average='samples'}.
   *
   * @return the mean in [0, 1], NaN without documents
   */
  public double sampleF1() {
    Counts c = counts();
    return Counts.ratio(c.sampleF1, c.docs);
  }

  /**
   * Mean number of gold labels a document.
   *
   * @return the mean, NaN without documents
   */
  public double goldCardinality() {
    Counts c = counts();
    return Counts.ratio(c.goldLabels, c.docs);
  }

  /**
   * Mean number of predicted labels a document.
   *
   * @return the mean, NaN without documents
   */
  public double predictedCardinality() {
    Counts c = counts();
    return Counts.ratio(c.predictedLabels, c.docs);
  }

  /**
   * Documents without a gold label: in a multi-label evaluation a negative for every label, whose right answer is
   * no label (a hit for subset accuracy; each label given to it is a false positive and a Hamming error).
   *
   * @return the count
   */
  public long documentsWithoutGold() {
    return counts().withoutGold;
  }

  /**
   * Documents without a gold label that were given none: the right answers among {@link #documentsWithoutGold}.
   *
   * @return the count
   */
  public long documentsWithoutGoldGivenNone() {
    return counts().withoutGoldGivenNone;
  }

  /**
   * Documents given no label at all (a threshold no score reached).
   *
   * @return the count
   */
  public long documentsWithoutPrediction() {
    return counts().withoutPrediction;
  }

  /**
   * Multi-class confusion counts {@code [gold][predicted]}; the last column counts documents given no label.
   * Indices follow {@link #labels()}.
   *
   * @return a new {@code labels x (labels + 1)} matrix
   * @throws IllegalStateException for a multi-label evaluation
   */
  public long[][] confusion() {
    if (multiLabel) {
      throw new IllegalStateException("no confusion matrix for multi-label evaluation");
    }
    int n = labels.size();
    long[][] c = new long[n][n + 1];
    for (Row r : rows) {
      c[r.gold()[0]][r.predicted().length == 0 ? n : r.predicted()[0]]++;
    }
    return c;
  }

  /**
   * Multi-class Cohen's kappa, "no label" counting as a category of its own; undefined when chance is 1.
   *
   * @return kappa in [-1, 1], NaN when undefined or without documents
   * @throws IllegalStateException for a multi-label evaluation
   */
  public double cohenKappa() {
    return Agreement.kappa(confusion());
  }

  /**
   * Multi-class: fraction of documents whose gold label is among the {@code k} best scores (ties broken by label
   * name, as decisions are). A gold label the model does not know is never among them.
   *
   * @param k how many of the best scores count, at least 1
   * @return the fraction in [0, 1], NaN without documents
   * @throws IllegalStateException when this evaluation has no scores
   * @throws IllegalArgumentException when {@code k <= 0}
   */
  public double topKAccuracy(int k) {
    requireScores();
    return Ranking.atK(rows, k, Ranking.Kind.HIT);
  }

  /**
   * Mean over documents of (gold labels among the {@code k} best scores) / k.
   *
   * @param k how many of the best scores count, at least 1
   * @return the mean in [0, 1], NaN without documents
   * @throws IllegalStateException when this evaluation has no scores
   * @throws IllegalArgumentException when {@code k <= 0}
   */
  public double precisionAtK(int k) {
    requireScores();
    return Ranking.atK(rows, k, Ranking.Kind.PRECISION);
  }

  /**
   * Mean over documents of (gold labels among the {@code k} best scores) / (gold labels).
   *
   * @param k how many of the best scores count, at least 1
   * @return the mean in [0, 1], NaN without documents
   * @throws IllegalStateException when this evaluation has no scores
   * @throws IllegalArgumentException when {@code k <= 0}
   */
  public double recallAtK(int k) {
    requireScores();
    return Ranking.atK(rows, k, Ranking.Kind.RECALL);
  }

  /**
   * The label binary metrics treat as positive by default: the one sorting last ("1" of 0/1, "positive" of
   * negative/positive, "spam" of ham/spam).
   *
   * @return the greatest label in {@link String#compareTo} order
   */
  public String defaultPositive() {
    return new TreeSet<>(labels).last();
  }

  /**
   * True for a multi-class evaluation with scores over exactly two labels, both the model's.
   *
   * @return whether {@link #binary(String)} may be called
   */
  public boolean binary() {
    return !multiLabel && scoredLabels == 2 && labels.size() == 2;
  }

  /**
   * ROC and precision-recall analysis with {@code positive} as the positive class.
   *
   * @param positive one of the two labels
   * @return the analysis of the documents added so far
   * @throws IllegalStateException when this is not a {@link #binary() binary} evaluation
   * @throws IllegalArgumentException when {@code positive} is not one of its labels
   */
  public BinaryMetrics binary(String positive) {
    if (!binary()) {
      throw new IllegalStateException("binary metrics need a two-label multi-class evaluation with scores");
    }
    return BinaryMetrics.of(rows, labelIndex(positive), positive);
  }

  /**
   * Multi-label F1 against one global threshold, on the grid of {@link ThresholdCurve}.
   *
   * @return the curve of the documents added so far
   * @throws IllegalStateException for a multi-class evaluation or one without scores
   */
  public ThresholdCurve thresholdCurve() {
    if (grid == null) {
      throw new IllegalStateException("threshold curves need a multi-label evaluation with scores");
    }
    long[] unscored = new long[labels.size() - scoredLabels];
    Counts c = counts();
    for (int i = 0; i < unscored.length; i++) {
      unscored[i] = c.tp[scoredLabels + i] + c.fn[scoredLabels + i];
    }
    return grid.curve(unscored);
  }

  /**
   * Percentile bootstrap intervals (95%) of the main metrics, plus ROC-AUC and average precision of the
   * given positive label for a binary evaluation ({@code positive} may be null otherwise): {@code resamples}
   * resamples of the documents with replacement, drawn from {@code seed}. The metrics are accuracy, macro F1
   * and weighted F1 for a multi-class evaluation, micro F1, macro F1, subset accuracy, Hamming loss and samples
   * F1 for a multi-label one. The same arguments give the same intervals.
   *
   * @param resamples how many bootstrap resamples, at least 0; with 0 every interval is undefined
   * @param seed the random seed of the resampling
   * @param positive the positive label of a {@link #binary() binary} evaluation, or null for no ROC-AUC and
   *     average precision
   * @return the intervals by metric key ({@code accuracy}, {@code macro_f1}, {@code roc_auc}, ...), in report
   *     order
   * @throws IllegalArgumentException when {@code resamples} is negative or {@code positive} is not a label
   */
  public Map<String, Interval> confidenceIntervals(int resamples, long seed, String positive) {
    return Resampler.intervals(this, resamples, seed, positive == null ? -1 : labelIndex(positive));
  }

  int labelIndex(String label) {
    Integer i = index.get(label);
    if (i == null) {
      throw new IllegalArgumentException("no label '" + label + "' among " + labels);
    }
    return i;
  }

  private void requireScores() {
    if (scoredLabels == 0) {
      throw new IllegalStateException("ranking metrics need an evaluation with scores");
    }
  }

  /**
   * Confidence against accuracy of the best label, in {@link Reliability#BINS} bins, and the expected calibration
   * error: for multi-class evaluations with scores.
   *
   * @return the reliability analysis
   * @throws IllegalStateException for a multi-label evaluation or one without scores
   */
  public Reliability reliability() {
    requireScores();
    if (multiLabel) {
      throw new IllegalStateException("reliability is measured on multi-class evaluations");
    }
    return Reliability.of(rows);
  }

  /**
   * The expected calibration error (Guo et al. 2017) of the best label's score, over {@link Reliability#BINS}
   * equal-width bins.
   *
   * @return the error, NaN for multi-label evaluations, ones without scores, or no documents
   */
  public double expectedCalibrationError() {
    return multiLabel || scoredLabels == 0 ? Double.NaN : Reliability.of(rows).ece();
  }

  /**
   * The headline metrics by name, in the order reports show them: accuracy, macro F1 and (with scores) ECE for a
   * multi-class evaluation; micro F1, macro F1, subset accuracy and Hamming loss for a multi-label one.
   *
   * @return a new map from metric key ({@code accuracy}, {@code macro_f1}, ...) to value, NaN where undefined
   */
  public Map<String, Double> headline() {
    Map<String, Double> m = new LinkedHashMap<>();
    if (multiLabel) {
      m.put("micro_f1", microF1());
      m.put("macro_f1", macroF1());
      m.put("subset_accuracy", subsetAccuracy());
      m.put("hamming_loss", hammingLoss());
    } else {
      m.put("accuracy", accuracy());
      m.put("macro_f1", macroF1());
      if (scoredLabels > 0) {
        m.put("ece", expectedCalibrationError());
      }
    }
    return m;
  }

  /**
   * The headline metrics and document count as one JSON object.
   *
   * @return e.g. {@code {"accuracy": 0.9, "macro_f1": 0.88, "documents": 1000}}, undefined values as
   *     {@code null}
   */
  public String toJson() {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, Double> e : headline().entrySet()) {
      sb.append(JsonText.quote(e.getKey())).append(": ").append(JsonText.number(e.getValue())).append(", ");
    }
    return sb.append("\"documents\": ").append(rows.size()).append('}').toString();
  }
}
