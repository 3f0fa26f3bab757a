package org.fenlei.bench.quant;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link PairedTimes} for a kernel against a floor, the least work any kernel for the same result must do (for an
 * embedding bag: reading every cache line of its rows, nothing else): each operation runs both back to back,
 * alternating which goes first; {@code kernelNanos / floorNanos} is how far the kernel is above that floor.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class FloorPairedTimes {
  public long kernelNanos;
  public long floorNanos;
  private final Alternation alternation = new Alternation();

  @Setup(Level.Iteration)
  public void reset() {
    kernelNanos = 0;
    floorNanos = 0;
  }

  /** Runs both, in alternating order, and accounts their times. */
  void time(Runnable kernel, Runnable floor) {
    alternation.run(kernel, floor);
    kernelNanos += alternation.aNanos;
    floorNanos += alternation.bNanos;
  }
}
