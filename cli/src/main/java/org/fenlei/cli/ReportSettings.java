package org.fenlei.cli;

import java.util.List;
import org.fenlei.eval.ReportOptions;
import org.fenlei.core.TextClassifier;
import picocli.CommandLine.Option;

/** Decision rule and report settings shared by {@code eval} and {@code compare}. */
final class ReportSettings {
  @Option(names = "--report", paramLabel = "DIR", description = "Write report.html, report.md and report.json here.")
  java.nio.file.Path report;

  @Option(names = "--top-k", paramLabel = "K", defaultValue = "-1",
      description = "Multi-label: predict at most K labels (default: all above the threshold).")
  int topK;

  @Option(names = "--threshold", paramLabel = "T", defaultValue = "NaN",
      description = "Predict only labels scoring at least T (default: the model's own thresholds).")
  double threshold;

  @Option(names = "--positive", paramLabel = "LABEL",
      description = "Binary tasks: the positive label of ROC and precision-recall (default: the label sorting last, "
          + "e.g. 1, positive, spam).")
  String positive;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
      description = "Bootstrap resamples for confidence intervals (default 1000; 0: none).")
  int bootstrap;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the bootstrap (default 1).")
  long seed;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  int threads() {
    return Math.max(1, threads);
  }

  void check(TextClassifier m) {
    if (!m.multiLabel() && topK > 1) {
      throw new UsageException("--top-k above 1 needs a multi-label model: a multi-class model predicts one label");
    }
    if (bootstrap < 0) {
      throw new UsageException("--bootstrap must be >= 0: " + bootstrap);
    }
    if (positive != null && !m.labels().contains(positive)) {
      throw new UsageException("--positive " + positive + " is not a label of the model: " + m.labels());
    }
  }

  ReportOptions options(String title, List<String> context, double thresholdInUse) {
    return new ReportOptions(title).withContext(context).withPositive(positive).withBootstrap(bootstrap, seed)
        .withThreshold(thresholdInUse);
  }
}
