package org.fenlei.corpora;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Opens corpora. Every reader streams: a file is read as the documents are consumed (a folder's file names are
 * listed first, its files read one at a time). Bytes invalid in the chosen character set are always an error
 * naming file, line and byte offset; malformed rows are an error too unless {@link ReadOptions#skipBad()}.
 */
public final class Corpora {
  private Corpora() {
  }

  /**
   * Streams the documents of {@code path} (a file, or a folder for {@link Format#FOLDER}).
   *
   * @param path the corpus file, or for {@link Format#FOLDER} the corpus folder
   * @param format the layout of the corpus
   * @param options how to read it (see {@link ReadOptions} for which fields each format uses)
   * @return the documents, read as they are consumed; the caller closes the stream
   * @throws IOException when {@code path} cannot be opened or listed, or AUTO cannot sample it
   * @throws java.nio.file.NoSuchFileException when {@code path} does not exist
   * @throws java.nio.file.FileSystemException when {@code path} is a directory and {@code format} is not
   *     {@link Format#FOLDER}
   * @throws java.nio.file.NotDirectoryException when {@code format} is {@link Format#FOLDER} and {@code path} is
   *     not a directory
   * @throws CorpusException when a header (CSV) cannot be read: the file is empty, a named column is missing or
   *     appears twice, or its bytes are invalid
   * @throws IllegalArgumentException when the text and label columns are the same column (TSV, CSV)
   * @throws NullPointerException when an argument is {@code null}
   */
  public static DocumentStream open(Path path, Format format, ReadOptions options) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    if (format == Format.FOLDER) {
      return FolderStream.open(path, options);
    }
    if (Files.isDirectory(path)) {
      throw new FileSystemException(path.toString(), null,
          "is a directory; format " + format + " reads a file (FOLDER reads a tree of files)");
    }
    Charset cs = Charsets.resolve(options.charset(), path);
    InputStream in = Files.newInputStream(path);
    return open(in, cs, Origin.of(path), format, options);
  }

  /**
   * Streams the documents of a line-based corpus arriving on {@code in} (e.g. standard input): documents have
   * a {@code null} path and ids {@code <stdin>:<line>}; AUTO detects from the first 64 KB.
   *
   * @param in the bytes of the corpus; closing the returned stream closes {@code in}
   * @param format the layout of the corpus; any format but {@link Format#FOLDER}
   * @param options how to read it (see {@link ReadOptions} for which fields each format uses)
   * @return the documents, read as they are consumed; the caller closes the stream
   * @throws IOException when reading the first bytes (AUTO's sample, or the CSV header) fails
   * @throws IllegalArgumentException when {@code format} is {@link Format#FOLDER}, or the text and label columns
   *     are the same column (TSV, CSV)
   * @throws CorpusException when a header (CSV) cannot be read
   * @throws NullPointerException when an argument is {@code null}
   */
  public static DocumentStream open(InputStream in, Format format, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    if (format == Format.FOLDER) {
      throw new IllegalArgumentException("format FOLDER needs a folder, not a stream");
    }
    if (options.charset() != CharsetChoice.AUTO) {
      return open(in, Charsets.resolve(options.charset(), null), Origin.of(null), format, options);
    }
    Charsets.Sniffed sniffed = Charsets.sniff(in);
    return open(sniffed.stream(), sniffed.charset(), Origin.of(null), format, options);
  }

  /**
   * All documents of {@code path}, in order (for corpora that fit in memory). The file is closed before this
   * returns or throws.
   *
   * @param path the corpus file, or for {@link Format#FOLDER} the corpus folder
   * @param format the layout of the corpus
   * @param options how to read it
   * @return the documents, as an unmodifiable list
   * @throws IOException for the reasons {@link #open(Path, Format, ReadOptions)} gives
   * @throws CorpusException for a malformed row (unless {@link ReadOptions#skipBad()}) or invalid bytes
   * @throws java.io.UncheckedIOException when reading fails after the corpus was opened
   */
  public static List<Document> readAll(Path path, Format format, ReadOptions options) throws IOException {
    try (DocumentStream docs = open(path, format, options)) {
      List<Document> all = new ArrayList<>();
      docs.forEachRemaining(all::add);
      return Collections.unmodifiableList(all);
    }
  }

  private static DocumentStream open(InputStream in, Charset cs, Origin origin, Format format,
                                     ReadOptions options) throws IOException {
    boolean lenient = options.skipBad() && format != Format.CSV; // a line with invalid bytes is then a bad row
    StrictDecoder chars = new StrictDecoder(in, cs, options.charset() == CharsetChoice.AUTO, lenient);
    if (format == Format.CSV) {
      CsvReader csv = new CsvReader(chars);
      return CsvStream.open(origin, csv,
          header -> CsvColumns.forHeader(origin, header, csv.recordLine(), options), options.skipBad());
    }
    RowParser<String> parser;
    try {
      parser = lineParser(origin, format, options);
    } catch (RuntimeException e) {
      chars.close();
      throw e;
    }
    boolean header = format == Format.TSV && options.header();
    return new LineStream(origin, new LineReader(chars), parser, header, options.skipBad(),
        lenient ? "invalid " + (cs.equals(StandardCharsets.UTF_8) ? "UTF-8" : cs.name()) + " bytes in the line" : null);
  }

  private static RowParser<String> lineParser(Origin origin, Format format, ReadOptions o) {
    switch (format) {
      case LINES:
        return new PlainLine(origin);
      case FASTTEXT:
        return new FastTextLine(origin, o.labelPrefix());
      case TSV:
        return new TsvLine(origin, o.textCol(), o.labelCol(), o.labelSep());
      case JSONL:
        return new JsonLine(origin, o.textField(), o.labelField(), o.labelSep());
      default:
        throw new IllegalArgumentException("format " + format + " is not line-based");
    }
  }

  /** Opens a UTF-8 file as lines for a preset whose rows need their own parsing; malformed rows throw. */
  static DocumentStream lines(Path file, RowParser<String> parser) throws IOException {
    StrictDecoder chars = new StrictDecoder(Files.newInputStream(file), StandardCharsets.UTF_8, false);
    return new LineStream(Origin.of(file), new LineReader(chars), parser, false, false);
  }

  /** Opens a CSV file for a preset, passing the column parser through {@code wrap}; malformed rows throw. */
  static DocumentStream csv(Path file, ReadOptions options,
                            UnaryOperator<RowParser<List<String>>> wrap) throws IOException {
    Origin origin = Origin.of(file);
    CsvReader csv = new CsvReader(new StrictDecoder(Files.newInputStream(file), StandardCharsets.UTF_8, false));
    return CsvStream.open(origin, csv,
        header -> wrap.apply(CsvColumns.forHeader(origin, header, csv.recordLine(), options)), false);
  }
}
