package org.fenlei.corpora;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Format#TSV}: columns separated by tabs, no quoting. The text column is taken as written; a label
 * column of 0 means no labels, and so does an empty label column (a document without a label). Blank lines are
 * skipped.
 */
final class TsvLine implements RowParser<String> {
  private final Origin origin;
  private final int textCol;
  private final int labelCol;
  private final String labelSep;

  TsvLine(Origin origin, int textCol, int labelCol, String labelSep) {
    if (textCol == labelCol) {
      throw new IllegalArgumentException("text and label are both column " + textCol);
    }
    this.origin = origin;
    this.textCol = textCol;
    this.labelCol = labelCol;
    this.labelSep = labelSep;
  }

  @Override
  public Document parse(String line, long number) throws BadRow {
    if (line.isBlank()) {
      return null;
    }
    List<String> cols = split(line);
    int need = Math.max(textCol, labelCol);
    if (cols.size() < need) {
      throw BadRow.malformed("expected at least " + need + " tab-separated columns, found " + cols.size());
    }
    String text = cols.get(textCol - 1);
    if (text.isBlank()) {
      throw BadRow.empty("text column " + textCol + " is empty");
    }
    List<String> labels = labelCol == 0 ? List.of() : Labels.splitOrNone(cols.get(labelCol - 1), labelSep);
    return origin.document(text, labels, number);
  }

  private static List<String> split(String line) {
    List<String> cols = new ArrayList<>();
    int from = 0;
    for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', from)) {
      cols.add(line.substring(from, tab));
      from = tab + 1;
    }
    cols.add(line.substring(from));
    return cols;
  }
}
