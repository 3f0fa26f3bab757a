package org.fenlei.corpora;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Chooses the character set of a corpus file. Detection ({@link CharsetChoice#AUTO}) says UTF-8 for a UTF-8 byte
 * order mark or for bytes that are valid UTF-8, GB18030 for bytes that decode cleanly as GB18030 into text that
 * is mostly CJK, ASCII and the symbols GBK carries, and otherwise UTF-8, so that reading then fails at the
 * first invalid byte with its offset instead of guessing.
 */
public final class Charsets {
  /** GB18030, a superset of GBK and GB2312. */
  public static final Charset GB18030 = Charset.forName("GB18030");
  /** Bytes of a file that detection looks at. */
  static final int SAMPLE_BYTES = 64 * 1024;
  /** Share of the non-ASCII characters of a GB18030 decoding that must be common CJK text. */
  private static final double MIN_CJK_SHARE = 0.9;

  private Charsets() {
  }

  /**
   * The character set of text whose first bytes are {@code sample[0, length)}. The sample may be cut anywhere:
   * a multi-byte sequence cut at its end does not count against a character set.
   *
   * @param sample the first bytes of the text; not modified
   * @param length how many bytes of {@code sample} to look at, in {@code [0, sample.length]}
   * @return {@link java.nio.charset.StandardCharsets#UTF_8} or {@link #GB18030}, chosen as the class comment says
   * @throws IndexOutOfBoundsException when {@code length} is negative or greater than {@code sample.length}
   */
  public static Charset detect(byte[] sample, int length) {
    Objects.checkFromIndexSize(0, length, sample.length);
    return detect(sample, length, false);
  }

  /**
   * The character set {@code choice} stands for when reading {@code file}. {@link CharsetChoice#AUTO} opens
   * {@code file} and detects from up to 64 KB starting at its first non-ASCII byte (a file that is all ASCII is
   * read to its end and gives UTF-8); the other choices do not touch the file.
   *
   * @param choice the configured choice
   * @param file the file to sample for {@link CharsetChoice#AUTO}; may be {@code null} for the other choices
   * @return the character set to read {@code file} in
   * @throws IOException when {@code choice} is {@link CharsetChoice#AUTO} and {@code file} cannot be read
   * @throws NullPointerException when {@code choice} is {@code null}, or is {@link CharsetChoice#AUTO} and
   *     {@code file} is {@code null}
   */
  public static Charset resolve(CharsetChoice choice, Path file) throws IOException {
    switch (choice) {
      case UTF_8:
        return StandardCharsets.UTF_8;
      case GB18030:
        return GB18030;
      default:
        Objects.requireNonNull(file, "file (AUTO needs a file to sample)");
        try (InputStream in = Files.newInputStream(file)) {
          return detect(in);
        }
    }
  }

  /** A stream's detected character set, and the stream again from its first byte. */
  record Sniffed(Charset charset, InputStream stream) {
  }

  /**
   * Detects the character set of a stream from its first {@link #SAMPLE_BYTES} bytes (all of it when shorter),
   * which are read and then given back at the front of the returned stream.
   */
  static Sniffed sniff(InputStream in) throws IOException {
    byte[] sample = in.readNBytes(SAMPLE_BYTES);
    Charset cs = detect(sample, sample.length, sample.length < SAMPLE_BYTES);
    return new Sniffed(cs, new SequenceInputStream(new ByteArrayInputStream(sample), in));
  }

  /**
   * Detects from the start of {@code in}, consuming it. A pure-ASCII start says nothing, so detection samples
   * from the first non-ASCII byte on (a character boundary in both UTF-8 and GB18030, as every earlier byte
   * was a one-byte character).
   */
  static Charset detect(InputStream in) throws IOException {
    byte[] sample = new byte[SAMPLE_BYTES];
    int n = in.readNBytes(sample, 0, sample.length);
    int start = firstNonAscii(sample, n);
    while (start < 0 && n == sample.length) {
      n = in.readNBytes(sample, 0, sample.length);
      start = firstNonAscii(sample, n);
    }
    if (start < 0) {
      return StandardCharsets.UTF_8;
    }
    boolean ended = n < sample.length;
    if (start > 0) {
      System.arraycopy(sample, start, sample, 0, n - start);
      n -= start;
      if (!ended) {
        n += in.readNBytes(sample, n, sample.length - n);
        ended = n < sample.length;
      }
    }
    return detect(sample, n, ended);
  }

  /** {@code wholeInput}: the sample is all of the text, so a cut sequence at its end is an error. */
  static Charset detect(byte[] sample, int length, boolean wholeInput) {
    if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (decode(StandardCharsets.UTF_8, sample, length, wholeInput) != null) {
      return StandardCharsets.UTF_8;
    }
    CharBuffer gb = decode(GB18030, sample, length, wholeInput);
    if (gb != null && cjkShare(gb) >= MIN_CJK_SHARE) {
      return GB18030;
    }
    return StandardCharsets.UTF_8;
  }

  /** The decoded text, or {@code null} when the bytes are invalid in {@code cs}. */
  private static CharBuffer decode(Charset cs, byte[] bytes, int length, boolean endOfInput) {
    CharsetDecoder decoder = strictDecoder(cs);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    CoderResult r = decoder.decode(in, out, endOfInput);
    if (r.isError()) {
      return null;
    }
    if (endOfInput && decoder.flush(out).isError()) {
      return null;
    }
    return out.flip();
  }

  private static double cjkShare(CharBuffer text) {
    int nonAscii = 0;
    int common = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      boolean control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f' || cp == 0x7F;
      if (cp < 0x80 && !control) {
        continue;
      }
      nonAscii++;
      if (!control && commonInGbk(cp)) {
        common++;
      }
    }
    return nonAscii == 0 ? 1.0 : (double) common / nonAscii;
  }

  /** Code points GBK text is made of: CJK ideographs, CJK and full-width punctuation, and GBK's symbol rows. */
  private static boolean commonInGbk(int cp) {
    return cp >= 0x4E00 && cp <= 0x9FFF      // CJK unified ideographs
        || cp >= 0x3400 && cp <= 0x4DBF      // extension A
        || cp >= 0x3000 && cp <= 0x33FF      // CJK punctuation, kana, bopomofo, enclosed and compatibility
        || cp >= 0xFF00 && cp <= 0xFFEF      // full-width forms
        || cp >= 0xFE30 && cp <= 0xFE4F      // CJK compatibility forms
        || cp >= 0x2000 && cp <= 0x26FF      // general punctuation, arrows, maths, box drawing, shapes
        || cp >= 0x00A0 && cp <= 0x00FF      // Latin-1 symbols (middle dot, degree, times)
        || cp >= 0x0391 && cp <= 0x03C9      // Greek
        || cp >= 0x0401 && cp <= 0x0451;     // Cyrillic
  }

  private static int firstNonAscii(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        return i;
      }
    }
    return -1;
  }

  static CharsetDecoder strictDecoder(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The message for bytes invalid in {@code cs} at {@code offset}, with what to try instead. */
  static String invalidBytes(Charset cs, long offset, boolean detected) {
    String name = cs.equals(StandardCharsets.UTF_8) ? "UTF-8" : cs.name();
    String hint = cs.equals(StandardCharsets.UTF_8) ? "gb18030" : "utf-8";
    return "invalid " + name + " at byte offset " + offset
        + (detected ? " (charset auto chose " + name + "); try --charset " + hint
                    : "; try --charset " + hint + " or auto");
  }
}
