package org.fenlei.bench.quant;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Paired timing on a shared, noisy machine: each operation of a {@code paired*} benchmark runs the int8 kernel and
 * its float32 baseline back to back (alternating which goes first) and adds each one's nanoseconds here. Both
 * totals therefore cover the same stretches of machine load, and {@code float32Nanos / int8Nanos} is the speed-up.
 * JMH sums these {@code EVENTS} counters over the measurement iterations of a fork and prints them per iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PairedTimes {
  public long int8Nanos;
  public long float32Nanos;
  private long pairs;

  @Setup(Level.Iteration)
  public void reset() {
    int8Nanos = 0;
    float32Nanos = 0;
  }

  /** Runs both, in alternating order, and accounts their times. */
  void time(Runnable int8, Runnable float32) {
    if ((pairs++ & 1) == 0) {
      long t0 = System.nanoTime();
      int8.run();
      long t1 = System.nanoTime();
      float32.run();
      long t2 = System.nanoTime();
      int8Nanos += t1 - t0;
      float32Nanos += t2 - t1;
    } else {
      long t0 = System.nanoTime();
      float32.run();
      long t1 = System.nanoTime();
      int8.run();
      long t2 = System.nanoTime();
      float32Nanos += t1 - t0;
      int8Nanos += t2 - t1;
    }
  }
}
