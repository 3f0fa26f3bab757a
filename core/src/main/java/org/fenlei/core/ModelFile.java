package org.fenlei.core;

import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The one-file model format. Layout, all integers big-endian:
 *
 * <pre>
 * offset  size  field
 *      0     8  magic 89 46 4E 4C 0D 0A 1A 0A ("\x89FNL\r\n\x1a\n": catches text-mode mangling)
 *      8     4  format version, currently 1; a newer version is refused by number (one above
 *                255, which no fenlei will reach, is a damaged header)
 *     12     4  flags, 0 (reserved)
 *     16     8  payload length N
 *     24     N  payload: the model kind (Java modified UTF-8 with a 2-byte length), then the kind's data
 *   24+N     4  CRC-32C of the payload
 * </pre>
 *
 * The file is checked whole (length, then checksum) before any of it is parsed, so a damaged file fails with
 * a clear message instead of a strange one.
 */
public final class ModelFile {
  static final byte[] MAGIC = {(byte) 0x89, 'F', 'N', 'L', '\r', '\n', 0x1A, '\n'};
  /** The newest format version this code writes and reads. */
  public static final int FORMAT_VERSION = 1;
  /**
   * The highest format version a future fenlei could plausibly have written; above it, the number is a damaged
   * header (a flipped byte), not a newer format, and the message says "damaged" instead of "upgrade fenlei".
   */
  static final int MAX_PLAUSIBLE_VERSION = 255;
  static final int HEADER_BYTES = 24;
  static final int TRAILER_BYTES = 4;

  private ModelFile() {}

