package org.fenlei.core;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
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
import java.util.ServiceLoader;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The one-file model format. Layout, all integers big-endian:
 *
 * <pre>
 * offset  size  field
 *      0     8  magic 89 46 4E 4C 0D 0A 1A 0A ("\x89FNL\r\n\x1a\n": catches text-mode mangling)
 *      8     4  format version, currently 1; a newer version is refused by number
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
  static final int HEADER_BYTES = 24;
  static final int TRAILER_BYTES = 4;

  private ModelFile() {}

  /** Writes {@code model} to {@code path}, atomically replacing any file there. */
  public static void save(TextClassifier model, Path path) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    // a new file beside the target (so the final move is atomic), with the usual permissions of new files
    Path tmp = path.resolveSibling("." + path.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ch.write(header(0));
        CRC32C crc = new CRC32C();
        OutputStream raw = Channels.newOutputStream(ch);
        CountingOutputStream counting = new CountingOutputStream(new CheckedOutputStream(raw, crc));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(counting, 1 << 16));
        out.writeUTF(model.kind());
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

  /** Reads a model written by {@link #save}; every failure names the file and what is wrong with it. */
  public static TextClassifier load(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "model file not found");
    }
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES);
      while (h.hasRemaining() && ch.read(h) >= 0) {
        // fill the header
      }
      h.flip();
      byte[] magic = new byte[MAGIC.length];
      if (h.remaining() < MAGIC.length) {
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
      if (version > FORMAT_VERSION && checksumOk) {
        throw new ModelFormatException(path, "model format version " + version
            + " is newer than this fenlei can read (up to " + FORMAT_VERSION + "): upgrade fenlei");
      }
      if (!checksumOk) {
        throw new ModelFormatException(path, "damaged: checksum mismatch (the file was corrupted or partly written)");
      }
      if (version < 1 || flags != 0) {
        throw new ModelFormatException(path, "damaged: invalid header (version " + version + ", flags " + flags + ")");
      }
      return parse(path, ch, payload);
    }
  }

  /** A model file of another tool that a {@link ForeignModelReader} accepts, else an error. */
  private static TextClassifier foreign(Path path, byte[] head, int length) throws IOException {
    List<String> formats = new ArrayList<>();
    for (ForeignModelReader r : ServiceLoader.load(ForeignModelReader.class, ModelFile.class.getClassLoader())) {
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
    DataInputStream in = new DataInputStream(new BufferedInputStream(counting, 1 << 16));
    String kind;
    try {
      kind = in.readUTF();
    } catch (IOException e) {
      throw new ModelFormatException(path, "damaged: cannot read the model kind", e);
    }
    ModelCodec codec = codec(path, kind);
    TextClassifier model;
    try {
      model = codec.read(in);
    } catch (EOFException e) {
      throw new ModelFormatException(path, "damaged: the " + kind + " model ends early", e);
    } catch (IOException | RuntimeException e) {
      throw new ModelFormatException(path, "cannot read the " + kind + " model: " + e.getMessage(), e);
    }
    if (in.read() >= 0) {
      throw new ModelFormatException(path, "damaged: the " + kind + " model leaves unread bytes in the payload");
    }
    return model;
  }

  private static ModelCodec codec(Path path, String kind) throws ModelFormatException {
    List<String> known = new ArrayList<>();
    for (ModelCodec c : ServiceLoader.load(ModelCodec.class, ModelFile.class.getClassLoader())) {
      if (c.kind().equals(kind)) {
        return c;
      }
      known.add(c.kind());
    }
    throw new ModelFormatException(path, "model kind '" + kind + "' is not known to this fenlei (known: "
        + String.join(", ", known) + ")");
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
