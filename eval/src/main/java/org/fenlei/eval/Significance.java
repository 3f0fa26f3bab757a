package org.fenlei.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Whether the difference between two models scored on the same documents is real: paired tests that look at the
 * documents one model gets right and the other wrong, not at two independent samples.
 */
public final class Significance {
  private Significance() {}

  /**
   * McNemar's test on exact-match correctness: {@code firstOnlyCorrect} documents only the first model got
   * right, {@code secondOnlyCorrect} only the second; the p-value is exact, two-sided,
   * {@code min(1, 2 P[X <= min(b, c)])} for {@code X ~ Binomial(b + c, 1/2)} (statsmodels' {@code exact=True}).
   *
   * @param firstOnlyCorrect documents whose predicted label set only the first model got exactly right ({@code b})
   * @param secondOnlyCorrect documents whose predicted label set only the second model got exactly right
   *     ({@code c})
   * @param pValue the exact two-sided p-value in (0, 1]; 1 when the models never disagree on correctness
   */
  public record McNemar(long firstOnlyCorrect, long secondOnlyCorrect, double pValue) {}

  /**
   * Approximate randomisation (Noreen 1989) of a metric difference {@code first - second}: in each round every
   * document's two outputs are swapped with probability 1/2; the p-value is
   * {@code (1 + rounds with |difference| >= |observed|) / (rounds + 1)}.
   *
   * @param metric the metric key, e.g. {@code macro_f1}
   * @param difference the observed difference {@code metric(first) - metric(second)}
   * @param rounds the number of randomisation rounds
   * @param pValue the two-sided p-value in (0, 1], never below {@code 1 / (rounds + 1)}
   */
  public record Randomization(String metric, double difference, int rounds, double pValue) {}

  /**
   * Paired bootstrap of a metric difference {@code first - second} (Koehn 2004; Berg-Kirkpatrick et al. 2012):
   * each resample draws documents with replacement and scores both models on the same draw; {@code interval} is
   * the 95% percentile interval of the resampled differences. An interval that excludes 0 says the same as a
   * significant two-sided test at 5%, and also how large the gain plausibly is.
   *
   * @param metric the metric key, e.g. {@code macro_f1}
   * @param difference the observed difference {@code metric(first) - metric(second)} on all documents
   * @param interval the 95% interval of the difference; undefined when fewer than half the resamples defined it
   * @param resamples the number of bootstrap resamples
   */
  public record Bootstrap(String metric, double difference, Interval interval, int resamples) {
    /**
     * True when the whole interval lies on one side of zero.
     *
     * @return whether the interval is defined and excludes 0
     */
    public boolean excludesZero() {
      return interval.defined() && (interval.low() > 0 || interval.high() < 0);
    }
  }

  /**
   * McNemar's exact test of two models' exact-match correctness on the same documents.
   *
   * @param first the first model's evaluation
   * @param second the second model's evaluation, of the same documents in the same order
   * @return the discordant counts and the p-value
   * @throws IllegalArgumentException when the evaluations differ in document count, task (multi-class or
   *     multi-label) or any document's gold labels
   */
  public static McNemar mcNemar(Evaluation first, Evaluation second) {
    Paired p = Paired.of(first, second);
    long b = 0;
    long c = 0;
    for (int i = 0; i < p.first.size(); i++) {
      boolean x = p.first.get(i).exact();
      boolean y = p.second.get(i).exact();
      b += x && !y ? 1 : 0;
      c += y && !x ? 1 : 0;
    }
    return new McNemar(b, c, binomialTwoSided(Math.min(b, c), b + c));
  }

  /**
   * Approximate randomisation test of the difference in one metric between two models on the same documents.
   * The same arguments give the same result.
   *
   * @param first the first model's evaluation
   * @param second the second model's evaluation, of the same documents in the same order
   * @param metric one of accuracy, subset_accuracy, micro_f1, macro_f1, weighted_f1, samples_f1, hamming_loss
   * @param rounds randomisation rounds, at least 1
   * @param seed the random seed of the swaps
   * @return the observed difference and its p-value
   * @throws IllegalArgumentException when {@code rounds <= 0}, the metric is unknown, or the evaluations differ
   *     in document count, task or any document's gold labels
   */
  public static Randomization approximateRandomization(Evaluation first, Evaluation second, String metric, int rounds,
      long seed) {
    Setup s = Setup.of(first, second, metric, rounds, "rounds");
    Metric m = s.metric;
    Paired p = s.paired;
    Outcomes x = s.x;
    Outcomes y = s.y;
    double observed = s.observed;
    SplittableRandom random = new SplittableRandom(seed);
    int extreme = 0;
    for (int r = 0; r < rounds; r++) {
      Counts cx = new Counts(p.labels);
      Counts cy = new Counts(p.labels);
      for (int i = 0; i < x.documents; i++) {
        boolean swap = random.nextBoolean();
        cx.add(swap ? y : x, i, 1);
        cy.add(swap ? x : y, i, 1);
      }
      double d = m.of(cx, p.labels) - m.of(cy, p.labels);
      extreme += Math.abs(d) >= Math.abs(observed) - 1e-12 ? 1 : 0;
    }
    return new Randomization(metric, observed, rounds, (extreme + 1.0) / (rounds + 1.0));
  }

