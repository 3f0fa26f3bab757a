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
}
