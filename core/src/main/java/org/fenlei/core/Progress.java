package org.fenlei.core;

/**
 * Where a long task (training, batch scoring) reports how far it is. Called from the working threads, so an
 * implementation must be thread-safe and quick; fenlei never prints from library code, the caller decides.
 */
@FunctionalInterface
public interface Progress {
  /** Reports nothing. */
  Progress NONE = (stage, done, total) -> { };

  /**
   * Reports progress within a stage.
   *
   * @param stage what is being done, e.g. "features", "training", "calibration fold 2/3"
   * @param done units done in this stage
   * @param total units in this stage, or -1 when unknown
   */
  void update(String stage, long done, long total);
}
