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
    boolean aFirst = (pairs++ & 1) == 0;
    Runnable first = aFirst ? a : b;
    Runnable second = aFirst ? b : a;
    long t0 = System.nanoTime();
    first.run();
    long t1 = System.nanoTime();
    second.run();
    long t2 = System.nanoTime();
    aNanos = aFirst ? t1 - t0 : t2 - t1;
    bNanos = aFirst ? t2 - t1 : t1 - t0;
  }
}
