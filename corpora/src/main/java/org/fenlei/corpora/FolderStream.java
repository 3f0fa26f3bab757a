package org.fenlei.corpora;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link Format#FOLDER}: every non-hidden regular file under the folder is one document, labelled by its
 * first-level directory (files directly in the folder have no label). Files are listed up front in the order
 * of their '/'-separated relative paths and read one at a time.
 */
final class FolderStream extends RowStream<Path> {
  /** A NUL byte among the first this many bytes marks a binary file. */
  static final int BINARY_PROBE = 8 * 1024;

  private final Iterator<Path> files;
  private Path current;

  private FolderStream(Path dir, List<Path> files, ReadOptions options) {
    super((file, line) -> document(dir, file, options.charset()), options.skipBad());
    this.files = files.iterator();
  }

  static FolderStream open(Path dir, ReadOptions options) throws IOException {
    if (!Files.isDirectory(dir)) {
      if (!Files.exists(dir)) {
        throw new NoSuchFileException(dir.toString());
      }
      throw new NotDirectoryException(dir.toString());
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir.relativize(p)))
          .sorted(Comparator.comparing(p -> id(dir, p)))
          .collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new FolderStream(dir, files, options);
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String id(Path dir, Path file) {
    Path relative = dir.relativize(file);
    StringBuilder sb = new StringBuilder();
    for (Path part : relative) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part);
    }
    return sb.toString();
  }

  private static Document document(Path dir, Path file, CharsetChoice choice) throws BadRow {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e, e);
    }
    for (int i = 0, n = Math.min(bytes.length, BINARY_PROBE); i < n; i++) {
      if (bytes[i] == 0) {
        throw BadRow.malformed("binary file (NUL byte at offset " + i + "), not a text document");
      }
    }
    String text = decode(bytes, choice).strip();
    if (text.isEmpty()) {
      throw BadRow.empty("the file has no text");
    }
    Path relative = dir.relativize(file);
    List<String> labels = relative.getNameCount() > 1 ? List.of(relative.getName(0).toString()) : List.of();
    return new Document(id(dir, file), text, labels, file, 0);
  }

  private static String decode(byte[] bytes, CharsetChoice choice) throws BadRow {
    Charset cs;
    try {
      cs = choice == CharsetChoice.AUTO
          ? Charsets.detect(new ByteArrayInputStream(bytes))
          : Charsets.resolve(choice, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CharsetDecoder decoder = Charsets.strictDecoder(cs);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int offset = in.position();
      throw BadRow.malformedAt(lineOf(bytes, offset),
          Charsets.invalidBytes(cs, offset, choice == CharsetChoice.AUTO));
    }
    out.flip();
    if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
      out.get();
    }
    return out.toString();
  }

  /** The 1-based line of byte {@code offset}; CR and LF are single bytes in UTF-8 and GB18030 alike. */
  private static long lineOf(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\r' || bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
        line++;
      }
    }
    return line;
  }

  @Override
  Path readRow() {
    current = files.hasNext() ? files.next() : null;
    return current;
  }

  @Override
  Path rowFile() {
    return current;
  }

  @Override
  long rowLine() {
    return 0;
  }

  @Override
  long currentLine() {
    return 0;
  }

  @Override
  void closeSource() {
  }
}
