package org.fenlei.core;

import java.util.List;
import org.fenlei.corpora.Document;

/**
 * A model fresh from training that kept part of its training documents aside (to stop early, say) and gives their
 * raw scores: calibration and threshold tuning fit on them instead of training the kind again on folds. A model read
 * from a file does not have this capability ({@link TextClassifier#capability}).
 */
public interface HeldOutScores {

  /**
   * The documents kept aside, which the model did not train on.
   *
   * @return the documents, in the order of {@link #heldOutScores()}
   */
  List<Document> heldOutDocuments();

  /**
   * The raw scores of the documents kept aside.
   *
   * @return one score vector per document, in the model's label order
   */
  double[][] heldOutScores();
}
