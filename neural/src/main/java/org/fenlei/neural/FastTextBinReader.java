package org.fenlei.neural;

import java.io.IOException;
import java.nio.file.Path;
import org.fenlei.core.ForeignModelReader;
import org.fenlei.core.TextClassifier;

/**
 * Lets {@code ModelFile.load} (so {@code fenlei classify} and {@code fenlei eval}) read the fastText tool's
 * supervised {@code .bin} and {@code .ftz} files. Their input is split on spaces, never segmented.
 */
public final class FastTextBinReader implements ForeignModelReader {
  /** Creates the reader; {@link java.util.ServiceLoader} calls this. */
  public FastTextBinReader() {}

  @Override
  public String format() {
    return "a fastText .bin/.ftz model";
  }

  @Override
  public boolean accepts(byte[] head, int length) {
    return FastTextBin.accepts(head, length);
  }

  @Override
  public TextClassifier read(Path path) throws IOException {
    return FastTextBin.read(path);
  }

  /**
   * Reads a fastText tool model file directly.
   *
   * @param path a supervised {@code .bin} or {@code .ftz} file written by the fastText tool
   * @return the model, which splits its input on spaces
   * @throws IOException when the file cannot be read, is damaged, or is not a supervised fastText model of a version
   *     this reader knows (a {@link org.fenlei.core.ModelFormatException} naming the file)
   */
  public static FastText readModel(Path path) throws IOException {
    return FastTextBin.read(path);
  }
}
