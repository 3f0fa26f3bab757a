package org.fenlei.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Where a batch run's records and errors go, written so that nothing is lost, torn or duplicated by a kill at any
 * moment. To a file, records go to {@code OUT.partial} and errors to {@code ERRORS.partial}; after every batch both
 * are flushed and a checkpoint ({@code OUT.checkpoint}: the last input finished, the byte lengths of both files, the
 * options) replaces the previous one by an atomic rename. A resumed run truncates both files to the checkpoint's
 * lengths, which removes any record written after it (whole or torn), and goes on after the input it names; a
 * finished run renames the partial files to their names. To standard output, records are written as they come and
 * nothing can be resumed.
 */
final class RunOutput implements AutoCloseable {
  /** Where to resume: after input {@code key} of argument {@code arg}. */
  record Point(int arg, String key, long done, long failed) {
  }

  /** A file sorted with --move, to delete once its record is committed. */
  record Move(Path source, List<Path> targets) {
  }

  private static final String VERSION = "1";

  private final Path out;
  private final Path errors;
  private final Path partial;
  private final Path errorsPartial;
  private final Path checkpoint;
  private final String options;
  private final OutputStream records;
  private final FileChannel recordsChannel;
  private final PrintWriter stdout;
  private final PrintWriter stderr;
  private OutputStream errorsStream;
  private FileChannel errorsChannel;
  private long errorBytes;
  private Point resumeFrom;
  private List<Move> pendingMoves = List.of();

  private RunOutput(Path out, Path errors, String options, PrintWriter stdout, PrintWriter stderr)
      throws IOException {
    this.out = out;
    this.errors = errors;
    this.options = options;
    this.stdout = stdout;
    this.stderr = stderr;
    this.partial = out == null ? null : sibling(out, ".partial");
    this.errorsPartial = errors == null ? null : sibling(errors, ".partial");
    this.checkpoint = out == null ? null : sibling(out, ".checkpoint");
    if (out == null) {
      records = null;
      recordsChannel = null;
    } else {
      FileOutputStream fos = new FileOutputStream(partial.toFile(), true);
      recordsChannel = fos.getChannel();
      records = new BufferedOutputStream(fos, 1 << 20);
    }
  }

  static Path sibling(Path p, String suffix) {
    return p.resolveSibling(p.getFileName() + suffix);
  }

  /** Records to standard output; errors to {@code errors} (truncated) or, when {@code null}, to stderr lines. */
  static RunOutput toStdout(PrintWriter stdout, Path errors, PrintWriter stderr) throws IOException {
    RunOutput o = new RunOutput(null, errors, null, stdout, stderr);
    if (errors != null) {
      mkdirs(errors);
      Files.deleteIfExists(o.errorsPartial);
    }
    return o;
  }

  /**
   * Records to {@code out}. A fresh run refuses to replace an existing output or an interrupted run's files unless
   * {@code force}; a resumed run continues from the checkpoint when its options match.
   *
   * @return the output, with {@link #resumeFrom()} set when resuming; {@code null} when {@code resume} finds
   *     {@code out} already complete
   */
  static RunOutput toFile(Path out, Path errors, String options, boolean resume, boolean force, PrintWriter stderr)
      throws IOException {
    Path partial = sibling(out, ".partial");
    Path checkpoint = sibling(out, ".checkpoint");
    Path errorsPartial = sibling(errors, ".partial");
    if (Files.isDirectory(out)) {
      throw new UsageException("--output " + out + " is a folder; give a file name");
    }
    Properties saved = null;
    if (resume && Files.exists(partial)) {
      if (Files.exists(checkpoint)) {
        saved = new Properties();
        try (Reader r = Files.newBufferedReader(checkpoint, StandardCharsets.UTF_8)) {
          saved.load(r);
        }
        if (!VERSION.equals(saved.getProperty("version")) || !options.equals(saved.getProperty("options"))) {
          throw new UsageException("cannot resume: " + partial + " was written with other options or inputs ("
              + saved.getProperty("options") + "); --force starts over");
        }
      }
    } else if (resume && Files.exists(out)) {
      Files.deleteIfExists(checkpoint);
      return null;
    } else if (!force) {
      if (Files.exists(partial)) {
        throw new UsageException("an interrupted run left " + partial + ": --resume continues it, --force starts over");
      }
      if (Files.exists(out)) {
        throw new UsageException(out + " exists: --force overwrites it, --resume continues an interrupted run");
      }
    }
    mkdirs(out);
    mkdirs(errors);
    if (saved == null) {
      Files.deleteIfExists(checkpoint);
      Files.deleteIfExists(partial);
      Files.deleteIfExists(errorsPartial);
    } else {
      truncate(partial, Long.parseLong(saved.getProperty("out")));
      truncate(errorsPartial, Long.parseLong(saved.getProperty("errors")));
    }
    RunOutput o = new RunOutput(out, errors, options, null, stderr);
    if (saved != null) {
      o.resumeFrom = new Point(Integer.parseInt(saved.getProperty("arg")), saved.getProperty("key"),
          Long.parseLong(saved.getProperty("done")), Long.parseLong(saved.getProperty("failed")));
      List<Move> moves = new ArrayList<>();
      for (int i = 0; saved.containsKey("move." + i); i++) {
        String[] parts = saved.getProperty("move." + i).split("\u0000");
        List<Path> targets = new ArrayList<>();
        for (int t = 1; t < parts.length; t++) {
          targets.add(Path.of(parts[t]));
        }
        moves.add(new Move(Path.of(parts[0]), targets));
      }
      o.pendingMoves = moves;
      if (Files.exists(o.errorsPartial)) {
        o.openErrors();
      }
    }
    return o;
  }