  /**
   * Paired bootstrap interval of the difference in one metric between two models on the same documents; works
   * for multi-class and multi-label alike. The same arguments give the same result.
   *
   * @param first the first model's evaluation
   * @param second the second model's evaluation, of the same documents in the same order
   * @param metric as for {@link #approximateRandomization}
   * @param resamples bootstrap resamples, at least 1
   * @param seed the random seed of the resampling
   * @return the observed difference and its 95% interval
   * @throws IllegalArgumentException when {@code resamples <= 0}, the metric is unknown, or the evaluations
   *     differ in document count, task or any document's gold labels
   */
  public static Bootstrap pairedBootstrap(Evaluation first, Evaluation second, String metric, int resamples,
      long seed) {
    Setup s = Setup.of(first, second, metric, resamples, "resamples");
    int n = s.x.documents;
    int[] weights = new int[n];
    double[] differences = new double[resamples];
    SplittableRandom random = new SplittableRandom(seed);
    for (int b = 0; b < resamples; b++) {
      Arrays.fill(weights, 0);
      for (int i = 0; i < n; i++) {
        weights[random.nextInt(n)]++;
      }
      differences[b] = s.paired.difference(s.metric, s.x, s.y, weights);
    }
    return new Bootstrap(metric, s.observed, Resampler.percentiles(differences), resamples);
  }

  /** What both paired tests start from: the metric, the paired rows, each model's outcomes, the observed gap. */
  private record Setup(Metric metric, Paired paired, Outcomes x, Outcomes y, double observed) {
    static Setup of(Evaluation first, Evaluation second, String metric, int repeats, String what) {
      if (repeats <= 0) {
        throw new IllegalArgumentException(what + " must be > 0: " + repeats);
      }
      Metric m = Metric.named(metric);
      Paired p = Paired.of(first, second);
      Outcomes x = Outcomes.of(p.first);
      Outcomes y = Outcomes.of(p.second);
      return new Setup(m, p, x, y, p.difference(m, x, y, null));
    }
  }

  /** {@code min(1, 2 P[X <= k])} for {@code X ~ Binomial(n, 1/2)}, summed in log space. */
  static double binomialTwoSided(long k, long n) {
    if (n == 0) {
      return 1;
    }
    double logTerm = n * Math.log(0.5); // log C(n, 0) 2^-n
    double logSum = logTerm;
    for (long i = 0; i < k; i++) {
      logTerm += Math.log((double) (n - i) / (i + 1)); // C(n, i+1) = C(n, i) (n-i) / (i+1)
      double hi = Math.max(logSum, logTerm);
      logSum = hi + Math.log(Math.exp(logSum - hi) + Math.exp(logTerm - hi));
    }
    return Math.min(1, 2 * Math.exp(logSum));
  }

  /** Both evaluations' rows over one shared label space, after checking they score the same gold documents. */
  private record Paired(List<Row> first, List<Row> second, int labels) {
    static Paired of(Evaluation a, Evaluation b) {
      if (a.documents() != b.documents() || a.multiLabel() != b.multiLabel()) {
        throw new IllegalArgumentException("paired tests need the same documents and task: " + a.documents() + " vs "
            + b.documents() + " documents, multi-label " + a.multiLabel() + " vs " + b.multiLabel());
      }
      Map<String, Integer> shared = new HashMap<>();
      for (String l : a.labels()) {
        shared.putIfAbsent(l, shared.size());
      }
      for (String l : b.labels()) {
        shared.putIfAbsent(l, shared.size());
      }
      int[] mapA = map(a.labels(), shared);
      int[] mapB = map(b.labels(), shared);
      List<Row> x = new ArrayList<>();
      List<Row> y = new ArrayList<>();
      for (int i = 0; i < a.documents(); i++) {
        Row ra = remap(a.rows().get(i), mapA);
        Row rb = remap(b.rows().get(i), mapB);
        if (!set(ra.gold()).equals(set(rb.gold()))) {
          throw new IllegalArgumentException("paired tests need the same gold labels: document " + (i + 1) + " ("
              + ra.id() + ") differs");
        }
        x.add(ra);
        y.add(rb);
      }
      return new Paired(x, y, shared.size());
    }

    /** {@code metric(x) - metric(y)} with each document counted {@code weights[d]} times (null: once). */
    double difference(Metric metric, Outcomes x, Outcomes y, int[] weights) {
      return metric.of(Counts.of(x, weights, labels), labels) - metric.of(Counts.of(y, weights, labels), labels);
    }

    private static int[] map(List<String> labels, Map<String, Integer> shared) {
      return labels.stream().mapToInt(shared::get).toArray();
    }

    private static Row remap(Row r, int[] map) {
      return new Row(r.id(), r.text(), apply(r.gold(), map), apply(r.predicted(), map), null, null, null, null, null);
    }

    private static int[] apply(int[] ids, int[] map) {
      int[] out = new int[ids.length];
      for (int i = 0; i < ids.length; i++) {
        out[i] = map[ids[i]];
      }
      return out;
    }

    private static Set<Integer> set(int[] a) {
      Set<Integer> s = new HashSet<>();
      for (int v : a) {
        s.add(v);
      }
      return s;
    }
  }
}
