package org.fenlei.eval;

import java.util.List;

/**
 * What a report shows beyond the evaluation itself.
 *
 * @param title the heading
 * @param context lines saying what was evaluated on what (model file, test set, decision rule)
 * @param positive the positive label of a binary task; null for {@link Evaluation#defaultPositive()}
 * @param resamples bootstrap resamples for confidence intervals (0: none)
 * @param seed the bootstrap's random seed, so a report is reproducible
 * @param threshold the global decision threshold in use, marked on the multi-label threshold curve; NaN when
 *     unknown or per label
 * @param examples how many errors each bad-case list shows
 */
public record ReportOptions(String title, List<String> context, String positive, int resamples, long seed,
    double threshold, int examples) {
  public ReportOptions {
    context = List.copyOf(context);
    if (resamples < 0 || examples < 0) {
      throw new IllegalArgumentException("resamples and examples must be >= 0: " + resamples + ", " + examples);
    }
  }

  public ReportOptions(String title) {
    this(title, List.of(), null, 1000, 1L, Double.NaN, 12);
  }

  public ReportOptions withContext(List<String> lines) {
    return new ReportOptions(title, lines, positive, resamples, seed, threshold, examples);
  }

  public ReportOptions withPositive(String label) {
    return new ReportOptions(title, context, label, resamples, seed, threshold, examples);
  }

  public ReportOptions withBootstrap(int count, long randomSeed) {
    return new ReportOptions(title, context, positive, count, randomSeed, threshold, examples);
  }

  public ReportOptions withThreshold(double t) {
    return new ReportOptions(title, context, positive, resamples, seed, t, examples);
  }

  public ReportOptions withExamples(int n) {
    return new ReportOptions(title, context, positive, resamples, seed, threshold, n);
  }
}
