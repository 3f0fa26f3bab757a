package org.fenlei.corpora;

/** Which half of a preset's standard split to read. */
public enum Split {
  /** The training half. */
  TRAIN,
  /** The test half. */
  TEST
}
