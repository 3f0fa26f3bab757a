package org.fenlei.corpora;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Documents read lazily from a corpus. {@link #hasNext()} and {@link #next()} throw {@link CorpusException} for
 * a malformed row (unless the stream skips bad rows, see {@link ReadOptions#skipBad()}) and
 * {@link java.io.UncheckedIOException} when reading fails. Close it when done; closing twice is harmless.
 */
public interface DocumentStream extends Iterator<Document>, Closeable {

  /**
   * Rows skipped so far: malformed rows under {@code skipBad}, and rows a preset excludes by definition.
   *
   * @return how many rows this stream has skipped so far
   */
  long skipped();

  /**
   * The first bad rows skipped under {@code skipBad} (at most {@link #SKIPPED_EXAMPLES}), each naming its file,
   * line and reason, so that a summary can say which rows were dropped; rows a preset excludes are not listed.
   *
   * @return the examples, in the order they were skipped
   */
  default java.util.List<CorpusException> skippedExamples() {
    return java.util.List.of();
  }

  /** How many skipped rows {@link #skippedExamples()} keeps. */
  int SKIPPED_EXAMPLES = 10;
}
