package org.fenlei.core;

import java.util.Objects;

/** A label with the score a classifier gave it: a probability in [0, 1] for every fenlei model. */
public record ScoredLabel(String label, double score) {
  public ScoredLabel {
    Objects.requireNonNull(label, "label");
  }
}
