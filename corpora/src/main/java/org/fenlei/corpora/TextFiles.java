package org.fenlei.corpora;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one document's text from a whole file or from the bytes of one line, with the checks every reader
 * applies: a size limit, binary content (a NUL byte), invalid bytes for the character set (named at their line)
 * and empty text. Each failure is a {@link CorpusException} naming the file, the line where there is one, and the
 * reason, so a caller can record it and go on.
 */
public final class TextFiles {
  /** A NUL byte among the first this many bytes marks a binary file. */
  public static final int BINARY_PROBE = 8 * 1024;

  private TextFiles() {
  }

  /**
   * The text of a whole file, stripped of surrounding white space and a byte-order mark.
   *
   * @param file the file
   * @param charset the character set, or {@link CharsetChoice#AUTO} to detect it from the file's bytes
   * @param maxBytes files larger than this are refused without being read
   * @return the text, never empty
   * @throws CorpusException when the file cannot be read, is over {@code maxBytes}, is binary, has bytes invalid in
   *     its character set, or has no text
   */
  public static String read(Path file, CharsetChoice charset, long maxBytes) throws CorpusException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new CorpusException(file, 0, "cannot read the file: " + FileTree.reason(e), e);
    } catch (OutOfMemoryError e) {
      throw new CorpusException(file, 0, "not enough memory to read the file (lower the size limit)");
    }
    if (bytes.length > maxBytes) {
      throw new CorpusException(file, 0, "over the size limit of " + maxBytes + " bytes");
    }
    return text(bytes, 0, bytes.length, charset, file, 0, "the file has no text");
  }

  /**
   * The text of {@code bytes[off, off + len)}: one file's or one line's bytes, checked and decoded.
   *
   * @param bytes the bytes
   * @param off where the text starts
   * @param len how many bytes
   * @param charset the character set, or {@link CharsetChoice#AUTO} to detect it from these bytes
   * @param file the file, for messages ({@code null} for a stream)
   * @param line the 1-based line the bytes start at, for messages; 0 for a whole file (messages then name the
   *     line of an invalid byte and no line otherwise)
   * @param whenEmpty the reason given when there is no text, e.g. "the file has no text"
   * @return the text, stripped of surrounding white space and a leading byte-order mark; never empty
   * @throws CorpusException when the bytes hold a NUL among the first {@link #BINARY_PROBE}, are invalid in the
   *     character set, or hold no text
   */
  public static String text(byte[] bytes, int off, int len, CharsetChoice charset, Path file, long line,
                            String whenEmpty) throws CorpusException {
    Charset cs = charset == CharsetChoice.AUTO ? Charsets.detect(slice(bytes, off, len), len, true)
        : charset == CharsetChoice.GB18030 ? Charsets.GB18030 : StandardCharsets.UTF_8;
    return text(bytes, off, len, cs, charset == CharsetChoice.AUTO, file, line, whenEmpty);
  }

  /**
   * The text of {@code bytes[off, off + len)} in a known character set, checked as
   * {@link #text(byte[], int, int, CharsetChoice, Path, long, String)} does: for the lines of a file whose
   * character set was chosen once for the whole file.
   *
   * @param bytes the bytes
   * @param off where the text starts
   * @param len how many bytes
   * @param cs the character set
   * @param detected whether {@code cs} was detected (messages then do not advise detection)
   * @param file the file, for messages ({@code null} for a stream)
   * @param line the 1-based line the bytes start at; 0 for a whole file
   * @param whenEmpty the reason given when there is no text
   * @return the text, stripped; never empty
   * @throws CorpusException for binary content, invalid bytes or no text
   */
  public static String text(byte[] bytes, int off, int len, Charset cs, boolean detected, Path file, long line,
                            String whenEmpty) throws CorpusException {
    for (int i = off, n = off + Math.min(len, BINARY_PROBE); i < n; i++) {
      if (bytes[i] == 0) {
        throw new CorpusException(file, line, (line == 0 ? "binary file" : "binary content")
            + " (NUL byte at offset " + (i - off) + "), not a text document");
      }
    }
    String text = decode(bytes, off, len, cs, detected, file, line).strip();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1).strip();
    }
    if (text.isEmpty()) {
      throw new CorpusException(file, line, "empty document: " + whenEmpty);
    }
    return text;
  }

  private static byte[] slice(byte[] bytes, int off, int len) {
    if (off == 0 && len == bytes.length) {
      return bytes;
    }
    byte[] b = new byte[len];
    System.arraycopy(bytes, off, b, 0, len);
    return b;
  }

  /**
   * Decodes strictly: the JDK's fast decoder first, and only when it replaced something (or the text holds a
   * genuine U+FFFD) the strict decoder, which finds the first invalid byte.
   */
  private static String decode(byte[] bytes, int off, int len, Charset cs, boolean detected, Path file,
                               long line) {
    String fast = new String(bytes, off, len, cs);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    CharsetDecoder decoder = Charsets.strictDecoder(cs);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate(len + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int offset = in.position() - off;
      throw new CorpusException(file, Math.max(line, 1) - 1 + lineOf(bytes, off, offset),
          Charsets.invalidBytes(cs, offset, detected));
    }
    return fast;
  }

  /** The 1-based line of byte {@code offset}; CR and LF are single bytes in UTF-8 and GB18030 alike. */
  private static long lineOf(byte[] bytes, int off, int offset) {
    long line = 1;
    for (int i = off; i < off + offset; i++) {
      if (bytes[i] == '\r' || bytes[i] == '\n' && (i == off || bytes[i - 1] != '\r')) {
        line++;
      }
    }
    return line;
  }
}
