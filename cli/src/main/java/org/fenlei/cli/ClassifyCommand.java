package org.fenlei.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.fenlei.core.BatchClassifier;
import org.fenlei.core.JsonText;
import org.fenlei.core.ModelFile;
import org.fenlei.core.Prediction;
import org.fenlei.core.RecordWriter;
import org.fenlei.core.ScoredLabel;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.CharsetChoice;
import org.fenlei.corpora.Charsets;
import org.fenlei.corpora.CorpusException;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.DocumentStream;
import org.fenlei.corpora.FileTree;
import org.fenlei.corpora.Format;
import org.fenlei.corpora.TextFiles;
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
  private static final int BATCH = BatchClassifier.BATCH;
  private static final long BATCH_BYTES = 32L << 20;

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

  /** One input unit in order: a file of a folder, a line of a file, or a document read by a format's reader. */
  private record Item(int arg, String key, Path path, String id, long line, byte[] bytes, Charset cs,
                      boolean detected, String text, String problem) {
  }

  /** What became of an item: a record, or an error; and where --move put it. */
  private record Result(Item item, byte[] record, String error, List<Path> moved) {
  }

  private RecordWriter records;
  private BatchClassifier batches;
  private SortInto sorter;
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
    try {
      batches = new BatchClassifier(m, topK == null ? -1 : topK, threshold == null ? Double.NaN : threshold,
          pretokenized, threads);
    } catch (IllegalArgumentException e) {
      out.close();
      throw new UsageException(e.getMessage());
    }
    records = new RecordWriter(null, format, paths.size() > 1);
    if (sortInto != null) {
      sorter = new SortInto(sortInto, move);
      for (RunOutput.Move mv : out.pendingMoves()) {
        finishMove(mv);
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
    long hiddenSkipped = 0;
    long excludedSkipped = 0;
    try (out; bar) {
      Pipeline pipe = new Pipeline(pool, out, bar, from);
      bar.start();
      if (bar.live()) {
        startCounting(exclude, bar);
      }
      for (int a = 0; a < paths.size(); a++) {
        if (from != null && a < from.arg()) {
          continue;
        }
        String after = from != null && a == from.arg() ? from.key() : null;
        Path p = paths.get(a);
        if (Files.isDirectory(p) && fileFormat != Format.FOLDER && fileFormat != null) {
          throw new UsageException(p + " is a folder; --format " + input.format + " reads files (drop --format)");
        }
        if (Files.isDirectory(p)) {
          try (FileTree tree = FileTree.walk(p, hidden, exclude)) {
            if (after != null) {
              tree.skipThrough(after);
            }
            while (tree.hasNext()) {
              FileTree.Entry e = tree.next();
              pipe.add(new Item(a, e.id(), e.path(), e.id(), 0, null, null, false, null, e.problem()));
            }
            hiddenSkipped += tree.hiddenSkipped();
            excludedSkipped += tree.excludedSkipped();
          }
        } else if (fileFormat == null || fileFormat == Format.LINES) {
          readLines(a, p, after == null ? 0 : Long.parseLong(after), pipe);
        } else {
          readFormat(a, p, after == null ? 0 : Long.parseLong(after), pipe);
        }
      }
      pipe.finish();
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

  /** A file of one document a line: lines split here, decoded and classified on the workers. */
  private void readLines(int arg, Path file, long afterLine, Pipeline pipe) throws IOException, InterruptedException,
      ExecutionException {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      pipe.add(fileProblem(arg, file, "cannot read the file: " + Main.message(e)));
      return;
    }
    try (LineSplitter lines = new LineSplitter(in, limit)) {
      byte[] head = lines.peek(TextFiles.BINARY_PROBE);
      for (int i = 0; i < head.length; i++) {
        if (head[i] == 0) {
          if (afterLine == 0) {
            pipe.add(fileProblem(arg, file, "binary file (NUL byte at offset " + i + "), not a text document"));
          }
          return;
        }
      }
      Charset cs = charset == CharsetChoice.AUTO ? Charsets.resolve(CharsetChoice.AUTO, file)
          : charset == CharsetChoice.GB18030 ? Charsets.GB18030 : StandardCharsets.UTF_8;
      boolean detected = charset == CharsetChoice.AUTO;
      long size = Math.max(1, Files.size(file));
      pipe.bar.fraction(() -> Math.min(1, (double) lines.bytesRead() / size));
      LineSplitter.Line line;
      while ((line = lines.next()) != null) {
        if (line.number() <= afterLine || line.bytes() != null && isBlank(line.bytes())) {
          continue;
        }
        String key = Long.toString(line.number());
        if (line.bytes() == null) {
          pipe.add(new Item(arg, key, file, null, line.number(), null, cs, detected, null,
              "the line is " + line.length() + " bytes, over --max-bytes " + limit));
        } else {
          pipe.add(new Item(arg, key, file, null, line.number(), line.bytes(), cs, detected, null, null));
        }
      }
    }
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\f' && x != 0x0B) {
        return false;
      }
    }
    return true;
  }

  private Item fileProblem(int arg, Path file, String problem) {
    return new Item(arg, "0", file, null, 0, null, null, false, null, problem);
  }

  /** A file in another format (jsonl, tsv, csv, fasttext): read by its reader, a bad row recorded and skipped. */
  private void readFormat(int arg, Path file, long afterLine, Pipeline pipe) throws IOException, InterruptedException,
      ExecutionException {
    DocumentStream docs;
    try {
      docs = input.open(file, Format.LINES);
    } catch (CorpusException e) {
      pipe.add(fileProblem(arg, file, e.reason()));
      return;
    }
    try (docs) {
      while (true) {
        Document d;
        try {
          if (!docs.hasNext()) {
            break;
          }
          d = docs.next();
        } catch (CorpusException e) {
          boolean fatal = e.getCause() != null; // invalid bytes: the reader cannot go on in this file
          if (e.line() > afterLine) {
            pipe.add(new Item(arg, Long.toString(e.line()), file, null, e.line(), null, null, false, null,
                e.reason() + (fatal ? "; the rest of the file was not read" : "")));
          }
          if (fatal) {
            break;
          }
          continue;
        }
        if (d.line() > afterLine) {
          pipe.add(new Item(arg, Long.toString(d.line()), file, null, d.line(), null, null, false, d.text(), null));
        }
      }
    }
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

  /** Decodes, classifies and formats one item; any failure becomes an error result. */
  private Result process(Item it) {
    if (it.problem() != null) {
      return new Result(it, null, it.problem(), null);
    }
    try {
      String text;
      if (it.text() != null) {
        text = it.text();
      } else if (it.bytes() != null) {
        text = TextFiles.text(it.bytes(), 0, it.bytes().length, it.cs(), it.detected(), it.path(), it.line(),
            "the line has no text");
      } else {
        text = TextFiles.read(it.path(), charset, limit);
      }
      Prediction p = batches.predict(text);
      List<ScoredLabel> labels = p.labels();
      Document d = new Document(it.id() != null ? it.id() : it.path() + ":" + it.line(), text, List.of(),
          it.path(), it.line());
      List<Path> moved = null;
      if (sorter != null) {
        List<String> names = new ArrayList<>(labels.size());
        for (ScoredLabel s : labels) {
          names.add(s.label());
        }
        moved = sorter.place(it.path(), it.id(), names);
      }
      return new Result(it, records.record(d, labels).getBytes(StandardCharsets.UTF_8), null, moved);
    } catch (CorpusException e) {
      return new Result(it, null, e.line() > 0 && e.line() != it.line() ? "line " + e.line() + ": " + e.reason()
          : e.reason(), null);
    } catch (OutOfMemoryError e) {
      return new Result(it, null, "out of memory classifying this document: lower --max-bytes or give Java more "
          + "memory (FENLEI_JAVA_OPTS=-Xmx...)", null);
    } catch (IOException e) {
      return new Result(it, null, Main.message(e), null);
    } catch (RuntimeException e) {
      return new Result(it, null, "cannot classify: " + Main.message(e), null);
    }
  }

  private void finishMove(RunOutput.Move mv) throws IOException {
    for (Path t : mv.targets()) {
      if (!Files.exists(t)) {
        return; // not placed: keep the source
      }
    }
    Files.deleteIfExists(mv.source());
  }

  /**
   * Items in, records out, in order: items gather into batches; a batch is classified on the pool while the next
   * one gathers; its results are written and committed in order.
   */
  private final class Pipeline {
    final ExecutorService pool;
    final RunOutput out;
    final ProgressBar bar;
    final long doneBefore;
    final long failedBefore;
    List<Item> gathering = new ArrayList<>(BATCH);
    long gatheredBytes;
    final Deque<List<Future<List<Result>>>> inFlight = new ArrayDeque<>();

    Pipeline(ExecutorService pool, RunOutput out, ProgressBar bar, RunOutput.Point from) {
      this.pool = pool;
      this.out = out;
      this.bar = bar;
      this.doneBefore = from == null ? 0 : from.done();
      this.failedBefore = from == null ? 0 : from.failed();
    }

    void add(Item it) throws IOException, InterruptedException, ExecutionException {
      gathering.add(it);
      gatheredBytes += it.bytes() == null ? 64 : it.bytes().length + 64;
      if (gathering.size() >= BATCH || gatheredBytes >= BATCH_BYTES) {
        dispatch();
      }
    }

    private void dispatch() throws IOException, InterruptedException, ExecutionException {
      if (gathering.isEmpty()) {
        return;
      }
      List<Item> batch = gathering;
      gathering = new ArrayList<>(BATCH);
      gatheredBytes = 0;
      int chunk = Math.max(16, batch.size() / (threads * 8));
      List<Future<List<Result>>> futures = new ArrayList<>();
      for (int i = 0; i < batch.size(); i += chunk) {
        List<Item> part = batch.subList(i, Math.min(batch.size(), i + chunk));
        futures.add(pool.submit(() -> {
          List<Result> r = new ArrayList<>(part.size());
          for (Item it : part) {
            r.add(process(it));
          }
          return r;
        }));
      }
      inFlight.add(futures);
      if (inFlight.size() > 1) {
        drainOne();
      }
    }

    private void drainOne() throws IOException, InterruptedException, ExecutionException {
      List<Future<List<Result>>> futures = inFlight.poll();
      long done = 0;
      long failed = 0;
      Item last = null;
      List<RunOutput.Move> moves = new ArrayList<>();
      for (Future<List<Result>> f : futures) {
        for (Result r : f.get()) {
          Item it = r.item();
          if (r.record() != null) {
            out.record(r.record());
            if (r.moved() != null && sorter.move()) {
              moves.add(new RunOutput.Move(it.path(), r.moved()));
            }
          } else {
            failed++;
            String where = it.path() == null ? "<stdin>" : it.path().toString();
            out.error(("{\"path\": " + JsonText.quote(where) + ", \"line\": " + (it.line() > 0 ? it.line() : "null")
                + ", \"error\": " + JsonText.quote(r.error()) + "}\n").getBytes(StandardCharsets.UTF_8),
                (it.line() > 0 ? where + ":" + it.line() : where) + ": " + r.error());
          }
          done++;
          last = it;
        }
      }
      bar.add(done, failed);
      if (last != null) {
        out.commit(last.arg(), last.key(), doneBefore + bar.done(), failedBefore + bar.failed(), moves);
      }
      for (RunOutput.Move mv : moves) {
        finishMove(mv);
      }
    }

    void finish() throws IOException, InterruptedException, ExecutionException {
      dispatch();
      while (!inFlight.isEmpty()) {
        drainOne();
      }
    }
  }
}
