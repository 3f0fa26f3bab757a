package org.fenlei.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.Format;
import org.fenlei.corpora.Split;
import org.fenlei.corpora.Splits;
import org.fenlei.eval.Evaluation;
import org.fenlei.eval.Evaluator;
import org.fenlei.core.ModelFile;
import org.fenlei.core.ModelKinds;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.Settings;
import org.fenlei.core.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Train a model on labelled documents and save it as one file.",
    footer = {"", "Examples:",
        "  fenlei train --train train.txt --format fasttext --model nb --out model.fenlei",
        "  fenlei train --corpus chnsenticorp --model nb --set alpha=0.1 --out senti.fenlei",
        "", "Model kinds (--model) and their settings (--set key=value, defaults in brackets):"})
final class TrainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--train", paramLabel = "PATH", description = "Training documents (file or folder).")
  Path train;

  @Option(names = "--corpus", paramLabel = "NAME",
      description = "Train on the training part of a standard corpus instead (see --data-dir): ${COMPLETION-CANDIDATES}.",
      completionCandidates = PresetNames.class)
  String corpus;

  @Option(names = "--dev", paramLabel = "PATH",
      description = "Held-out labelled documents (same --format): used for tuning where a model tunes, and scored "
          + "after training.")
  Path dev;

  @Option(names = "--model", paramLabel = "KIND", defaultValue = "nb",
      description = "Model kind (default nb); the kinds are listed below.")
  String model;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A model setting; repeatable.")
  List<String> settings = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--multi-label", description = "Train a multi-label model even if no document has two labels; "
      + "documents without a label are then negatives for every label.")
  boolean multiLabel;

  @Option(names = "--dedup", description = "Drop documents whose text repeats an earlier one.")
  boolean dedup;

  @Option(names = "--out", paramLabel = "MODEL", required = true, description = "The model file to write.")
  Path out;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws Exception {
    if ((train == null) == (corpus == null)) {
      throw new UsageException("give exactly one of --train PATH and --corpus NAME");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Document> docs = corpus != null
        ? InputOptions.drain(input.openPreset(corpus, Split.TRAIN), corpus + " (train)", err)
        : InputOptions.drain(input.open(train, Format.FASTTEXT), train.toString(), err);
    if (dedup) {
      int before = docs.size();
      docs = Splits.dedup(docs);
      err.println("fenlei: dropped " + (before - docs.size()) + " duplicate documents");
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no training documents in " + (train != null ? train : corpus));
    }
    Settings parsed = Settings.parse(settings);
    List<Document> devDocs = dev == null ? List.of()
        : InputOptions.drain(input.open(dev, Format.FASTTEXT), dev.toString(), err);
    long t0 = System.nanoTime();
    StageLog stages = new StageLog(err);
    TextClassifier m;
    try {
      m = ModelKinds.train(model, docs, devDocs, parsed,
          new ModelTrainer.Context(multiLabel, Math.max(1, threads), stages));
    } finally {
      stages.close();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    ModelFile.save(m, out);
    PrintWriter o = spec.commandLine().getOut();
    o.printf("trained %s on %d documents, %d labels%s in %.1f s; wrote %s%n", model, docs.size(), m.labels().size(),
        m.multiLabel() ? " (multi-label)" : "", seconds, out);
    if (!m.settings().isEmpty()) {
      StringBuilder sb = new StringBuilder("settings:");
      m.settings().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
      o.println(sb);
    }
    if (!devDocs.isEmpty()) {
      Evaluation e = Evaluator.evaluate(m, devDocs, -1, Double.NaN, threads);
      o.println("dev: " + e.toJson());
    }
    return 0;
  }
}
