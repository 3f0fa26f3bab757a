package org.fenlei.core;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads model files of other tools (for example the fastText tool's {@code .bin}) as fenlei classifiers.
 * Registered as a service ({@code META-INF/services/org.fenlei.core.ForeignModelReader});
 * {@link ModelFile#load} asks each one whose {@link #accepts} the file's first bytes.
 */
public interface ForeignModelReader {
  /**
   * The format's name, for messages.
   *
   * @return e.g. "a fastText .bin model"
   */
  String format();

  /**
   * Whether a file starting with {@code head} is in this format.
   *
   * @param head the file's first bytes
   * @param length how many of them there are (up to 16, fewer for short files)
   * @return true when this reader takes the file
   */
  boolean accepts(byte[] head, int length);

  /**
   * Reads a model of this format.
   *
   * @param path the file
   * @return the model
   * @throws IOException when the file cannot be read or is damaged, naming it
   */
  TextClassifier read(Path path) throws IOException;
}
