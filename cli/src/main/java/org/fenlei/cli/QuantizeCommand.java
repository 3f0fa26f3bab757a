package org.fenlei.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.Format;
import org.fenlei.corpora.Split;
import org.fenlei.core.ModelFile;
import org.fenlei.core.Quantizable;
import org.fenlei.core.Settings;
import org.fenlei.core.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quantize", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Turn a model into its int8 serving form. fastText: keep the input rows that matter (largest "
        + "norms, as the fastText tool's -cutoff) and store them as int8 with a scale and offset per row. TextCNN: "
        + "int8 embedding table, convolutions and output layer, the pooled features' range from quantization-aware "
        + "training or observed on --train/--corpus documents.",
    footer = {"", "Examples:",
        "  fenlei quantize --model model.fenlei --out model.q.fenlei",
        "  fenlei quantize --model senti.fenlei --corpus chnsenticorp --out senti.q.fenlei   (prune, retrain, int8)",
        "  fenlei quantize --model model.bin --cutoff 100000 --out model.q.fenlei   (a fastText tool model)",
        "  fenlei quantize --model cnn.fenlei --corpus chnsenticorp --out cnn.q.fenlei   (TextCNN, calibrated)",
        "  fenlei quantize --model cnn.fenlei --corpus chnsenticorp --set method=qat --out cnn.q.fenlei",
        "", "Settings (--set) of each quantizable kind:",
        "  fasttext  cutoff=ROWS (as --cutoff)",
        "  textcnn   method=auto|ptq|qat  calibration-docs=2048  qat-epochs=2  qat-lr=0.0005  dense=int8|float"})
final class QuantizeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "MODEL", required = true,
      description = "The model file: a fenlei fastText or TextCNN model, or the fastText tool's .bin.")
  Path model;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The quantized model file to write.")
  Path out;

  @Option(names = "--cutoff", paramLabel = "ROWS",
      description = "Input rows (words and n-gram buckets) to keep; 0 keeps all (default: the model kind's, "
          + "50,000 for fastText).")
  Integer cutoff;

  @Option(names = "--train", paramLabel = "PATH",
      description = "Labelled documents, usually the model's training data: fastText trains the kept rows on them "
          + "again after pruning (the tool's -retrain); TextCNN calibrates or trains quantization-aware on them.")
  Path train;

  @Option(names = "--corpus", paramLabel = "NAME",
      description = "Retrain on the training part of a standard corpus instead (see --data-dir).",
      completionCandidates = PresetNames.class)
  String corpus;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A quantization setting of the model's kind; "
      + "repeatable (see below).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws Exception {
    TextClassifier m = ModelFile.load(model);
    Quantizable q = m.capability(Quantizable.class).orElseThrow(() -> new UsageException("quantize: a " + m.kind()
        + " model has no int8 form (quantizable kinds: fasttext, textcnn)"));
    if (q.quantized()) {
      throw new UsageException("quantize: " + model + " is already quantized");
    }
    if (train != null && corpus != null) {
      throw new UsageException("give at most one of --train PATH and --corpus NAME");
    }
    Settings given = Settings.parse(sets);
    Settings settings = (cutoff == null ? given : given.with("cutoff", cutoff.toString()))
        .validate(m.kind() + " quantization", q.quantizeSettings());
    PrintWriter err = spec.commandLine().getErr();
    List<Document> docs = corpus != null
        ? InputOptions.drain(input.openPreset(corpus, Split.TRAIN), corpus + " (train)", err)
        : train != null ? InputOptions.drain(input.open(train, Format.FASTTEXT), train.toString(), err) : List.of();
    TextClassifier quantized = q.quantize(settings, docs, Runtime.getRuntime().availableProcessors());
    ModelFile.save(quantized, out);
    PrintWriter o = spec.commandLine().getOut();
    o.printf("quantized %s: %s; %,d bytes -> %,d bytes; wrote %s%n", model, q.describe(quantized), Files.size(model),
        Files.size(out), out);
    return 0;
  }
}
