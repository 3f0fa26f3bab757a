package org.fenlei.core;

import java.util.List;

/**
 * A classifier that can also take text already split into tokens, skipping its own segmentation: tokens are
 * separated by spaces, tabs, vertical tabs, form feeds, carriage returns, line feeds or NUL characters, as the
 * fastText tool reads them. {@code fenlei classify --pretokenized} uses this; a model that does not implement it
 * refuses that option.
 */
public interface PretokenizedClassifier extends TextClassifier {

  /** One probability per label, in {@link #labels()} order, for text whose tokens are already separated. */
  double[] scoresPretokenized(String text);

  /** {@link #predict(String, int, double)} for text whose tokens are already separated. */
  default List<ScoredLabel> predictPretokenized(String text, int topK, double threshold) {
    return decide(scoresPretokenized(text), topK, threshold);
  }
}
