package org.fenlei.neural;

/**
 * What a training run did: tokens processed (the tool's unit: words, labels and end-of-line tokens, all epochs),
 * wall-clock seconds, threads, and the final mean loss of the first thread.
 */
public record TrainingStats(long tokens, double seconds, int threads, double loss) {
  /** The tool's throughput figure: tokens per second per thread. */
  public double wordsPerSecondPerThread() {
    return tokens / seconds / threads;
  }
}
