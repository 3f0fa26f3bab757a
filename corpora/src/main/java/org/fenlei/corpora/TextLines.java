package org.fenlei.corpora;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The lines of a text file or stream, every one of them, blank ones included: for tools that answer line for
 * line (segmentation) rather than read documents. Lines end with LF, CRLF or a lone CR; a leading byte order mark
 * is dropped. Decoding is strict, as for {@link Corpora}: bytes invalid in the character set are a
 * {@link CorpusException} that names the file, the line they are on and their byte offset, and advises another
 * character set ({@code auto} only when detection was not already on).
 */
public final class TextLines implements Closeable {
  private final Path file;
  private final Charset charset;
  private final LineReader lines;

  private TextLines(Path file, Charset charset, boolean detected, InputStream in) {
    this.file = file;
    this.charset = charset;
    this.lines = new LineReader(new StrictDecoder(in, charset, detected));
  }

  /**
   * Opens {@code file} for reading line by line.
   *
   * @param file the text file
   * @param choice its character set; {@link CharsetChoice#AUTO} detects it as {@link Charsets#resolve} does
   * @return the file's lines, read as they are asked for; the caller closes them
   * @throws IOException when {@code file} cannot be opened, or AUTO cannot sample it
   * @throws java.nio.file.NoSuchFileException when {@code file} does not exist
   * @throws FileSystemException when {@code file} is a directory
   * @throws NullPointerException when an argument is {@code null}
   */
  public static TextLines open(Path file, CharsetChoice choice) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(choice, "choice");
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory, not a text file");
    }
    Charset cs = Charsets.resolve(choice, file);
    return new TextLines(file, cs, choice == CharsetChoice.AUTO, Files.newInputStream(file));
  }

  /**
   * Reads the lines arriving on {@code in} (e.g. standard input); errors name it {@code <stdin>}.
   *
   * @param in the bytes; closing the returned lines closes {@code in}
   * @param choice their character set; {@link CharsetChoice#AUTO} detects it from the first 64 KB, which are
   *     read before this returns
   * @return the lines, read as they are asked for; the caller closes them
   * @throws IOException when reading AUTO's sample fails
   * @throws NullPointerException when an argument is {@code null}
   */
  public static TextLines open(InputStream in, CharsetChoice choice) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(choice, "choice");
    if (choice != CharsetChoice.AUTO) {
      return new TextLines(null, Charsets.resolve(choice, null), false, in);
    }
    Charsets.Sniffed sniffed = Charsets.sniff(in);
    return new TextLines(null, sniffed.charset(), true, sniffed.stream());
  }

  /**
   * The next line.
   *
   * @return the next line without its end, or {@code null} at the end of the input
   * @throws CorpusException when the line holds bytes invalid in {@link #charset()}: the message is
   *     {@code file:line: invalid UTF-8 at byte offset N; try ...}, with the line those bytes are on
   * @throws IOException when reading fails
   */
  public String readLine() throws IOException {
    try {
      return lines.readLine();
    } catch (StrictDecoder.InvalidBytes e) {
      throw new CorpusException(file, lines.currentLine(), e.getMessage(), e);
    }
  }

  /**
   * Where the last line came from.
   *
   * @return the 1-based number of the line {@link #readLine} returned last, 0 before the first
   */
  public long lineNumber() {
    return lines.lineNumber();
  }

  /**
   * The character set the lines are decoded in.
   *
   * @return the configured one, or the one detection chose
   */
  public Charset charset() {
    return charset;
  }

  /**
   * Closes the file or stream.
   *
   * @throws IOException when closing it fails
   */
  @Override
  public void close() throws IOException {
    lines.close();
  }
}
