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
  private final Alternation alternation = new Alternation();

  @Setup(Level.Iteration)
  public void reset() {
    int8Nanos = 0;
    float32Nanos = 0;
  }

  /** Runs both, in alternating order, and accounts their times. */
  void time(Runnable int8, Runnable float32) {
    alternation.run(int8, float32);
    int8Nanos += alternation.aNanos;
    float32Nanos += alternation.bNanos;
  }
}
