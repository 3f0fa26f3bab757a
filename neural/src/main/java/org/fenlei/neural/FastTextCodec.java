package org.fenlei.neural;

import java.io.DataInput;
import java.io.IOException;
import org.fenlei.core.ModelCodec;
import org.fenlei.core.TextClassifier;

/** Reads fenlei model files of kind {@code fasttext} ({@link FastTextFormat}). */
public final class FastTextCodec implements ModelCodec {
  /** Creates the codec; {@link java.util.ServiceLoader} calls this. */
  public FastTextCodec() {}

  @Override
  public String kind() {
    return FastText.KIND;
  }

  @Override
  public TextClassifier read(DataInput in) throws IOException {
    return FastTextFormat.read(in);
  }
}
