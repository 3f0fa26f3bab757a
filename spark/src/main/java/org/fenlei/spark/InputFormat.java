package org.fenlei.spark;

import java.util.Locale;

/** How the job reads its input: the formats of {@code fenlei classify}, plus Parquet. */
enum InputFormat {
  /** One document a line of a text file. */
  LINES,
  /** One document a file: every file below a folder. */
  TEXT,
  /** One JSON object a line, the text in a field. */
  JSONL,
  /** CSV with a header, the text in a column. */
  CSV,
  /** Parquet, the text in a string column. */
  PARQUET;

  static InputFormat parse(String s) {
    for (InputFormat f : values()) {
      if (f.name().equalsIgnoreCase(s)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown --format '" + s + "' (known: lines, text, jsonl, csv, parquet)");
  }

  String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
