package org.fenlei.corpora;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One document of a corpus: its text, its labels (none, one, or several for multi-label data) and where it came
 * from. For line-based formats {@code line} is the 1-based number of the document's first line and {@code id} is
 * {@code "<file name>:<line>"}; for a document that is a whole file (format {@link Format#FOLDER}) {@code line}
 * is 0 and {@code id} is the file's path relative to the corpus folder, with '/' separators. {@code path} is
 * {@code null} for documents read from a stream such as standard input.
 *
 * @param id the name error messages and reports use for the document
 * @param text the text as read (formats say what is stripped)
 * @param labels the labels, as an unmodifiable list; empty when the document has none
 * @param path the file the document was read from, or {@code null} for a stream or an in-memory document
 * @param line the 1-based number of the document's first line, or 0 for a whole file or in-memory document
 */
public record Document(String id, String text, List<String> labels, Path path, long line) {
  /**
   * Checks the components and keeps an unmodifiable copy of {@code labels}.
   *
   * @param id the name error messages and reports use for the document; not {@code null}
   * @param text the text; not {@code null}
   * @param labels the labels; neither the list nor a label may be {@code null}
   * @param path the file the document was read from, or {@code null}
   * @param line the 1-based number of the document's first line, or 0; never negative
   * @throws NullPointerException when {@code id}, {@code text}, {@code labels} or a label is {@code null}
   * @throws IllegalArgumentException when {@code line} is negative
   */
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    labels = List.copyOf(labels);
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  /**
   * An in-memory document, for training and evaluating from code: {@code Document.of("中奖了！", "spam")}. Its id,
   * which error messages name, is the start of its text in quotes.
   *
   * @param text the text
   * @param labels its labels: none, one, or several (multi-label)
   * @return the document
   */
  public static Document of(String text, String... labels) {
    Objects.requireNonNull(text, "text");
    String head = text.codePointCount(0, text.length()) <= 20 ? text
        : text.substring(0, text.offsetByCodePoints(0, 20)) + "…";
    return new Document("\"" + head.replace('\n', ' ').replace('\r', ' ') + "\"", text, List.of(labels), null, 0);
  }
}
