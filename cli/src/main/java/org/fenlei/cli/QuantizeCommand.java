package org.fenlei.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.Format;
import org.fenlei.corpora.Split;
import org.fenlei.core.ModelFile;
import org.fenlei.core.TextClassifier;
import org.fenlei.neural.FastText;
import org.fenlei.neural.Quantizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quantize", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Shrink a fastText model for serving: keep the input rows that matter (largest norms, as the "
        + "fastText tool's -cutoff) and store them as int8 with a scale and offset per row.",
    footer = {"", "Examples:",
        "  fenlei quantize --model model.fenlei --out model.q.fenlei",
        "  fenlei quantize --model senti.fenlei --corpus chnsenticorp --out senti.q.fenlei   (prune, retrain, int8)",
        "  fenlei quantize --model model.bin --cutoff 100000 --out model.q.fenlei   (a fastText tool model)"})
final class QuantizeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "MODEL", required = true,
      description = "The model file: a fenlei fastText model, or the fastText tool's .bin.")
  Path model;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The quantized model file to write.")
  Path out;

  @Option(names = "--cutoff", paramLabel = "ROWS", defaultValue = "" + Quantizer.DEFAULT_CUTOFF,
      description = "Input rows (words and n-gram buckets) to keep; 0 keeps all (default ${DEFAULT-VALUE}).")
  int cutoff;

  @Option(names = "--train", paramLabel = "PATH",
      description = "Labelled documents to train the kept rows on again after pruning (the tool's -retrain); "
          + "usually the model's training data.")
  Path train;

  @Option(names = "--corpus", paramLabel = "NAME",
      description = "Retrain on the training part of a standard corpus instead (see --data-dir).",
      completionCandidates = PresetNames.class)
  String corpus;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws Exception {
    TextClassifier m = ModelFile.load(model);
    if (!(m instanceof FastText ft)) {
      throw new UsageException("quantize: a " + m.kind() + " model cannot be quantized (only fasttext models)");
    }
    if (ft.quantized()) {
      throw new UsageException("quantize: " + model + " is already quantized");
    }
    if (train != null && corpus != null) {
      throw new UsageException("give at most one of --train PATH and --corpus NAME");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Document> docs = corpus != null
        ? InputOptions.drain(input.openPreset(corpus, Split.TRAIN), corpus + " (train)", err)
        : train != null ? InputOptions.drain(input.open(train, Format.FASTTEXT), train.toString(), err) : List.of();
    FastText q = Quantizer.quantize(ft, cutoff, docs);
    ModelFile.save(q, out);
    PrintWriter o = spec.commandLine().getOut();
    o.printf("quantized %s: %,d of %,d input rows kept, int8; %,d bytes -> %,d bytes; wrote %s%n", model,
        q.inputRows(), ft.inputRows(), Files.size(model), Files.size(out), out);
    return 0;
  }
}
