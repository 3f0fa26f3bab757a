package org.fenlei.core;

import java.util.List;
import org.fenlei.corpora.Document;

/**
 * A model with a smaller int8 serving form: {@code fenlei quantize} asks any model for this capability
 * ({@link TextClassifier#capability}) and treats every kind that has it alike.
 */
public interface Quantizable {

  /**
   * Whether the model is already in its int8 form.
   *
   * @return true when quantized
   */
  boolean quantized();

  /**
   * The settings {@link #quantize} takes, with their defaults and help.
   *
   * @return the settings
   */
  List<Setting<?>> quantizeSettings();

  /**
   * The model's int8 serving form.
   *
   * @param settings validated against {@link #quantizeSettings()}
   * @param retrain labelled documents a kind may train the reduced model on again (usually the training
   *     data); may be empty
   * @param threads worker threads
   * @return the quantized model, of the same labels
   * @throws IllegalStateException when the model is already quantized
   */
  TextClassifier quantize(Settings settings, List<Document> retrain, int threads);

  /**
   * One line saying what quantization kept, for the command's report (e.g. rows kept of rows).
   *
   * @param quantized what {@link #quantize} returned
   * @return a short description
   */
  String describe(TextClassifier quantized);
}
