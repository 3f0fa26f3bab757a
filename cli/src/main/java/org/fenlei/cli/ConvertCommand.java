package org.fenlei.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.fenlei.core.ModelFile;
import org.fenlei.core.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write a model fenlei can load (a fenlei model, or the fastText tool's .bin or .ftz) in fenlei's "
        + "model format, whose checksum refuses a damaged or partly written file: the fastText tool's files carry "
        + "none, so a flipped byte in one loads silently. Predictions stay identical.",
    footer = {"", "Examples:",
        "  fenlei convert --model cooking.bin --out cooking.fenlei",
        "  fenlei convert --model cooking.ftz --out cooking.q.fenlei"})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "MODEL", required = true,
      description = "The model to convert: any file fenlei loads.")
  Path model;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "The fenlei model file to write (replaced atomically; its folder is created).")
  Path out;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (Files.exists(out) && Files.exists(model) && Files.isSameFile(model, out)) {
      throw new UsageException("--out is the model file itself: write the converted model to another file");
    }
    TextClassifier m = ModelFile.load(model);
    ModelFile.save(m, out);
    TextClassifier back = ModelFile.load(out);
    for (String probe : probes(m)) {
      if (!Arrays.equals(m.scores(probe), back.scores(probe)) || !m.labels().equals(back.labels())) {
        throw new IllegalStateException("the converted " + m.kind() + " model scores '" + probe
            + "' differently: " + out + " is not a faithful copy (please report this)");
      }
    }
    spec.commandLine().getOut().printf("converted %s (%s, %d labels, %,d bytes) -> %s (%,d bytes, checksummed)%n",
        model, m.kind(), m.labels().size(), Files.size(model), out, Files.size(out));
    return 0;
  }

  /** Texts the converted model must score exactly as the original: a sentence, and each label's name. */
  private static List<String> probes(TextClassifier m) {
    List<String> probes = new ArrayList<>(List.of("中文 文本 分类"));
    probes.addAll(m.labels());
    return probes;
  }
}
