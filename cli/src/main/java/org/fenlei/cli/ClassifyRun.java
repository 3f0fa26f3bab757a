package org.fenlei.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.fenlei.core.BatchClassifier;
import org.fenlei.core.Prediction;
import org.fenlei.core.RecordWriter;
import org.fenlei.core.ScoredLabel;
import org.fenlei.corpora.CharsetChoice;
import org.fenlei.corpora.Charsets;
import org.fenlei.corpora.CorpusException;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.DocumentStream;
import org.fenlei.corpora.FileTree;
import org.fenlei.corpora.Format;
import org.fenlei.corpora.TextFiles;

/**
 * One {@code fenlei classify} run after its options are checked: the inputs (folder trees, files of lines, files in a
 * format) become items in a deterministic order; items gather into batches; a batch is classified on the pool while
 * the next one gathers; its results are written and committed in input order, errors to the errors file.
 */
final class ClassifyRun {
  private static final int BATCH = BatchClassifier.BATCH;
  private static final long BATCH_BYTES = 32L << 20;

  /** One input unit in order: a file of a folder, a line of a file, or a document read by a format's reader. */
  private record Item(int arg, String key, Path path, String id, long line, byte[] bytes, Charset cs,
                      boolean detected, String text, String problem) {
  }

  /** What became of an item: a record, or an error; and where --move put it. */
  private record Result(Item item, byte[] record, String error, List<Path> moved) {
  }

  /**
   * How documents are read: the largest one, the charset choice, the input format (null: by name) and its options,
   * whether names starting with '.' are read.
   */
  record Reading(long limit, CharsetChoice charset, Format format, InputOptions input, boolean hidden) {
  }

  private final BatchClassifier batches;
  private final RecordWriter records;
  private final SortInto sorter;
  private final Reading reading;
  private final int threads;
  private final ExecutorService pool;
  private final RunOutput out;
  private final ProgressBar bar;
  private final RunOutput.Point from;
  private final long doneBefore;
  private final long failedBefore;
  private List<Item> gathering = new ArrayList<>(BATCH);
  private long gatheredBytes;
  private final Deque<List<Future<List<Result>>>> inFlight = new ArrayDeque<>();
  private long hiddenSkipped;
  private long excludedSkipped;

  /**
   * A run over checked options and an open output.
   *
   * @param sorter where --sort-into places files, or null
   * @param from where a resumed run continues, or null
   */
  ClassifyRun(BatchClassifier batches, RecordWriter records, SortInto sorter, Reading reading, int threads,
      ExecutorService pool, RunOutput out, ProgressBar bar, RunOutput.Point from) {
    this.batches = batches;
    this.records = records;
    this.sorter = sorter;
    this.reading = reading;
    this.threads = threads;
    this.pool = pool;
    this.out = out;
    this.bar = bar;
    this.from = from;
    this.doneBefore = from == null ? 0 : from.done();
    this.failedBefore = from == null ? 0 : from.failed();
  }

  /**
   * Classifies every document of {@code paths} after the point the run resumes from (all when it does not resume)
   * and writes the records; returns when the last is committed.
   *
   * @param exclude this run's own files, left out of folder walks
   */
  void classify(List<Path> paths, Predicate<Path> exclude) throws IOException,
      InterruptedException, ExecutionException {
    for (int a = 0; a < paths.size(); a++) {
      if (from != null && a < from.arg()) {
        continue;
      }
      String after = from != null && a == from.arg() ? from.key() : null;
      Path p = paths.get(a);
      if (Files.isDirectory(p) && reading.format() != Format.FOLDER && reading.format() != null) {
        throw new UsageException(p + " is a folder; --format " + reading.input().format
            + " reads files (drop --format)");
      }
      if (Files.isDirectory(p)) {
        try (FileTree tree = FileTree.walk(p, reading.hidden(), exclude)) {
          if (after != null) {
            tree.skipThrough(after);
          }
          while (tree.hasNext()) {
            FileTree.Entry e = tree.next();
            add(new Item(a, e.id(), e.path(), e.id(), 0, null, null, false, null, e.problem()));
          }
          hiddenSkipped += tree.hiddenSkipped();
          excludedSkipped += tree.excludedSkipped();
        }
      } else if (after != null && after.equals(WHOLE_FILE)) {
        continue; // the file's own problem was the last record committed: nothing of it is left
      } else if (reading.format() == null || reading.format() == Format.LINES) {
        readLines(a, p, after == null ? -1 : Long.parseLong(after));
      } else {
        readFormat(a, p, after == null ? -1 : Long.parseLong(after));
      }
    }
    finish();
  }

