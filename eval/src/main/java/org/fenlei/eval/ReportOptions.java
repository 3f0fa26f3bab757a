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
  /**
   * Validates the options and copies {@code context}.
   *
   * @param title the heading
   * @param context lines saying what was evaluated on what; copied, must not be null nor contain null
   * @param positive the positive label of a binary task; null for {@link Evaluation#defaultPositive()}
   * @param resamples bootstrap resamples for confidence intervals, at least 0 (0: none)
   * @param seed the bootstrap's random seed
   * @param threshold the global decision threshold in use; NaN when unknown or per label
   * @param examples how many errors each bad-case list shows, at least 0
   * @throws IllegalArgumentException when {@code resamples} or {@code examples} is negative
   */
  public ReportOptions {
    context = List.copyOf(context);
    if (resamples < 0 || examples < 0) {
      throw new IllegalArgumentException("resamples and examples must be >= 0: " + resamples + ", " + examples);
    }
  }

  /**
   * The defaults under a title: no context lines, the default positive label, 1000 bootstrap resamples with
   * seed 1, an unknown threshold and 12 examples per bad-case list.
   *
   * @param title the heading
   */
  public ReportOptions(String title) {
    this(title, List.of(), null, 1000, 1L, Double.NaN, 12);
  }

  /**
   * A copy with other context lines.
   *
   * @param lines lines saying what was evaluated on what; must not be null nor contain null
   * @return the new options; this one is unchanged
   */
  public ReportOptions withContext(List<String> lines) {
    return new ReportOptions(title, lines, positive, resamples, seed, threshold, examples);
  }

  /**
   * A copy with another positive label.
   *
   * @param label the positive label of a binary task; null for {@link Evaluation#defaultPositive()}
   * @return the new options; this one is unchanged
   */
  public ReportOptions withPositive(String label) {
    return new ReportOptions(title, context, label, resamples, seed, threshold, examples);
  }

  /**
   * A copy with other bootstrap settings.
   *
   * @param count bootstrap resamples for confidence intervals, at least 0 (0: none)
   * @param randomSeed the bootstrap's random seed
   * @return the new options; this one is unchanged
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public ReportOptions withBootstrap(int count, long randomSeed) {
    return new ReportOptions(title, context, positive, count, randomSeed, threshold, examples);
  }

  /**
   * A copy with another global decision threshold.
   *
   * @param t the threshold in use; NaN when unknown or per label
   * @return the new options; this one is unchanged
   */
  public ReportOptions withThreshold(double t) {
    return new ReportOptions(title, context, positive, resamples, seed, t, examples);
  }

  /**
   * A copy showing another number of errors in each bad-case list.
   *
   * @param n errors per list, at least 0
   * @return the new options; this one is unchanged
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public ReportOptions withExamples(int n) {
    return new ReportOptions(title, context, positive, resamples, seed, threshold, n);
  }
}
