package org.fenlei.bench.quant;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link PairedTimes} for native against Java int8 kernels: each operation runs both back to back, alternating
 * which goes first, and adds each one's nanoseconds; {@code javaNanos / nativeNanos} is the native speed-up.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class NativePairedTimes {
  public long nativeNanos;
  public long javaNanos;
  private final Alternation alternation = new Alternation();

  @Setup(Level.Iteration)
  public void reset() {
    nativeNanos = 0;
    javaNanos = 0;
  }

  /** Runs both, in alternating order, and accounts their times. */
  void time(Runnable nativeKernel, Runnable javaKernel) {
    alternation.run(nativeKernel, javaKernel);
    nativeNanos += alternation.aNanos;
    javaNanos += alternation.bNanos;
  }
}
