package org.fenlei.corpora;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Documents from a CSV corpus: the header record is read first, and decides how the other records parse. */
final class CsvStream extends RowStream<List<String>> {
  private final Origin origin;
  private final CsvReader csv;

  private CsvStream(Origin origin, CsvReader csv, RowParser<List<String>> parser, boolean skipBad) {
    super(parser, skipBad);
    this.origin = origin;
    this.csv = csv;
  }

  /**
   * Reads the header of {@code csv} and streams the records after it through the parser {@code forHeader}
   * makes for that header. Closes {@code csv} when this fails.
   */
  static CsvStream open(Origin origin, CsvReader csv, Function<List<String>, RowParser<List<String>>> forHeader,
                        boolean skipBad) throws IOException {
    try {
      List<String> header = csv.readRecord();
      if (header == null) {
        throw new CorpusException(origin.path(), 0, "empty file: CSV needs a header row");
      }
      return new CsvStream(origin, csv, forHeader.apply(header), skipBad);
    } catch (StrictDecoder.InvalidBytes e) {
      csv.close();
      throw new CorpusException(origin.path(), csv.currentLine(), e.getMessage(), e);
    } catch (BadRow e) {
      csv.close();
      throw new CorpusException(origin.path(), e.line() >= 0 ? e.line() : csv.recordLine(), e.getMessage());
    } catch (IOException | RuntimeException e) {
      csv.close();
      throw e;
    }
  }

  @Override
  List<String> readRow() throws IOException, BadRow {
    return csv.readRecord();
  }

  @Override
  Path rowFile() {
    return origin.path();
  }

  @Override
  long rowLine() {
    return csv.recordLine();
  }

  @Override
  long currentLine() {
    return csv.currentLine();
  }

  @Override
  void closeSource() throws IOException {
    csv.close();
  }
}
