package org.fenlei.classic;

import org.fenlei.features.SparseVector;
import org.fenlei.features.TextClassifier;

/** A classifier that can score a feature vector directly (for tuning on held-out vectors). */
interface VectorScorer extends TextClassifier {
  double[] scores(SparseVector x);

  /** The same model with another decision rule. */
  VectorScorer withThresholds(Thresholds t);
}
