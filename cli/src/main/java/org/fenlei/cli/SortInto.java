package org.fenlei.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code classify --sort-into DIR}: puts each classified file at {@code DIR/<label>/<its path under the input
 * folder>}, one copy per label (multi-label), {@code _none} for a document given no label. Never overwrites: a
 * different file already at the target gets the next free name {@code name~2.ext}, {@code name~3.ext}, ...; an
 * identical one is taken as this file's copy (a resumed run). Crash-safe: a copy is written under
 * {@code DIR/.fenlei-tmp/} and linked into place in one step, so a killed run never leaves a half-copied file
 * under a label (stale temporary files of dead runs are removed on the next run). With --move the file is hard
 * linked into place when on the same file system (else copied), and the caller deletes the source only after its
 * record is committed.
 */
final class SortInto {
  static final String TMP = ".fenlei-tmp";

  private final Path dir;
  private final Path tmpDir;
  private final boolean move;
  private final String pid = Long.toString(ProcessHandle.current().pid());
  private final AtomicLong counter = new AtomicLong();

  SortInto(Path dir, boolean move) throws IOException {
    this.dir = dir;
    this.move = move;
    this.tmpDir = dir.resolve(TMP);
    Files.createDirectories(tmpDir);
    cleanStale(tmpDir);
  }

  boolean move() {
    return move;
  }

  private static void cleanStale(Path tmpDir) throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(tmpDir)) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        int dash = name.indexOf('-');
        long owner;
        try {
          owner = Long.parseLong(name.substring(0, Math.max(0, dash)));
        } catch (NumberFormatException e) {
          continue;
        }
        if (ProcessHandle.of(owner).map(h -> !h.isAlive()).orElse(true)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** A label as one safe folder name. */
  static String folder(String label) {
    String s = label.replace('/', '_').replace('\\', '_').replace('\u0000', '_');
    return s.isEmpty() || s.equals(".") || s.equals("..") || s.equals(TMP) ? "_" + s : s;
  }

  /**
   * Puts {@code source} under each label's folder.
   *
   * @param source the file
   * @param id its path relative to the input folder ('/'-separated), or its file name
   * @param labels the labels decided for it, best first
   * @return where it now is, one path per label
   */
  List<Path> place(Path source, String id, List<String> labels) throws IOException {
    List<Path> targets = new ArrayList<>();
    for (String label : labels.isEmpty() ? List.of("_none") : labels) {
      Path target = dir.resolve(label.isEmpty() ? "_" : folder(label));
      for (String part : id.split("/")) {
        target = target.resolve(part);
      }
      targets.add(placeOne(source, target));
    }
    return targets;
  }

  private Path placeOne(Path source, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = null;
    try {
      for (int k = 1; ; k++) {
        Path candidate = k == 1 ? target : numbered(target, k);
        if (Files.exists(candidate)) {
          if (same(source, candidate)) {
            return candidate;
          }
          continue;
        }
        if (move && tmp == null) {
          try {
            Files.createLink(candidate, source);
            return candidate;
          } catch (FileAlreadyExistsException e) {
            k--; // appeared meanwhile: look again
            continue;
          } catch (IOException | UnsupportedOperationException e) {
            // another file system: copy below
          }
        }
        if (tmp == null) {
          tmp = tmpDir.resolve(pid + "-" + counter.incrementAndGet() + ".tmp");
          Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        try {
          Files.createLink(candidate, tmp);
          return candidate;
        } catch (FileAlreadyExistsException e) {
          k--;
        } catch (IOException | UnsupportedOperationException e) {
          try {
            Files.move(tmp, candidate); // no hard links here: a rename that refuses to replace
            tmp = null;
            return candidate;
          } catch (FileAlreadyExistsException again) {
            k--;
          }
        }
      }
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private static Path numbered(Path target, int k) {
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String numbered = dot > 0 ? name.substring(0, dot) + "~" + k + name.substring(dot) : name + "~" + k;
    return target.resolveSibling(numbered);
  }

  private static boolean same(Path a, Path b) throws IOException {
    return Files.isRegularFile(b) && Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
  }
}
