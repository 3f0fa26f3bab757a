package org.fenlei.core;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be read: not a model, damaged, truncated, of a newer format or unknown kind. */
public class ModelFormatException extends IOException {
  /** Serialisation version. */
  private static final long serialVersionUID = 1L;
  /** The file at fault, or null for a stream (not serialised: a path need not be). */
  private final transient Path file;
  /** The file's path or the stream's name. */
  private final String source;

  /**
   * An error in a model file.
   *
   * @param file the file
   * @param message what is wrong with it
   */
  public ModelFormatException(Path file, String message) {
    this(file, message, null);
  }

  /**
   * An error in a model file, with its cause.
   *
   * @param file the file
   * @param message what is wrong with it
   * @param cause what was thrown while reading it
   */
  public ModelFormatException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
    this.source = file.toString();
  }

  /**
   * An error in a model read from a stream or a class-path resource.
   *
   * @param source the stream's name, e.g. {@code classpath:models/spam.fenlei}
   * @param message what is wrong with it
   * @param cause what was thrown while reading it, or null
   */
  public ModelFormatException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
    this.file = null;
    this.source = source;
  }

  /**
   * The file at fault.
   *
   * @return the file, or null when the model came from a stream
   */
  public Path file() {
    return file;
  }

  /**
   * Where the model came from.
   *
   * @return the file's path or the stream's name
   */
  public String source() {
    return source;
  }
}
