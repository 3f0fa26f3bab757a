package org.fenlei.eval;

import org.fenlei.core.Parallel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several models scored on the same documents: each model's headline metrics (plus ROC-AUC and average precision
 * when every model scores a binary task) with bootstrap intervals, and for every pair McNemar's test on
 * exact-match correctness, approximate randomisation of macro F1 (multi-class) or micro F1 (multi-label), and a
 * paired-bootstrap interval of that difference, so that a report can say whether a difference is real and how
 * large it plausibly is.
 */
public final class Comparison {
  /** Significance level the reports use to call a difference significant. */
  public static final double ALPHA = 0.05;

  /** Rounds of approximate randomisation: p-values resolve to about 0.001. */
  public static final int ROUNDS = 1000;

  /**
   * One model of a comparison.
   *
   * @param name the model's name, unique within the comparison
   * @param evaluation the model's evaluation
   * @param metrics the headline metrics by key, then roc_auc and average_precision for binary tasks;
   *     unmodifiable, NaN where undefined
   * @param intervals 95% bootstrap intervals by metric key; empty when the options ask for no resamples or there
   *     are no documents
   */
  public record Model(String name, Evaluation evaluation, Map<String, Double> metrics,
      Map<String, Interval> intervals) {}

  /**
   * The paired tests of two models, {@code first} given before {@code second}; differences are
   * {@code first - second}.
   *
   * @param first the first model's name
   * @param second the second model's name
   * @param mcNemar McNemar's test on {@link Comparison#primaryMetric() exact-match correctness}
   * @param randomization approximate randomisation of the {@link Comparison#secondaryMetric() secondary metric}
   * @param bootstrap the paired-bootstrap interval of the secondary metric's difference; null when the options
   *     ask for no resamples or there are no documents
   */
  public record Pair(String first, String second, Significance.McNemar mcNemar,
      Significance.Randomization randomization, Significance.Bootstrap bootstrap) {
    /**
     * Whether either test rejects "no difference" at level {@link Comparison#ALPHA}.
     *
     * @return true when McNemar's or the randomisation p-value is below {@link Comparison#ALPHA}
     */
    public boolean significant() {
      return mcNemar.pValue() < ALPHA || randomization.pValue() < ALPHA;
    }
  }

  private final List<Model> models = new ArrayList<>();
  private final List<Pair> pairs = new ArrayList<>();
  private final ReportOptions options;
  private final String positive;

