package org.fenlei.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.fenlei.core.BatchClassifier;
import org.fenlei.core.ModelFile;
import org.fenlei.core.RecordWriter;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.CharsetChoice;
import org.fenlei.corpora.FileTree;
import org.fenlei.corpora.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Label documents: files of one document a line, or folder trees of one document a file.",
    footer = {"", "Output records, one per document, best label first, in input order:",
        "  jsonl: {\"path\": FILE, \"line\": N or null, \"labels\": [{\"label\": L, \"score\": S}, ...]}",
        "  tsv/csv: path-or-line, label, score, label, score, ...",
        "Documents that cannot be classified (unreadable, binary, empty, over --max-bytes, invalid bytes, symbolic",
        "link loops) go to the errors file as {\"path\", \"line\", \"error\"} and the run goes on.",
        "",
        "Folders: every regular file is a document, walked depth first in name order; symbolic links to files and",
        "folders are followed (loops and broken links are reported as errors); names starting with '.' are skipped",
        "and counted unless --hidden.",
        "",
        "With --output, records go to OUT.partial, renamed to OUT when the run completes; after every batch a",
        "checkpoint (OUT.checkpoint) is written, so a run killed at any moment continues with --resume, without",
        "losing, repeating or tearing a record.",
        "",
        "Exit status: 0 every document classified; 3 some went to the errors file; 1 the run failed; 2 bad usage.",
        "", "Examples:",
        "  fenlei classify --model model.fenlei docs/",
        "  fenlei classify --model model.fenlei --output out.jsonl docs/      # kill it, then add --resume",
        "  fenlei classify --model model.fenlei --sort-into sorted/ --move inbox/",
        "  fenlei classify --model model.fenlei --top-k 3 --output-format tsv --output out.tsv texts.txt"})
