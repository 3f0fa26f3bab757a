package org.fenlei.corpora;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;

/**
 * The loop every reader shares: read a raw row, let the {@link RowParser} make a document of it, and either
 * throw or count and skip a bad row. Subclasses only say how to read the next raw row and where it came from.
 */
abstract class RowStream<R> implements DocumentStream {
  private final RowParser<R> parser;
  private final boolean skipBad;
  private Document next;
  private long skipped;
  private final java.util.List<CorpusException> examples = new java.util.ArrayList<>();
  private boolean done;

  RowStream(RowParser<R> parser, boolean skipBad) {
    this.parser = parser;
    this.skipBad = skipBad;
  }

  /** The next raw row, or {@code null} at the end. */
  abstract R readRow() throws IOException, BadRow;

  /** The file of the row last read ({@code null} for standard input). */
  abstract Path rowFile();

  /** The line of the row last read (1-based; 0 for a whole file). */
  abstract long rowLine();

  /** The line the reader is in now, where a decoding error just happened. */
  abstract long currentLine();

  abstract void closeSource() throws IOException;

  @Override
  public final boolean hasNext() {
    while (next == null && !done) {
      try {
        R row = readRow();
        if (row == null) {
          done = true;
          closeAtEnd();
        } else {
          next = parser.parse(row, rowLine());
        }
      } catch (StrictDecoder.InvalidBytes e) {
        throw new CorpusException(rowFile(), currentLine(), e.getMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + CorpusException.where(rowFile(), 0) + ": " + e, e);
      } catch (BadRow bad) {
        long line = bad.line() >= 0 ? bad.line() : rowLine();
        if (bad.isFatal() || !bad.isExcluded() && !skipBad) {
          throw new CorpusException(rowFile(), line, bad.getMessage());
        }
        if (!bad.isExcluded() && examples.size() < SKIPPED_EXAMPLES) {
          examples.add(new CorpusException(rowFile(), line, bad.getMessage()));
        }
        skipped++;
      }
    }
    return next != null;
  }

  @Override
  public final Document next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more documents");
    }
    Document d = next;
    next = null;
    return d;
  }

  @Override
  public final long skipped() {
    return skipped;
  }

  @Override
  public final java.util.List<CorpusException> skippedExamples() {
    return java.util.List.copyOf(examples);
  }

  @Override
  public final void close() throws IOException {
    done = true;
    next = null;
    closeSource();
  }

  private void closeAtEnd() {
    try {
      closeSource();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + CorpusException.where(rowFile(), 0), e);
    }
  }
}
