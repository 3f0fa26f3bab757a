package org.fenlei.core;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads model files of other tools (for example the fastText tool's {@code .bin}) as fenlei classifiers.
 * Registered as a service ({@code META-INF/services/org.fenlei.core.ForeignModelReader});
 * {@link ModelFile#load} asks each one whose {@link #accepts} the file's first bytes.
 */
public interface ForeignModelReader {
  /** The format's name, for messages. */
  String format();

  /** Whether a file starting with {@code head} (up to 16 bytes, fewer for short files) is in this format. */
  boolean accepts(byte[] head, int length);

  TextClassifier read(Path path) throws IOException;
}
