package org.fenlei.core;

import java.util.Objects;

/**
 * A label with the score a classifier gave it.
 *
 * @param label the label
 * @param score its probability in [0, 1]
 */
public record ScoredLabel(String label, double score) {
  /**
   * Checks the label.
   *
   * @param label the label, not null
   * @param score its probability
   */
  public ScoredLabel {
    Objects.requireNonNull(label, "label");
  }
}