  /** Names starting with '.' left out of the folder walks. */
  long hiddenSkipped() {
    return hiddenSkipped;
  }

  /** This run's own files met in the folder walks and left out. */
  long excludedSkipped() {
    return excludedSkipped;
  }

  /**
   * A file of one document a line: lines split here, decoded and classified on the workers. {@code afterLine}: the
   * last line a resumed run had committed, or -1 when this file starts afresh.
   */
  private void readLines(int arg, Path file, long afterLine) throws IOException, InterruptedException,
      ExecutionException {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      add(fileProblem(arg, file, "cannot read the file: " + Main.message(e)));
      return;
    }
    try (LineSplitter lines = new LineSplitter(in, reading.limit())) {
      byte[] head = lines.peek(TextFiles.BINARY_PROBE);
      for (int i = 0; i < head.length; i++) {
        if (head[i] == 0) {
          if (afterLine < 0) { // else lines of it were classified before: it changed since, and its rest is skipped
            add(fileProblem(arg, file, "binary file (NUL byte at offset " + i + "), not a text document"));
          }
          return;
        }
      }
      CharsetChoice charset = reading.charset();
      Charset cs = charset == CharsetChoice.AUTO ? Charsets.resolve(CharsetChoice.AUTO, file)
          : charset == CharsetChoice.GB18030 ? Charsets.GB18030 : StandardCharsets.UTF_8;
      boolean detected = charset == CharsetChoice.AUTO;
      long size = Math.max(1, Files.size(file));
      bar.fraction(() -> Math.min(1, (double) lines.bytesRead() / size));
      LineSplitter.Line line;
      while ((line = lines.next()) != null) {
        if (line.number() <= afterLine || line.bytes() != null && isBlank(line.bytes())) {
          continue;
        }
        String key = Long.toString(line.number());
        if (line.bytes() == null) {
          add(new Item(arg, key, file, null, line.number(), null, cs, detected, null,
              "the line is " + line.length() + " bytes, over --max-bytes " + reading.limit()));
        } else {
          add(new Item(arg, key, file, null, line.number(), line.bytes(), cs, detected, null, null));
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

  /** The key of a problem of a whole file (lines count from 1): a run resumed after it skips the file. */
  private static final String WHOLE_FILE = "0";

  private Item fileProblem(int arg, Path file, String problem) {
    return new Item(arg, WHOLE_FILE, file, null, 0, null, null, false, null, problem);
  }

  /**
   * A file in another format (jsonl, tsv, csv, fasttext): read by its reader, a bad row recorded and skipped.
   * {@code afterLine} as for {@link #readLines}.
   */
  private void readFormat(int arg, Path file, long afterLine) throws IOException, InterruptedException,
      ExecutionException {
    DocumentStream docs;
    try {
      docs = reading.input().open(file, Format.LINES);
    } catch (CorpusException e) {
      add(fileProblem(arg, file, e.reason()));
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
            add(new Item(arg, Long.toString(e.line()), file, null, e.line(), null, null, false, null,
                e.reason() + (fatal ? "; the rest of the file was not read" : "")));
          }
          if (fatal) {
            break;
          }
          continue;
        }
        if (d.line() > afterLine) {
          add(new Item(arg, Long.toString(d.line()), file, null, d.line(), null, null, false, d.text(), null));
        }
      }
    }
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
        text = TextFiles.read(it.path(), reading.charset(), reading.limit());
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
      return new Result(it, records.recordBytes(d, labels), null, moved);
    } catch (CorpusException e) {
      return new Result(it, null, e.reasonFor(it.line()), null);
    } catch (OutOfMemoryError e) {
      return new Result(it, null, "out of memory classifying this document: lower --max-bytes or give Java more "
          + "memory (FENLEI_JAVA_OPTS=-Xmx...)", null);
    } catch (IOException e) {
      return new Result(it, null, Main.message(e), null);
    } catch (RuntimeException e) {
      return new Result(it, null, "cannot classify: " + Main.message(e), null);
    }
  }

  /** Deletes a moved file's source once every copy of it exists (else the source stays, and nothing is lost). */
  static void finishMove(RunOutput.Move mv) throws IOException {
    for (Path t : mv.targets()) {
      if (!Files.exists(t)) {
        return; // not placed: keep the source
      }
    }
    Files.deleteIfExists(mv.source());
  }

  private void add(Item it) throws IOException, InterruptedException, ExecutionException {
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
          out.error(RecordWriter.error(where, it.line(), r.error()).getBytes(StandardCharsets.UTF_8),
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

  private void finish() throws IOException, InterruptedException, ExecutionException {
    dispatch();
    while (!inFlight.isEmpty()) {
      drainOne();
    }
  }
}
