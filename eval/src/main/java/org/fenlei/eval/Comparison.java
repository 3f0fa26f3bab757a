package org.fenlei.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Several models scored on the same documents: each model's headline metrics with bootstrap intervals, and for
 * every pair McNemar's test on exact-match correctness plus approximate randomisation of macro F1 (multi-class)
 * or micro F1 (multi-label), so that a report can say whether a difference is real.
 */
public final class Comparison {
  /** Significance level the reports use to call a difference significant. */
  public static final double ALPHA = 0.05;

  /** Rounds of approximate randomisation: p-values resolve to about 0.001. */
  public static final int ROUNDS = 1000;

  public record Model(String name, Evaluation evaluation, Map<String, Interval> intervals) {}

  public record Pair(String first, String second, Significance.McNemar mcNemar,
      Significance.Randomization randomization) {
    public boolean significant() {
      return mcNemar.pValue() < ALPHA || randomization.pValue() < ALPHA;
    }
  }

  private final List<Model> models = new ArrayList<>();
  private final List<Pair> pairs = new ArrayList<>();
  private final ReportOptions options;

  public Comparison(List<String> names, List<Evaluation> evaluations, ReportOptions options) {
    if (names.size() != evaluations.size() || names.size() < 2) {
      throw new IllegalArgumentException("a comparison needs two or more models, each with a name");
    }
    if (new HashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("model names must differ: " + names);
    }
    this.options = options;
    for (int i = 0; i < names.size(); i++) {
      Evaluation e = evaluations.get(i);
      Map<String, Interval> ci = options.resamples() > 0 && e.documents() > 0
          ? e.confidenceIntervals(options.resamples(), options.seed(), null) : Map.of();
      models.add(new Model(names.get(i), e, ci));
    }
    String metric = secondaryMetric();
    for (int i = 0; i < models.size(); i++) {
      for (int j = i + 1; j < models.size(); j++) {
        Evaluation a = models.get(i).evaluation();
        Evaluation b = models.get(j).evaluation();
        pairs.add(new Pair(names.get(i), names.get(j), Significance.mcNemar(a, b),
            Significance.approximateRandomization(a, b, metric, ROUNDS, options.seed())));
      }
    }
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
