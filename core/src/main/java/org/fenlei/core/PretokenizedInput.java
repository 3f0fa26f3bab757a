package org.fenlei.core;

/**
 * A model that can also take text already split into tokens, skipping its own segmentation: tokens are
 * separated by spaces, tabs, vertical tabs, form feeds, carriage returns, line feeds or NUL characters, as the
 * fastText tool reads them. {@code fenlei classify --pretokenized} asks a model for this capability
 * ({@link TextClassifier#capability}); a model without it refuses that option.
 */
public interface PretokenizedInput {

  /**
   * Scores text whose tokens are already separated.
   *
   * @param text the tokens, separated by white space
   * @return one probability per label, in the model's label order
   */
  double[] scoresPretokenized(String text);
}