final class ClassifyCommand implements Callable<Integer> {
  /** Exit status when the run completed but some documents went to the errors file. */
  static final int SOME_FAILED = 3;

  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "MODEL", required = true, description = "The model file.")
  Path model;

  @Option(names = "--top-k", paramLabel = "K",
      description = "At most K labels a document, K >= 1 (default: 1 for multi-class, all above threshold for "
          + "multi-label).")
  Integer topK;

  @Option(names = "--threshold", paramLabel = "T",
      description = "Only labels scoring at least T, in [0, 1] (default: the model's own thresholds).")
  Double threshold;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--output-format", paramLabel = "F", defaultValue = "jsonl", description = "jsonl (default), tsv or csv.")
  String outputFormat;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Where documents that cannot be classified go, as JSON lines (default: OUT.errors.jsonl beside "
          + "--output; on stderr without --output).")
  Path errors;

  @Option(names = "--resume", description = "Continue an interrupted run from what --output already holds.")
  boolean resume;

  @Option(names = "--force", description = "Overwrite an existing --output (or an interrupted run's files).")
  boolean force;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "8M",
      description = "Largest document, in bytes (suffixes K, M, G; default 8M); larger ones go to the errors file.")
  String maxBytes;

  @Option(names = "--sort-into", paramLabel = "DIR",
      description = "Also copy each file into DIR/<label>/ (its path below the input folder kept); never overwrites.")
  Path sortInto;

  @Option(names = "--move", description = "With --sort-into: move the files instead of copying them.")
  boolean move;

  @Option(names = "--hidden", description = "Also read files and folders whose names start with '.'.")
  boolean hidden;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads, >= 1 (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--pretokenized",
      description = "The text is already split into tokens on spaces: skip segmentation (fastText models; the "
          + "fastText tool's .bin/.ftz models never segment).")
  boolean pretokenized;

  @Option(names = "--no-progress", description = "No progress bar, only the summary line.")
  boolean noProgress;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Mixin
  InputOptions input;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to classify.")
  List<Path> paths;

  private long limit;
  private CharsetChoice charset;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    RecordWriter.Format format = parseFormat();
    limit = parseBytes(maxBytes);
    if (threads < 1) {
      throw new UsageException("--threads must be >= 1: " + threads);
    }
    if (topK != null && topK < 1) {
      throw new UsageException("--top-k must be >= 1: " + topK);
    }
    if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
      throw new UsageException("--threshold must be between 0 and 1 (scores are probabilities): " + threshold);
    }
    if (move && sortInto == null) {
      throw new UsageException("--move needs --sort-into DIR");
    }
    if (resume && output == null) {
      throw new UsageException("--resume needs --output (standard output cannot be resumed)");
    }
    if (resume && force) {
      throw new UsageException("--resume and --force contradict each other");
    }
    charset = input.charsetChoice();
    Format fileFormat = input.format();
    checkPaths(fileFormat);
    Path errorsFile = errors != null ? errors : output == null ? null : defaultErrors(output);
    checkNotInput(output, "--output");
    checkNotInput(errorsFile, "--errors");

    RunOutput out = output == null
        ? RunOutput.toStdout(spec.commandLine().getOut(), errorsFile, err)
        : RunOutput.toFile(output, errorsFile, fingerprint(fileFormat), resume, force, err);
    if (out == null) {
      err.println("fenlei: " + output + " is complete; nothing to resume");
      return 0;
    }
    warmUpSegmenter();
    TextClassifier m = ModelFile.load(model);
    BatchClassifier batches;
    try {
      batches = new BatchClassifier(m, topK == null ? -1 : topK, threshold == null ? Double.NaN : threshold,
          pretokenized, threads);
    } catch (IllegalArgumentException e) {
      out.close();
      throw new UsageException(e.getMessage());
    }
    RecordWriter records = new RecordWriter(null, format, paths.size() > 1);
    SortInto sorter = null;
    if (sortInto != null) {
      sorter = new SortInto(sortInto, move);
      for (RunOutput.Move mv : out.pendingMoves()) {
        ClassifyRun.finishMove(mv);
      }
    }
    List<Path> own = new ArrayList<>(out.ownFiles());
    if (sortInto != null) {
      own.add(sortInto);
    }
    Predicate<Path> exclude = excluder(own);

    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "fenlei-classify");
      t.setDaemon(true);
      return t;
    });
    RunOutput.Point from = out.resumeFrom();
    ProgressBar bar = new ProgressBar(err, "classify", !noProgress && ProgressBar.isTerminal());
    try (out; bar) {
      ClassifyRun run = new ClassifyRun(batches, records, sorter,
          new ClassifyRun.Reading(limit, charset, fileFormat, input, hidden), threads, pool, out, bar, from);
      bar.start();
      if (bar.live()) {
        startCounting(exclude, bar);
      }
      run.classify(paths, exclude);
      long hiddenSkipped = run.hiddenSkipped();
      long excludedSkipped = run.excludedSkipped();
      String where = output == null ? "" : " into " + output;
      StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
          "fenlei: classified %,d documents%s in %.1f s (%,.0f docs/s)", bar.done() - bar.failed(), where,
          bar.seconds(), bar.done() / Math.max(1e-9, bar.seconds())));
      if (from != null) {
        summary.append(String.format(Locale.ROOT, " (resumed after %,d)", from.done()));
      }
      long failed = bar.failed() + (from == null ? 0 : from.failed());
      if (failed > 0) {
        summary.append(String.format(Locale.ROOT, "; %,d could not be classified: %s", failed,
            errorsFile == null ? "see above" : "see " + errorsFile));
      }
      if (hiddenSkipped > 0) {
        summary.append(String.format(Locale.ROOT, "; skipped %,d hidden names (--hidden reads them)", hiddenSkipped));
      }
      if (excludedSkipped > 0) {
        summary.append(String.format(Locale.ROOT, "; skipped %,d of this run's own files", excludedSkipped));
      }
      out.complete(failed > 0);
      bar.finish(summary.toString());
      return failed > 0 ? SOME_FAILED : 0;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Builds jieba's dictionary on another thread while the model file is read (most models segment with it; both
   * take a few hundred milliseconds in a fresh JVM). The tool's own fastText files never segment: skipped.
   */
  private void warmUpSegmenter() {
    String name = model.getFileName().toString();
    if (pretokenized || name.endsWith(".bin") || name.endsWith(".ftz")) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        org.fenlei.segment.Segmenters.builder().build();
      } catch (RuntimeException e) {
        // the model's own load reports any problem with the dictionary
      }
    }, "fenlei-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private RecordWriter.Format parseFormat() {
    try {
      return RecordWriter.Format.parse(outputFormat);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--output-format: " + e.getMessage());
    }
  }

  static long parseBytes(String s) {
    String t = s.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("K") || t.endsWith("M") || t.endsWith("G")) {
      unit = t.endsWith("K") ? 1L << 10 : t.endsWith("M") ? 1L << 20 : 1L << 30;
      t = t.substring(0, t.length() - 1);
    }
    long v;
    try {
      v = Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new UsageException("--max-bytes: not a size: '" + s + "' (e.g. 500000, 512K, 8M, 1G)");
    }
    if (v < 1 || v > (Integer.MAX_VALUE - 8) / unit) {
      throw new UsageException("--max-bytes must be between 1 and 2G: " + s);
    }
    return v * unit;
  }

  private static Path defaultErrors(Path out) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return out.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".errors.jsonl");
  }

  private void checkPaths(Format fileFormat) {
    Set<Path> seen = new HashSet<>();
    for (Path p : paths) {
      if (!seen.add(p.toAbsolutePath().normalize())) {
        throw new UsageException(p + " is given twice");
      }
      if (!Files.exists(p)) {
        if (Files.isSymbolicLink(p)) {
          throw new UsageException(p + " is a broken symbolic link");
        }
        throw new UsageException("no such file or folder: " + p);
      }
    }
    if (sortInto != null) {
      for (Path p : paths) {
        if (!Files.isDirectory(p)) {
          throw new UsageException("--sort-into sorts the files of folders; " + p + " is a file (classify its "
              + "lines without --sort-into)");
        }
      }
    }
  }

  /** Refuses an output that is one of the inputs (the same file by inode, whatever its name). */
  private void checkNotInput(Path file, String option) throws IOException {
    if (file == null) {
      return;
    }
    for (Path own : List.of(file, RunOutput.sibling(file, ".partial"))) {
      if (!Files.exists(own)) {
        continue;
      }
      for (Path p : paths) {
        if (!Files.isDirectory(p) && Files.isSameFile(p, own)) {
          throw new UsageException(option + " " + file + " is the input " + p + "; write somewhere else");
        }
      }
    }
    for (Path p : paths) {
      if (Files.isDirectory(p) && Files.exists(file) && Files.isSameFile(p, file)) {
        throw new UsageException(option + " " + file + " is the input folder " + p);
      }
    }
  }

  /** Leaves out of a folder walk this run's own output files and --sort-into folder, by file identity. */
  private static Predicate<Path> excluder(List<Path> own) {
    Set<String> names = new HashSet<>();
    for (Path p : own) {
      names.add(p.getFileName().toString());
    }
    return p -> {
      if (!names.contains(p.getFileName().toString())) {
        return false;
      }
      for (Path o : own) {
        try {
          if (Files.exists(o) && Files.isSameFile(o, p)) {
            return true;
          }
        } catch (IOException e) {
          // unreadable: not ours
        }
      }
      return false;
    };
  }

  private String fingerprint(Format fileFormat) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("model=").append(model.toAbsolutePath().normalize()).append(' ').append(Files.size(model)).append(' ')
        .append(Files.getLastModifiedTime(model).toMillis());
    sb.append(" top-k=").append(topK).append(" threshold=").append(threshold).append(" output-format=")
        .append(outputFormat.toLowerCase(Locale.ROOT)).append(" format=").append(fileFormat).append(" charset=")
        .append(charset).append(" max-bytes=").append(limit).append(" hidden=").append(hidden)
        .append(" pretokenized=").append(pretokenized).append(" sort-into=")
        .append(sortInto == null ? null : sortInto.toAbsolutePath().normalize()).append(" move=").append(move)
        .append(" columns=").append(input.textCol).append('/').append(input.labelCol).append('/')
        .append(input.textField).append('/').append(input.labelField).append('/').append(input.header);
    for (Path p : paths) {
      sb.append(" input=").append(p.toAbsolutePath().normalize());
    }
    return sb.toString();
  }

  /** Walks the folders a second time, only counting files, so that the bar can show a total and an ETA. */
  private void startCounting(Predicate<Path> exclude, ProgressBar bar) {
    if (paths.stream().noneMatch(Files::isDirectory)) {
      return;
    }
    Thread t = new Thread(() -> {
      long n = 0;
      for (Path p : paths) {
        if (!Files.isDirectory(p)) {
          return; // lines of files cannot be counted ahead
        }
        try (FileTree tree = FileTree.walk(p, hidden, exclude)) {
          while (tree.hasNext()) {
            tree.next();
            n++;
          }
        } catch (IOException | RuntimeException e) {
          return;
        }
      }
      bar.total(n);
    }, "fenlei-count");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

}
