package org.fenlei.core;

import java.io.DataInput;
import java.io.IOException;

/**
 * Reads one model kind from the payload of a model file. Implementations are registered as services
 * ({@code META-INF/services/org.fenlei.core.ModelCodec}) by the module that defines the model.
 */
public interface ModelCodec {
  /**
   * The kind this codec reads.
   *
   * @return the kind written in model files (usually {@link TextClassifier#kind()})
   */
  String kind();

  /**
   * Reads what {@link TextClassifier#write} wrote.
   *
   * @param in the payload after the kind
   * @return the model
   * @throws IOException when the data is damaged or of an unsupported version
   */
  TextClassifier read(DataInput in) throws IOException;
}