  private static void mkdirs(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  private static void truncate(Path file, long length) throws IOException {
    if (!Files.exists(file)) {
      if (length > 0) {
        throw new IOException("cannot resume: " + file + " is missing; --force starts over");
      }
      return;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      if (ch.size() < length) {
        throw new IOException("cannot resume: " + file + " is shorter (" + ch.size() + " bytes) than its checkpoint "
            + "says (" + length + "); --force starts over");
      }
      ch.truncate(length);
    }
  }

  /** Where a resumed run goes on, or {@code null} for a fresh run. */
  Point resumeFrom() {
    return resumeFrom;
  }

  /** --move sources of the batch committed last before a kill, still to delete. */
  List<Move> pendingMoves() {
    return pendingMoves;
  }

  /** The paths this run writes, which a walk of the input must not read. */
  List<Path> ownFiles() {
    List<Path> own = new ArrayList<>();
    for (Path p : new Path[] {out, partial, checkpoint, errors, errorsPartial}) {
      if (p != null) {
        own.add(p);
      }
    }
    if (checkpoint != null) {
      own.add(sibling(checkpoint, ".tmp"));
    }
    return own;
  }

  void record(byte[] line) throws IOException {
    if (records != null) {
      records.write(line);
    } else {
      stdout.write(new String(line, StandardCharsets.UTF_8));
    }
  }

  void error(byte[] line, String plain) throws IOException {
    if (errorsPartial == null) {
      stderr.println("fenlei: failed " + plain);
      return;
    }
    if (errorsStream == null) {
      openErrors();
    }
    errorsStream.write(line);
  }

  private void openErrors() throws IOException {
    FileOutputStream fos = new FileOutputStream(errorsPartial.toFile(), true);
    errorsChannel = fos.getChannel();
    errorsStream = new BufferedOutputStream(fos, 1 << 16);
  }

  /**
   * Makes everything written so far durable against a kill of this process: flushes both files, then records the
   * point reached (and the --move sources about to be deleted) in the checkpoint.
   */
  void commit(int arg, String key, long done, long failed, List<Move> moves) throws IOException {
    if (errorsStream != null) {
      errorsStream.flush();
      errorBytes = errorsChannel.position();
    }
    if (records == null) {
      stdout.flush();
      return;
    }
    records.flush();
    Properties p = new Properties();
    p.setProperty("version", VERSION);
    p.setProperty("options", options);
    p.setProperty("arg", Integer.toString(arg));
    p.setProperty("key", key);
    p.setProperty("out", Long.toString(recordsChannel.position()));
    p.setProperty("errors", Long.toString(errorBytes));
    p.setProperty("done", Long.toString(done));
    p.setProperty("failed", Long.toString(failed));
    for (int i = 0; i < moves.size(); i++) {
      StringBuilder sb = new StringBuilder(moves.get(i).source().toString());
      for (Path t : moves.get(i).targets()) {
        sb.append('\u0000').append(t);
      }
      p.setProperty("move." + i, sb.toString());
    }
    Path tmp = sibling(checkpoint, ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(w, "fenlei classify checkpoint: do not edit");
    }
    Files.move(tmp, checkpoint, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Ends a complete run: the partial files take their names (errors only when there were some). */
  void complete(boolean anyErrors) throws IOException {
    close();
    if (errorsPartial != null) {
      if (anyErrors && Files.exists(errorsPartial)) {
        Files.move(errorsPartial, errors, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.deleteIfExists(errorsPartial);
        if (out != null) {
          Files.deleteIfExists(errors); // an earlier run's, now stale (the run was --force'd or resumed)
        }
      }
    }
    if (out != null) {
      try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(checkpoint);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (records != null) {
        records.close();
      }
    } finally {
      if (errorsStream != null) {
        errorsStream.close();
      }
    }
  }
}
