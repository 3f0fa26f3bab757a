package org.fenlei.corpora;

import java.io.IOException;
import java.nio.file.Path;

/** Documents from a line-based corpus: each line is a row for the parser, after an optional header line. */
final class LineStream extends RowStream<String> {
  private final Origin origin;
  private final LineReader lines;
  private boolean skipHeader;

  LineStream(Origin origin, LineReader lines, RowParser<String> parser, boolean header, boolean skipBad) {
    super(parser, skipBad);
    this.origin = origin;
    this.lines = lines;
    this.skipHeader = header;
  }

  @Override
  String readRow() throws IOException {
    if (skipHeader) {
      skipHeader = false;
      lines.readLine();
    }
    return lines.readLine();
  }

  @Override
  Path rowFile() {
    return origin.path();
  }

  @Override
  long rowLine() {
    return lines.lineNumber();
  }

  @Override
  long currentLine() {
    return lines.currentLine();
  }

  @Override
  void closeSource() throws IOException {
    lines.close();
  }
}
