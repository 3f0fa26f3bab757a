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

  /** {@code metrics}: the headline metrics, then roc_auc and average_precision for binary tasks. */
  public record Model(String name, Evaluation evaluation, Map<String, Double> metrics,
      Map<String, Interval> intervals) {}

  /** {@code bootstrap} is null when the options ask for no resamples. */
  public record Pair(String first, String second, Significance.McNemar mcNemar,
      Significance.Randomization randomization, Significance.Bootstrap bootstrap) {
    public boolean significant() {
      return mcNemar.pValue() < ALPHA || randomization.pValue() < ALPHA;
    }
  }

  private final List<Model> models = new ArrayList<>();
  private final List<Pair> pairs = new ArrayList<>();
  private final ReportOptions options;
  private final String positive;

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

  /** The positive label of a binary comparison, or null. */
  public String positive() {
    return positive;
  }

  public List<Model> models() {
    return List.copyOf(models);
  }

  public List<Pair> pairs() {
    return List.copyOf(pairs);
  }

  public boolean multiLabel() {
    return models.get(0).evaluation().multiLabel();
  }

  /** The metric McNemar's test speaks about: accuracy, or subset accuracy for multi-label models. */
  public String primaryMetric() {
    return multiLabel() ? "subset_accuracy" : "accuracy";
  }

  /** The metric approximate randomisation tests: macro F1, or micro F1 for multi-label models. */
  public String secondaryMetric() {
    return multiLabel() ? "micro_f1" : "macro_f1";
  }

  ReportOptions options() {
    return options;
  }

  Model model(String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  /** The same as report.json of {@link Report#compare}. */
  public String toJson() {
    return ComparisonReport.json(this);
  }
}
