package org.fenlei.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.Format;
import org.fenlei.corpora.Split;
import org.fenlei.eval.Evaluation;
import org.fenlei.eval.Report;
import org.fenlei.features.ModelFile;
import org.fenlei.features.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Score a model on labelled documents, with the same decisions classify makes.",
    footer = {"", "Examples:",
        "  fenlei eval --model model.fenlei --test test.txt --format fasttext --report report/",
        "  fenlei eval --model senti.fenlei --corpus chnsenticorp --json"})
final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "MODEL", required = true, description = "The model file.")
  Path model;

  @Option(names = "--test", paramLabel = "PATH", description = "Labelled test documents (file or folder).")
  Path test;

  @Option(names = "--corpus", paramLabel = "NAME",
      description = "Score on the test part of a standard corpus instead: ${COMPLETION-CANDIDATES}.",
      completionCandidates = PresetNames.class)
  String corpus;

  @Option(names = "--json", description = "Print the metrics as one JSON object.")
  boolean json;

  @Option(names = "--report", paramLabel = "DIR", description = "Write report.html, report.md and report.json here.")
  Path report;

  @Option(names = "--top-k", paramLabel = "K", defaultValue = "-1",
      description = "Multi-label: predict at most K labels (default: all above the threshold).")
  int topK;

  @Option(names = "--threshold", paramLabel = "T", defaultValue = "NaN",
      description = "Predict only labels scoring at least T (default: the model's own thresholds).")
  double threshold;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws Exception {
    if ((test == null) == (corpus == null)) {
      throw new UsageException("give exactly one of --test PATH and --corpus NAME");
    }
    TextClassifier m = ModelFile.load(model);
    if (!m.multiLabel() && topK > 1) {
      throw new UsageException("--top-k above 1 needs a multi-label model: a multi-class model predicts one label");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Document> docs = corpus != null
        ? InputOptions.drain(input.openPreset(corpus, Split.TEST), corpus + " (test)", err)
        : InputOptions.drain(input.open(test, Format.FASTTEXT), test.toString(), err);
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no test documents in " + (test != null ? test : corpus));
    }
    Evaluation e = Evaluator.evaluate(m, docs, topK, threshold, Math.max(1, threads));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(e.toJson());
    } else {
      out.printf("documents %d%n", e.documents());
      for (Map.Entry<String, Double> h : e.headline().entrySet()) {
        out.printf("%-16s %s%n", h.getKey(), Double.isNaN(h.getValue()) ? "undefined"
            : String.format(java.util.Locale.ROOT, "%.4f", h.getValue()));
      }
    }
    if (report != null) {
      String title = "fenlei evaluation: " + model.getFileName() + " on " + (test != null ? test.getFileName() : corpus);
      Path html = Report.write(e, title, report);
      err.println("fenlei: report written to " + html);
    }
    return 0;
  }
}
