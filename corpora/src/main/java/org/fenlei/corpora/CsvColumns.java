package org.fenlei.corpora;

import java.util.List;

/**
 * Turns a CSV record into a document, with text and label columns found by header name or 1-based index; an empty
 * label field means a document without a label.
 */
final class CsvColumns implements RowParser<List<String>> {
  private final Origin origin;
  private final int textIndex;
  private final int labelIndex;
  private final String labelSep;

  private CsvColumns(Origin origin, int textIndex, int labelIndex, String labelSep) {
    this.origin = origin;
    this.textIndex = textIndex;
    this.labelIndex = labelIndex;
    this.labelSep = labelSep;
  }

  /**
   * The parser for records under {@code header}: a non-null column name wins over the index; label column 0
   * means no labels. A named column missing from the header is an error at the header's line.
   */
  static CsvColumns forHeader(Origin origin, List<String> header, long headerLine, ReadOptions options) {
    int text = options.textColumnName() != null
        ? find(origin, header, headerLine, options.textColumnName())
        : options.textCol() - 1;
    int label = -1;
    if (options.labelCol() > 0) {
      label = options.labelColumnName() != null
          ? find(origin, header, headerLine, options.labelColumnName())
          : options.labelCol() - 1;
    }
    if (text == label) {
      throw new IllegalArgumentException("text and label are both column " + (text + 1));
    }
    return new CsvColumns(origin, text, label, options.labelSep());
  }

  private static int find(Origin origin, List<String> header, long headerLine, String name) {
    int found = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equals(name.strip())) {
        if (found >= 0) {
          throw new CorpusException(origin.path(), headerLine,
              "column \"" + name + "\" appears twice in the header");
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new CorpusException(origin.path(), headerLine,
          "no column \"" + name + "\" in the header " + header);
    }
    return found;
  }

  @Override
  public Document parse(List<String> fields, long line) throws BadRow {
    int need = Math.max(textIndex, labelIndex) + 1;
    if (fields.size() < need) {
      throw BadRow.malformed("expected at least " + need + " comma-separated columns, found " + fields.size());
    }
    String text = fields.get(textIndex);
    if (text.isBlank()) {
      throw BadRow.empty("text column " + (textIndex + 1) + " is empty");
    }
    List<String> labels = labelIndex < 0 ? List.of() : Labels.splitOrNone(fields.get(labelIndex), labelSep);
    return origin.document(text, labels, line);
  }
}
