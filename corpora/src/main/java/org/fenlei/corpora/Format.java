package org.fenlei.corpora;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The corpus file formats {@link Corpora#open} reads; see each constant for the exact layout. */
public enum Format {
  /** One document a line, no labels; blank lines are skipped (line numbers stay those of the file). */
  LINES,
  /** fastText: leading {@code __label__X} tokens (the prefix is configurable), then the text. */
  FASTTEXT,
  /** Tab-separated columns without any quoting; text and label columns chosen by 1-based index. */
  TSV,
  /** RFC 4180 comma-separated values with a header row; columns chosen by name or index. */
  CSV,
  /** One JSON object a line; text and label taken from named fields. */
  JSONL,
  /** {@code DIR/<label>/**}: one document a file, labelled by its first-level directory. */
  FOLDER;

  /**
   * The format named {@code name}, ignoring case and surrounding white space.
   *
   * @param name a constant's name, e.g. {@code tsv}
   * @return the format
   * @throws IllegalArgumentException when {@code name} is {@code null} or unknown (the message lists the known
   *     names)
   */
  public static Format parse(String name) {
    if (name != null) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name.strip())) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "' (known: " + knownNames() + ")");
  }

  private static String knownNames() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }
}
