package org.fenlei.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fenlei.eval.Evaluation;
import org.fenlei.eval.Evaluator;
import org.fenlei.eval.Interval;
import org.fenlei.eval.Report;
import org.fenlei.eval.ReportOptions;
import org.fenlei.core.ModelFile;
import org.fenlei.core.Progress;
import org.fenlei.corpora.Document;
import org.fenlei.core.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Score a model on labelled documents, with the same decisions classify makes.",
    footer = {"", "The report (--report DIR) holds report.html (charts, bad cases; no network needed), report.md and",
        "report.json with the same numbers. Intervals are 95%% percentile bootstrap intervals.",
        "", "Examples:",
        "  fenlei eval --model model.fenlei --test test.txt --format fasttext --report report/",
        "  fenlei eval --model senti.fenlei --corpus chnsenticorp --json"})
final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "MODEL", required = true, description = "The model file.")
  Path model;

  @Mixin
  ReportSource source;

  @Option(names = "--json", description = "Print the metrics as one JSON object (headline first, then all metrics "
      + "and intervals).")
  boolean json;

  @Mixin
  ReportSettings settings;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws Exception {
    source.check();
    TextClassifier m = ModelFile.load(model);
    settings.check(m);
    PrintWriter err = spec.commandLine().getErr();
    List<Document> docs = source.documents(input, err);
    StageLog stages = new StageLog(err, true); // only on a terminal: eval's stderr stays empty otherwise
    Evaluation e;
    try {
      e = Evaluator.evaluate(m, docs, settings.topK, settings.threshold, settings.threads(),
          ProgressBar.isTerminal() ? stages : Progress.NONE);
    } finally {
      stages.close();
    }
    String title = "fenlei evaluation: " + model.getFileName() + " on " + source.name();
    ReportOptions options = settings.options(title, List.of("model " + model.getFileName() + " (" + m.kind()
        + (m.multiLabel() ? ", multi-label" : "") + ")", "test " + source.describe(), Evaluator.rule(m, settings.topK,
        settings.threshold)), Evaluator.thresholdInUse(m, settings.threshold));
    Report r = Report.of(e, options);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(r.summaryJson());
    } else {
      print(out, e, r.intervals());
    }
    if (settings.report != null) {
      err.println("fenlei: report written to " + r.writeTo(settings.report));
    }
    return 0;
  }

  static void print(PrintWriter out, Evaluation e, Map<String, Interval> intervals) {
    out.printf("documents %d%n", e.documents());
    for (Map.Entry<String, Double> h : e.headline().entrySet()) {
      Interval ci = intervals.get(h.getKey());
      out.printf("%-16s %s%s%n", h.getKey(), number(h.getValue()), ci == null ? ""
          : "  95% CI " + number(ci.low()) + "–" + number(ci.high()));
    }
  }

  static String number(double v) {
    return Double.isNaN(v) ? "undefined" : String.format(Locale.ROOT, "%.4f", v);
  }
}
