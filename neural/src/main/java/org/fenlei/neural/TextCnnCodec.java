package org.fenlei.neural;

import java.io.DataInput;
import java.io.IOException;
import org.fenlei.core.ModelCodec;
import org.fenlei.core.TextClassifier;

/** Reads fenlei model files of kind {@code textcnn} ({@link TextCnnFormat}). */
public final class TextCnnCodec implements ModelCodec {
  /** Creates the codec; {@link java.util.ServiceLoader} calls this. */
  public TextCnnCodec() {}

  @Override
  public String kind() {
    return TextCnn.KIND;
  }

  @Override
  public TextClassifier read(DataInput in) throws IOException {
    return TextCnnFormat.read(in);
  }
}
