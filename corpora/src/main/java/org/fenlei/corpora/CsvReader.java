package org.fenlei.corpora;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records: fields separated by commas, records by LF, CRLF or CR; a field in double quotes may
 * hold commas, line ends (kept as written) and doubled quotes. A quote inside an unquoted field is kept as a
 * character, as Python's csv module does. Empty lines between records are skipped.
 */
final class CsvReader implements Closeable {
  private static final int EOF = -1;

  private final Reader in;
  private final char[] buf = new char[64 * 1024];
  private int pos;
  private int limit;
  /** Line ends consumed so far + 1. */
  private long current = 1;
  private boolean afterCr;
  private long recordLine;

  CsvReader(Reader in) {
    this.in = in;
  }

  /** The next record, or {@code null} at the end of input. */
  List<String> readRecord() throws IOException, BadRow {
    int c = read();
    while (c == '\n' || c == '\r') {
      c = read();
    }
    if (c == EOF) {
      return null;
    }
    recordLine = current;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      if (c == '"' && field.length() == 0) {
        c = quoted(field);
      } else {
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          field.append((char) c);
          c = read();
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (c != ',') {
        return fields;
      }
      c = read();
    }
  }

  /** Reads a quoted field (the opening quote consumed) into {@code field}; returns the character after it. */
  private int quoted(StringBuilder field) throws IOException, BadRow {
    long openedOn = current;
    while (true) {
      int c = read();
      if (c == EOF) {
        throw BadRow.fatalAt(openedOn, "unterminated quoted field: the quote opened on this line never closes");
      }
      if (c == '"') {
        c = read();
        if (c != '"') {
          if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
            long line = current;
            skipRestOfLine(c);
            throw BadRow.malformedAt(line, "unexpected '" + (char) c + "' after a closing quote"
                + " (a quote inside a quoted field is written twice: \"\")");
          }
          return c;
        }
      }
      field.append((char) c);
    }
  }

  private void skipRestOfLine(int c) throws IOException {
    while (c != '\n' && c != '\r' && c != EOF) {
      c = read();
    }
  }

  /** The line the last record started on. */
  long recordLine() {
    return recordLine;
  }

  /** The line the reader is in now. */
  long currentLine() {
    return current;
  }

  /** The next character, counting line ends (a CR, or an LF not right after a CR). */
  private int read() throws IOException {
    if (pos == limit) {
      int n;
      do {
        n = in.read(buf, 0, buf.length);
      } while (n == 0);
      if (n < 0) {
        return EOF;
      }
      pos = 0;
      limit = n;
    }
    char c = buf[pos++];
    if (c == '\r' || c == '\n' && !afterCr) {
      current++;
    }
    afterCr = c == '\r';
    return c;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