  /**
   * Computes every model's metrics and intervals and every pair's tests, on all available processors; the
   * results depend only on the arguments, not on the number of threads.
   *
   * @param names the models' names, distinct, in report order
   * @param evaluations the models' evaluations of the same documents in the same order, one per name
   * @param options the bootstrap resamples and seed, and the positive label of a binary task; the same seed is
   *     used for the randomisation tests
   * @throws IllegalArgumentException when there are fewer than two models, names and evaluations differ in
   *     number, names repeat, or two evaluations differ in documents, task or gold labels
   */
  public Comparison(List<String> names, List<Evaluation> evaluations, ReportOptions options) {
    if (names.size() != evaluations.size() || names.size() < 2) {
      throw new IllegalArgumentException("a comparison needs two or more models, each with a name");
    }
    if (new HashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("model names must differ: " + names);
    }
    this.options = options;
    this.positive = positive(evaluations, options.positive());
    // the resampling work (each model's intervals, each pair's randomisation and bootstrap) is independent and
    // seeded task by task, so it runs on all cores with the same results as one thread
    int threads = Runtime.getRuntime().availableProcessors();
    List<Map<String, Interval>> intervals = Parallel.map(evaluations,
        e -> options.resamples() > 0 && e.documents() > 0
            ? e.confidenceIntervals(options.resamples(), options.seed(), positive) : Map.<String, Interval>of(),
        threads, 2);
    for (int i = 0; i < names.size(); i++) {
      Evaluation e = evaluations.get(i);
      Map<String, Double> metrics = new LinkedHashMap<>(e.headline());
      if (positive != null) {
        BinaryMetrics b = e.binary(positive);
        metrics.put("roc_auc", b.rocAuc());
        metrics.put("average_precision", b.averagePrecision());
      }
      models.add(new Model(names.get(i), e, Collections.unmodifiableMap(metrics), intervals.get(i)));
    }
    String metric = secondaryMetric();
    List<int[]> pairIndices = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      for (int j = i + 1; j < models.size(); j++) {
        pairIndices.add(new int[] {i, j});
      }
    }
    List<Object> tests = Parallel.map(java.util.stream.IntStream.range(0, 2 * pairIndices.size())
        .boxed().toList(), t -> {
          Evaluation a = evaluations.get(pairIndices.get(t / 2)[0]);
          Evaluation b = evaluations.get(pairIndices.get(t / 2)[1]);
          if (t % 2 == 0) {
            return Significance.approximateRandomization(a, b, metric, ROUNDS, options.seed());
          }
          return options.resamples() > 0 && a.documents() > 0
              ? Significance.pairedBootstrap(a, b, metric, options.resamples(), options.seed()) : null;
        }, threads, 2);
    for (int p = 0; p < pairIndices.size(); p++) {
      Evaluation a = evaluations.get(pairIndices.get(p)[0]);
      Evaluation b = evaluations.get(pairIndices.get(p)[1]);
      pairs.add(new Pair(names.get(pairIndices.get(p)[0]), names.get(pairIndices.get(p)[1]),
          Significance.mcNemar(a, b), (Significance.Randomization) tests.get(2 * p),
          (Significance.Bootstrap) tests.get(2 * p + 1)));
    }
  }

  /**
   * The positive label when every model scores the same binary task (the options' label, else the one sorting
   * last), otherwise null: ROC-AUC and average precision are then left out.
   */
  private static String positive(List<Evaluation> evaluations, String requested) {
    for (Evaluation e : evaluations) {
      if (!e.binary() || !new HashSet<>(e.labels()).equals(new HashSet<>(evaluations.get(0).labels()))) {
        return null;
      }
    }
    return requested != null ? requested : evaluations.get(0).defaultPositive();
  }

  /**
   * The positive label of a binary comparison, or null. A comparison is binary when every model's evaluation is
   * {@link Evaluation#binary() binary} over the same two labels.
   *
   * @return the options' positive label, else the label sorting last; null when the comparison is not binary
   */
  public String positive() {
    return positive;
  }

  /**
   * The models, in the order of the names given.
   *
   * @return an unmodifiable list
   */
  public List<Model> models() {
    return List.copyOf(models);
  }

  /**
   * The tests of every pair of models {@code (i, j)} with {@code i < j}, ordered by {@code i} then {@code j}.
   *
   * @return an unmodifiable list of {@code n (n - 1) / 2} pairs
   */
  public List<Pair> pairs() {
    return List.copyOf(pairs);
  }

  /**
   * Whether the models are multi-label (taken from the first model; the pairing checks they all agree).
   *
   * @return true for multi-label models
   */
  public boolean multiLabel() {
    return models.get(0).evaluation().multiLabel();
  }

  /**
   * The metric McNemar's test speaks about: accuracy, or subset accuracy for multi-label models.
   *
   * @return {@code accuracy} or {@code subset_accuracy}
   */
  public String primaryMetric() {
    return multiLabel() ? "subset_accuracy" : "accuracy";
  }

  /**
   * The metric approximate randomisation tests: macro F1, or micro F1 for multi-label models.
   *
   * @return {@code macro_f1} or {@code micro_f1}
   */
  public String secondaryMetric() {
    return multiLabel() ? "micro_f1" : "macro_f1";
  }

  ReportOptions options() {
    return options;
  }

  Model model(String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * The same as report.json of {@link Report#compare}.
   *
   * @return the comparison as a JSON document
   */
  public String toJson() {
    return ComparisonReport.json(this);
  }
}
