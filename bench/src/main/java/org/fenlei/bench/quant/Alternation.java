package org.fenlei.bench.quant;

/**
 * Runs two operations back to back, alternating which goes first from one call to the next, and keeps each one's
 * nanoseconds of the last call: the timing shared by the paired counters ({@link PairedTimes},
 * {@link NativePairedTimes}, {@link FloorPairedTimes}), whose JMH counters must be their own public fields.
 */
final class Alternation {
  private long pairs;
  /** The first operation's nanoseconds in the last call. */
  long aNanos;
  /** The second operation's nanoseconds in the last call. */
  long bNanos;

  void run(Runnable a, Runnable b) {
    if ((pairs++ & 1) == 0) {
      long t0 = System.nanoTime();
      a.run();
      long t1 = System.nanoTime();
      b.run();
      long t2 = System.nanoTime();
      aNanos = t1 - t0;
      bNanos = t2 - t1;
    } else {
      long t0 = System.nanoTime();
      b.run();
      long t1 = System.nanoTime();
      a.run();
      long t2 = System.nanoTime();
      bNanos = t1 - t0;
      aNanos = t2 - t1;
    }
  }
}
