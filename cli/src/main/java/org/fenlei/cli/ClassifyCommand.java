package org.fenlei.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fenlei.corpora.DocumentStream;
import org.fenlei.corpora.Format;
import org.fenlei.core.ModelFile;
import org.fenlei.core.BatchClassifier;
import org.fenlei.core.RecordWriter;
import org.fenlei.core.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Label documents: files of one document a line, or folder trees of one document a file.",
    footer = {"", "Output records, one per document, best label first:",
        "  jsonl: {\"path\": FILE, \"line\": N or null, \"labels\": [{\"label\": L, \"score\": S}, ...]}",
        "  tsv/csv: path-or-line, label, score, label, score, ...",
        "", "Examples:",
        "  fenlei classify --model model.fenlei docs/",
        "  fenlei classify --model model.fenlei --top-k 3 --output-format tsv --output out.tsv texts.txt"})
final class ClassifyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "MODEL", required = true, description = "The model file.")
  Path model;

  @Option(names = "--top-k", paramLabel = "K", defaultValue = "-1",
      description = "At most K labels a document (default: 1 for multi-class, all above threshold for multi-label).")
  int topK;

  @Option(names = "--threshold", paramLabel = "T", defaultValue = "NaN",
      description = "Only labels scoring at least T (default: the model's own thresholds).")
  double threshold;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--output-format", paramLabel = "F", defaultValue = "jsonl", description = "jsonl (default), tsv or csv.")
  String outputFormat;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--pretokenized",
      description = "The text is already split into tokens on spaces: skip segmentation (fastText models; the "
          + "fastText tool's .bin/.ftz models never segment).")
  boolean pretokenized;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Mixin
  InputOptions input;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to classify.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    RecordWriter.Format format;
    BatchClassifier batches;
    TextClassifier m = ModelFile.load(model);
    try {
      format = RecordWriter.Format.parse(outputFormat);
      batches = new BatchClassifier(m, topK, threshold, pretokenized, Math.max(1, threads));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    long count = 0;
    long skipped = 0;
    Writer w = output == null ? spec.commandLine().getOut() : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    try {
      RecordWriter records = new RecordWriter(w, format, paths.size() > 1);
      for (Path p : paths) {
        try (DocumentStream docs = input.open(p, Format.LINES)) {
          count += batches.classify(docs, records);
          skipped += docs.skipped();
        }
      }
    } finally {
      if (output == null) {
        w.flush();
      } else {
        w.close();
      }
    }
    if (output != null) {
      spec.commandLine().getErr().println("fenlei: classified " + count + " documents into " + output);
    }
    if (skipped > 0) {
      spec.commandLine().getErr().println("fenlei: skipped " + skipped + " bad documents");
    }
    return 0;
  }
}
