package org.fenlei.neural;

/**
 * What a training run did: tokens processed (the tool's unit: words, labels and end-of-line tokens, all epochs),
 * wall-clock seconds, threads, and the final mean loss of the first thread.
 *
 * @param tokens tokens processed over all epochs
 * @param seconds wall-clock time of training in seconds
 * @param threads training threads used (at most the examples)
 * @param loss the mean loss over all updates the first thread made, NaN if it made none
 */
public record TrainingStats(long tokens, double seconds, int threads, double loss) {
  /**
   * The tool's throughput figure: tokens per second per thread.
   *
   * @return {@code tokens / seconds / threads}
   */
  public double wordsPerSecondPerThread() {
    return tokens / seconds / threads;
  }
}
