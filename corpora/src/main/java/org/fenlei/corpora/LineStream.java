package org.fenlei.corpora;

import java.io.IOException;
import java.nio.file.Path;

/** Documents from a line-based corpus: each line is a row for the parser, after an optional header line. */
final class LineStream extends RowStream<String> {
  private final Origin origin;
  private final LineReader lines;
  private boolean skipHeader;

  private final String invalidBytes;
  private long readLines;
  private long invalidLines;
  private long firstInvalid;

  LineStream(Origin origin, LineReader lines, RowParser<String> parser, boolean header, boolean skipBad) {
    this(origin, lines, parser, header, skipBad, null);
  }

  /**
   * @param invalidBytes for lines from a lenient {@link StrictDecoder}: the reason a line holding invalid bytes is
   *     a bad row; {@code null} when the decoder throws instead
   */
  LineStream(Origin origin, LineReader lines, RowParser<String> parser, boolean header, boolean skipBad,
             String invalidBytes) {
    super(parser, skipBad);
    this.origin = origin;
    this.lines = lines;
    this.skipHeader = header;
    this.invalidBytes = invalidBytes;
  }

  @Override
  String readRow() throws IOException, BadRow {
    if (skipHeader) {
      skipHeader = false;
      lines.readLine();
    }
    String line = lines.readLine();
    if (invalidBytes == null) {
      return line;
    }
    if (line == null) {
      if (invalidLines > 0 && 2 * invalidLines >= readLines) { // most lines: the charset is wrong, not the lines
        throw BadRow.fatalAt(firstInvalid, invalidLines + " of " + readLines + " lines hold " + invalidBytes
            .replace(" in the line", "") + " (the first: this line): the file is not in that charset; try "
            + "--charset " + (invalidBytes.contains("UTF-8") ? "gb18030" : "utf-8") + " or auto");
      }
      return null;
    }
    readLines++;
    if (StrictDecoder.hasInvalid(line)) {
      if (invalidLines++ == 0) {
        firstInvalid = lines.lineNumber();
      }
      throw BadRow.malformed(invalidBytes);
    }
    return line;
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