  /**
   * Writes a model to a file, atomically replacing any file there (a new file beside it, then a move): a reader
   * never sees a half-written model, and a crash leaves the old file. The new file is the hidden
   * {@code .NAME.PID.NONCE.tmp}; one that a killed save left behind is deleted by the next save to the same
   * file once it is a minute old and its writer process is gone.
   *
   * @param model the model
   * @param path the file; its folder is created if missing
   * @throws IOException when writing fails
   */
  public static void save(TextClassifier model, Path path) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    SiblingTemp.removeStale(path, java.time.Instant.now()); // left by saves killed before their move
    // a new file beside the target (so the final move is atomic), with the usual permissions of new files
    Path tmp = SiblingTemp.create(path);
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.write(header(0));
        CRC32C crc = new CRC32C();
        OutputStream raw = Channels.newOutputStream(ch);
        CountingOutputStream counting = new CountingOutputStream(new CheckedOutputStream(raw, crc));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(counting, 1 << 16));
        out.writeUTF(model.codecKind());
        model.write(out);
        out.flush();
        long payload = counting.count;
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER_BYTES).putInt((int) crc.getValue()).flip();
        ch.write(trailer, HEADER_BYTES + payload);
        ch.write(header(payload), 0);
        ch.force(true);
      }
      Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static ByteBuffer header(long payloadLength) {
    return ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putInt(FORMAT_VERSION).putInt(0).putLong(payloadLength)
        .flip();
  }

  /**
   * Reads a model written by {@link #save(TextClassifier, Path)}, or another tool's model that a
   * {@link ForeignModelReader} on the class path accepts (the fastText tool's {@code .bin}/{@code .ftz}).
   *
   * @param path the file
   * @return the model
   * @throws java.nio.file.NoSuchFileException when there is no such file
   * @throws ModelFormatException when it is not a whole, undamaged model, naming the file and what is wrong
   * @throws IOException when reading fails
   */
  public static TextClassifier load(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "model file not found");
    }
    if (Files.isDirectory(path)) {
      throw new ModelFormatException(path, "is a directory, not a model file");
    }
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size == 0) {
        throw new ModelFormatException(path, "empty (0 bytes), not a model: was it written completely?");
      }
      ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES);
      while (h.hasRemaining() && ch.read(h) >= 0) {
        // fill the header
      }
      h.flip();
      byte[] magic = new byte[MAGIC.length];
      if (h.remaining() < MAGIC.length) {
        if (java.util.Arrays.equals(h.array(), 0, h.limit(), MAGIC, 0, h.limit())) {
          throw new ModelFormatException(path, "truncated: the file ends inside its header (" + size + " bytes)");
        }
        return foreign(path, h.array(), h.limit());
      }
      h.get(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        return foreign(path, h.array(), h.limit());
      }
      if (h.remaining() < HEADER_BYTES - MAGIC.length) {
        throw new ModelFormatException(path, "truncated: the file ends inside its header (" + size + " bytes)");
      }
      int version = h.getInt();
      int flags = h.getInt();
      long payload = h.getLong();
      long expected = HEADER_BYTES + payload + TRAILER_BYTES;
      if (payload < 0 || size < expected) {
        throw new ModelFormatException(path, "truncated: the header announces " + expected + " bytes, the file has "
            + size);
      }
      if (size > expected) {
        throw new ModelFormatException(path, "damaged: " + (size - expected) + " bytes after the end of the model");
      }
      boolean checksumOk = checksum(ch, payload) == storedChecksum(ch, payload);
      if (version > FORMAT_VERSION && version <= MAX_PLAUSIBLE_VERSION && checksumOk) {
        throw new ModelFormatException(path, "model format version " + version
            + " is newer than this fenlei can read (up to " + FORMAT_VERSION + "): upgrade fenlei");
      }
      if (!checksumOk) {
        throw new ModelFormatException(path, "damaged: checksum mismatch (the file was corrupted or partly written)");
      }
      if (version < 1 || version > FORMAT_VERSION || flags != 0) {
        throw new ModelFormatException(path, "damaged: invalid header (version " + version + ", flags " + flags + ")");
      }
      return parse(path, ch, payload);
    }
  }

  /** A model file of another tool that a {@link ForeignModelReader} accepts, else an error. */
  private static TextClassifier foreign(Path path, byte[] head, int length) throws IOException {
    List<String> formats = new ArrayList<>();
    for (ForeignModelReader r : ModelKinds.foreignReaders()) {
      if (r.accepts(head, Math.min(length, 16))) {
        return r.read(path);
      }
      formats.add(r.format());
    }
    throw new ModelFormatException(path, "not a fenlei model file (wrong magic number)"
        + (formats.isEmpty() ? "" : " nor " + String.join(" nor ", formats)));
  }

  private static long checksum(FileChannel ch, long payload) throws IOException {
    CRC32C crc = new CRC32C();
    ByteBuffer buf = ByteBuffer.allocateDirect(1 << 16);
    long pos = HEADER_BYTES;
    long end = HEADER_BYTES + payload;
    while (pos < end) {
      buf.clear();
      if (end - pos < buf.capacity()) {
        buf.limit((int) (end - pos));
      }
      int n = ch.read(buf, pos);
      if (n < 0) {
        throw new EOFException();
      }
      buf.flip();
      crc.update(buf);
      pos += n;
    }
    return crc.getValue();
  }

  private static long storedChecksum(FileChannel ch, long payload) throws IOException {
    ByteBuffer t = ByteBuffer.allocate(TRAILER_BYTES);
    while (t.hasRemaining() && ch.read(t, HEADER_BYTES + payload + t.position()) >= 0) {
      // fill the trailer
    }
    return Integer.toUnsignedLong(t.flip().getInt());
  }

  private static TextClassifier parse(Path path, FileChannel ch, long payload) throws IOException {
    ch.position(HEADER_BYTES);
    CountingInputStream counting = new CountingInputStream(Channels.newInputStream(ch), payload);
    PayloadInput in = new PayloadInput(counting);
    TextClassifier model = parsePayload(path.toString(), in);
    if (in.read() >= 0) {
      throw new ModelFormatException(path, "damaged: the " + model.codecKind()
          + " model leaves unread bytes in the payload");
    }
    return model;
  }

  /** The model kind and the kind's data, read by the kind's codec; every failure names the source. */
  private static TextClassifier parsePayload(String source, DataInput in) throws ModelFormatException {
    String kind;
    try {
      kind = in.readUTF();
    } catch (IOException e) {
      throw new ModelFormatException(source, "damaged: cannot read the model kind", e);
    }
    ModelCodec codec = codec(source, kind);
    try {
      return codec.read(in);
    } catch (EOFException e) {
      throw new ModelFormatException(source, "damaged: the " + kind + " model ends early", e);
    } catch (IOException | RuntimeException e) {
      throw new ModelFormatException(source, "cannot read the " + kind + " model: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a model from a stream (a download, a database blob, a jar entry), checking its length and checksum as
   * {@link #load(Path)} does; the stream is read to the model's end and not closed. Models of other tools (the
   * fastText tool's {@code .bin}) are read from files only.
   *
   * @param in the stream, positioned at the model's first byte
   * @param source a name for the stream in error messages
   * @return the model
   * @throws ModelFormatException when the bytes are not a whole, undamaged fenlei model
   * @throws IOException when reading fails
   */
  public static TextClassifier load(InputStream in, String source) throws IOException {
    byte[] head = in.readNBytes(HEADER_BYTES);
    if (head.length == 0) {
      throw new ModelFormatException(source, "empty (0 bytes), not a model", null);
    }
    if (head.length < MAGIC.length || !java.util.Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new ModelFormatException(source, "not a fenlei model file (wrong magic number; models of other tools "
          + "are read from files)", null);
    }
    if (head.length < HEADER_BYTES) {
      throw new ModelFormatException(source, "truncated: the stream ends inside the model's header", null);
    }
    ByteBuffer h = ByteBuffer.wrap(head, MAGIC.length, HEADER_BYTES - MAGIC.length);
    int version = h.getInt();
    int flags = h.getInt();
    long payload = h.getLong();
    if (payload < 0 || version < 1 || version > MAX_PLAUSIBLE_VERSION || flags != 0) {
      throw new ModelFormatException(source, "damaged: invalid header (version " + version + ", flags " + flags
          + ", payload " + payload + " bytes)", null);
    }
    CRC32C crc = new CRC32C();
    CountingInputStream counting = new CountingInputStream(new CheckedInputStream(in, crc), payload);
    PayloadInput data = new PayloadInput(counting);
    TextClassifier model = null;
    ModelFormatException failure = null;
    if (version > FORMAT_VERSION) {
      failure = new ModelFormatException(source, "model format version " + version
          + " is newer than this fenlei can read (up to " + FORMAT_VERSION + "): upgrade fenlei", null);
    } else {
      try {
        model = parsePayload(source, data);
        if (data.read() >= 0) {
          failure = new ModelFormatException(source, "damaged: the " + model.codecKind()
              + " model leaves unread bytes in the payload", null);
        }
      } catch (ModelFormatException e) {
        failure = e;
      }
    }
    // the rest of the payload, so that the checksum decides between "damaged" and the parser's complaint
    while (data.read() >= 0) {
      data.skipBytes(1 << 16);
    }
    if (counting.count < payload) {
      throw new ModelFormatException(source, "truncated: the header announces " + payload + " payload bytes, the "
          + "stream has " + counting.count, null);
    }
    byte[] trailer = in.readNBytes(TRAILER_BYTES);
    if (trailer.length < TRAILER_BYTES) {
      throw new ModelFormatException(source, "truncated: the stream ends before the model's checksum", null);
    }
    if (Integer.toUnsignedLong(ByteBuffer.wrap(trailer).getInt()) != crc.getValue()) {
      throw new ModelFormatException(source, "damaged: checksum mismatch (the model was corrupted or partly "
          + "written)", null);
    }
    if (failure != null) {
      throw failure;
    }
    return model;
  }

  /**
   * Reads a model packaged as a class-path resource (e.g. {@code src/main/resources/models/spam.fenlei} of a
   * service, loaded as {@code "models/spam.fenlei"}).
   *
   * @param loader the class loader to ask, e.g. {@code MyService.class.getClassLoader()}
   * @param resource the resource's name, without a leading slash
   * @return the model
   * @throws java.nio.file.NoSuchFileException when no such resource is on the class path
   * @throws ModelFormatException when it is not a whole, undamaged fenlei model
   * @throws IOException when reading fails
   */
  public static TextClassifier loadResource(ClassLoader loader, String resource) throws IOException {
    String source = "classpath:" + resource;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new NoSuchFileException(source, null, "no such model resource on the class path");
      }
      TextClassifier model = load(in, source);
      if (in.read() >= 0) {
        throw new ModelFormatException(source, "damaged: bytes after the end of the model", null);
      }
      return model;
    }
  }

  /**
   * Writes a model to a stream in the same layout as {@link #save(TextClassifier, Path)}; the stream is flushed,
   * not closed. The model is serialised twice (once to learn its length and checksum), so nothing is held in
   * memory.
   *
   * @param model the model
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void save(TextClassifier model, OutputStream out) throws IOException {
    long[] first = payloadOf(model, OutputStream.nullOutputStream());
    out.write(header(first[0]).array());
    long[] second = payloadOf(model, out);
    if (second[0] != first[0] || second[1] != first[1]) {
      throw new IllegalStateException("the " + model.kind() + " model wrote different bytes twice");
    }
    out.write(ByteBuffer.allocate(TRAILER_BYTES).putInt((int) second[1]).array());
    out.flush();
  }

  /** Writes the payload to {@code sink}; returns its length and CRC-32C. */
  private static long[] payloadOf(TextClassifier model, OutputStream sink) throws IOException {
    CRC32C crc = new CRC32C();
    CountingOutputStream counting = new CountingOutputStream(new CheckedOutputStream(sink, crc));
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(counting, 1 << 16));
    out.writeUTF(model.codecKind());
    model.write(out);
    out.flush();
    return new long[] {counting.count, crc.getValue()};
  }

  private static ModelCodec codec(String source, String kind) throws ModelFormatException {
    ModelCodec c = ModelKinds.codec(kind);
    if (c == null) {
      String hint = kind.equals("gbdt") ? " (gbdt models need the fenlei-gbdt artifact on the class path)" : "";
      throw new ModelFormatException(source, "model kind '" + kind + "' is not known to this fenlei (known: "
          + String.join(", ", ModelKinds.readableKinds()) + ")" + hint + ModelKinds.broken(), null);
    }
    return c;
  }

  private static final class CountingOutputStream extends java.io.FilterOutputStream {
    long count;

    CountingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  /** Reads at most {@code limit} bytes, counting them. */
  private static final class CountingInputStream extends java.io.FilterInputStream {
    private final long limit;
    long count;

    CountingInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      if (count >= limit) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (count >= limit) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, limit - count));
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
