package org.fenlei.core;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be read: not a model, damaged, truncated, of a newer format or unknown kind. */
public class ModelFormatException extends IOException {
  private static final long serialVersionUID = 1L;
  private final Path file;

  public ModelFormatException(Path file, String message) {
    super(file + ": " + message);
    this.file = file;
  }

  public ModelFormatException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
