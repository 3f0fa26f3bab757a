package org.fenlei.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;
import org.fenlei.core.ModelFile;
import org.fenlei.core.Quantizable;
import org.fenlei.core.TextClassifier;

/**
 * One served model: its name, its file and the model loaded from it, swapped whole when the file is replaced.
 * A request reads {@link #current()} once and uses that model to the end, so a swap never mixes two models in one
 * answer.
 */
final class ModelSource {
  /** What identifies one version of a file on disk: a replacement by rename changes the file key at least. */
  record Stamp(Instant modified, long size, Object fileKey) {
    static Stamp of(Path file) throws IOException {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(a.lastModifiedTime().toInstant(), a.size(), a.fileKey());
    }
  }

  /**
   * A loaded model with what {@code GET /v1/models} says about its file.
   *
   * @param model the model
   * @param stamp the file version it was read from
   * @param format {@code fenlei} or {@code fasttext} (the fastText tool's own .bin/.ftz)
   * @param formatVersion the version number in the file's header, or -1 when unknown
   * @param loadedAt when it was loaded
   */
  record Loaded(TextClassifier model, Stamp stamp, String format, int formatVersion, Instant loadedAt) {
    /** @return {@code int8} for a quantized model, else {@code float} */
    String weights() {
      return model.capability(Quantizable.class).map(q -> q.quantized() ? "int8" : "float").orElse("float");
    }
  }

  private static final byte[] FENLEI_MAGIC = {(byte) 0x89, 'F', 'N', 'L', '\r', '\n', 0x1A, '\n'};
  /** The fastText tool's file magic, a little-endian int32 at offset 0 followed by its version. */
  private static final int FASTTEXT_MAGIC = 793712314;

  private final String name;
  private final Path file;
  private volatile Loaded current;
  /** The last version that failed to load, not tried again until the file changes. */
  private volatile Stamp failed;

  private ModelSource(String name, Path file, Loaded first) {
    this.name = name;
    this.file = file;
    this.current = first;
  }

  /** Loads a model file; every failure names the file. */
  static ModelSource open(String name, Path file) throws IOException {
    return new ModelSource(name, file, load(file));
  }

  String name() {
    return name;
  }

  Path file() {
    return file;
  }

  Loaded current() {
    return current;
  }

  /**
   * Loads the file again if it changed since the model in service (or the last failure) was read.
   *
   * @return true when a new model was swapped in, false when the file did not change
   * @throws IOException when the changed file cannot be loaded; the model in service stays
   */
  boolean reloadIfChanged() throws IOException {
    Stamp now;
    try {
      now = Stamp.of(file);
    } catch (java.nio.file.NoSuchFileException e) {
      return false; // between a delete and a rename, or removed: keep serving what is loaded
    }
    if (now.equals(current.stamp()) || now.equals(failed)) {
      return false;
    }
    try {
      Loaded next = load(file);
      if (!next.stamp().equals(now)) {
        return false; // replaced again while being read: the next poll takes the newest one
      }
      current = next;
      failed = null;
      return true;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      failed = now; // not tried again until the file changes
      throw e instanceof IOException io ? io : new IOException(file + ": cannot load the model: " + e, e);
    }
  }

  /** Reads the header for what it says about the format, then the model, then checks the file did not change. */
  private static Loaded load(Path file) throws IOException {
    Stamp before = Stamp.of(file);
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(12);
    }
    TextClassifier model = ModelFile.load(file);
    Stamp after = Stamp.of(file);
    String format = "unknown";
    int version = -1;
    if (head.length >= 12 && java.util.Arrays.equals(head, 0, 8, FENLEI_MAGIC, 0, 8)) {
      format = "fenlei";
      version = ByteBuffer.wrap(head, 8, 4).getInt();
    } else if (head.length >= 8 && ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt() == FASTTEXT_MAGIC) {
      format = "fasttext";
      version = ByteBuffer.wrap(head, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
    // a file replaced between the header and the model: report the model's own stamp as unknown, retried later
    Stamp stamp = before.equals(after) ? after : new Stamp(Instant.EPOCH, -1, null);
    return new Loaded(Objects.requireNonNull(model), stamp, format, version, Instant.now());
  }
}
