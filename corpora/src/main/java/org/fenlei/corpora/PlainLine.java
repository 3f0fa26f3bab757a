package org.fenlei.corpora;

import java.util.List;

/** {@link Format#LINES}: every non-blank line is an unlabelled document. */
final class PlainLine implements RowParser<String> {
  private final Origin origin;

  PlainLine(Origin origin) {
    this.origin = origin;
  }

  @Override
  public Document parse(String line, long number) {
    return line.isBlank() ? null : origin.document(line, List.of(), number);
  }
}
