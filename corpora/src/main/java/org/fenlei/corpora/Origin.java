package org.fenlei.corpora;

import java.nio.file.Path;
import java.util.List;

/** Where the rows of a line-based corpus come from: the file ({@code null} for a stream) and its id prefix. */
record Origin(Path path, String name) {

  static Origin of(Path path) {
    return new Origin(path, path == null ? "<stdin>" : String.valueOf(path.getFileName()));
  }

  /** A document starting at {@code line}, with id {@code name:line}. */
  Document document(String text, List<String> labels, long line) {
    return new Document(name + ":" + line, text, labels, path, line);
  }
}
