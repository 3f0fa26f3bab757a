package org.fenlei.corpora;

/** Turns one raw row (a line, a CSV record, a file) into a document. */
@FunctionalInterface
interface RowParser<R> {

  /** The document in {@code row}, or {@code null} when the row holds none (a blank line). */
  Document parse(R row, long line) throws BadRow;

  /**
   * Keeps rows {@code i} (counted from 0 over the rows this parser sees) with {@code i % 5 == 4} when
   * {@code test}, the others otherwise: a fixed 80/20 split.
   */
  static <R> RowParser<R> everyFifth(RowParser<R> parser, boolean test) {
    long[] index = {0};
    return (row, line) -> (index[0]++ % 5 == 4) == test ? parser.parse(row, line) : null;
  }

  /** Counts rows without text as excluded (skipped, never an error) instead of malformed. */
  static <R> RowParser<R> excludingEmpty(RowParser<R> parser) {
    return (row, line) -> {
      try {
        return parser.parse(row, line);
      } catch (BadRow bad) {
        throw bad.isEmptyDocument() ? BadRow.excluded(bad.getMessage()) : bad;
      }
    };
  }
}
