package org.fenlei.core;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden temporary file a save writes beside its target before moving it there:
 * {@code .NAME.PID.NONCE.tmp}, with the writer's process id and a random hexadecimal nonce. A process killed
 * mid-save leaves one behind; {@link #removeStale} removes those of one target, never one a live writer may
 * still be writing.
 */
final class SiblingTemp {
  /** A temporary file untouched for this long, whose writer is gone, is stale. */
  static final Duration STALE_AFTER = Duration.ofMinutes(1);
  private static final System.Logger LOG = System.getLogger(SiblingTemp.class.getName());

  private SiblingTemp() {}

  /**
   * Creates a new, empty temporary file beside {@code target}, named for this process.
   *
   * @return its path
   */
  static Path create(Path target) throws IOException {
    long pid = ProcessHandle.current().pid();
    while (true) {
      Path tmp = name(target, pid, ThreadLocalRandom.current().nextLong() >>> 1);
      try {
        Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another nonce
      }
    }
  }

  /** The temporary file of {@code target} written by process {@code pid}. */
  static Path name(Path target, long pid, long nonce) {
    return target.resolveSibling("." + target.getFileName() + "." + pid + "." + Long.toHexString(nonce) + ".tmp");
  }

  /**
   * Deletes the stale temporary files of {@code target}: named as {@link #name} names them (or, as fenlei wrote
   * them before, {@code .NAME.NONCE.tmp} without a process id), untouched since {@link #STALE_AFTER} before
   * {@code now}, and whose writer is gone: no process id in the name, no such process, or a process of that id
   * started after the file was last written (the id was reused). The age guard keeps the files of a writer on
   * another machine or in another process namespace sharing the folder, which keeps touching its file. A file
   * that cannot be deleted is logged and left.
   *
   * @return the files deleted
   */
  static List<Path> removeStale(Path target, Instant now) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Pattern ours = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
        + "\\.(?:([0-9]{1,19})\\.)?[0-9a-f]{1,16}\\.tmp");
    List<Path> removed = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      return removed;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
        f -> ours.matcher(f.getFileName().toString()).matches())) {
      for (Path f : files) {
        Matcher m = ours.matcher(f.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(f)) {
          continue;
        }
        try {
          FileTime written = Files.getLastModifiedTime(f);
          if (written.toInstant().plus(STALE_AFTER).isAfter(now) || !writerGone(m.group(1), written.toInstant())) {
            continue;
          }
          if (Files.deleteIfExists(f)) {
            removed.add(f);
          }
        } catch (IOException e) {
          LOG.log(System.Logger.Level.WARNING, "cannot remove the stale temporary file " + f + ": " + e);
        }
      }
    }
    return removed;
  }

  private static boolean writerGone(String pid, Instant written) {
    if (pid == null) {
      return true;
    }
    Optional<ProcessHandle> writer;
    try {
      writer = ProcessHandle.of(Long.parseLong(pid));
    } catch (NumberFormatException e) {
      return true; // more than any process id
    }
    if (writer.isEmpty() || !writer.get().isAlive()) {
      return true;
    }
    // a start time is known to about a second (boot time in whole seconds): allow two
    Optional<Instant> started = writer.get().info().startInstant();
    return started.isPresent() && started.get().isAfter(written.plusSeconds(2));
  }
}
