package org.fenlei.neural;

import org.fenlei.core.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The training loop: {@code threads} threads, each with its own {@link State}, all updating the same matrices
 * without locks (hogwild) until {@code epoch * tokens} tokens are processed, the learning rate decaying linearly to
 * zero. {@link Shuffle#NONE} is the tool's loop: threads walk the examples in order from evenly spaced starting
 * points, wrapping around, and the rate follows the progress of all threads together, which a thread publishes
 * every {@code lrUpdateRate} tokens. Otherwise the examples are visited in seeded random order and each thread
 * has a fixed share of the positions and tokens and its own rate (see {@link Shuffle}).
 */
final class Training {

  /** One example's step: returns the tokens it consumed. */
  interface Step {
    long apply(int example, float lr, State s);
  }

  /** Thrown when the loss is no longer a number: the learning rate is too high. */
  static final class DivergedException extends ArithmeticException {
    DivergedException() {
      super("training diverged (the loss is NaN): lower lr");
    }
  }

  private Training() {}

  /**
   * @param deadlineNanos stop early at this {@link System#nanoTime()} (autotune's budget); Long.MAX_VALUE for none
   */
  static TrainingStats run(int examples, long tokensPerEpoch, FastTextOptions o, int outputs, Step step,
      long deadlineNanos) {
    return run(examples, tokensPerEpoch, o, outputs, step, deadlineNanos, Progress.NONE, Shuffle.NONE);
  }

  /**
   * As {@link #run(int, long, FastTextOptions, int, Step, long)}, reporting the tokens processed to
   * {@code progress} (stage "training") about four times a second from the calling thread, visiting the examples
   * in the order {@code shuffle} says.
   */
  static TrainingStats run(int examples, long tokensPerEpoch, FastTextOptions o, int outputs, Step step,
      long deadlineNanos, Progress progress, Shuffle shuffle) {
    if (examples == 0) {
      throw new IllegalArgumentException("no training examples");
    }
    int threads = Math.min(o.thread(), examples);
    long total = (long) o.epoch() * tokensPerEpoch;
    AtomicLong tokenCount = new AtomicLong();
    double[] loss = new double[1];
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    long t0 = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Runnable r = () -> {
        State s = new State(o.dim(), outputs, (long) o.seed() * 1_000_003L + id);
        try {
          if (shuffle == Shuffle.NONE) {
            toolLoop(id, threads, examples, total, o, step, s, tokenCount, failure, deadlineNanos);
          } else {
            shuffledLoop(id, threads, examples, total, o, step, s, tokenCount, failure, deadlineNanos,
                shuffle == Shuffle.EPOCH);
          }
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        }
        if (id == 0) {
          loss[0] = s.meanLoss();
        }
      };
      if (threads == 1 && progress == Progress.NONE) {
        r.run();
      } else {
        Thread th = new Thread(r, "fasttext-train-" + t);
        th.setDaemon(true);
        workers.add(th);
        th.start();
      }
    }
    progress.update("training", 0, total);
    for (Thread th : workers) {
      try {
        while (th.isAlive()) {
          th.join(250);
          progress.update("training", Math.min(tokenCount.get(), total), total);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while training", e);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    progress.update("training", total, total);
    return new TrainingStats(tokenCount.get(), (System.nanoTime() - t0) / 1e9, threads, loss[0]);
  }

  /** The tool's loop: file order from the thread's starting point, the rate from all threads' progress. */
  private static void toolLoop(int id, int threads, int examples, long total, FastTextOptions o, Step step, State s,
      AtomicLong tokenCount, AtomicReference<RuntimeException> failure, long deadlineNanos) {
    int i = (int) ((long) id * examples / threads);
    long local = 0;
    while (tokenCount.get() < total && failure.get() == null) {
      float done = (float) tokenCount.get() / total;
      float lr = (float) (o.lr() * (1.0 - done));
      local += step.apply(i, lr, s);
      if (++i == examples) {
        i = 0;
      }
      if (local > o.lrUpdateRate()) {
        tokenCount.addAndGet(local);
        local = 0;
        check(s, deadlineNanos);
      }
    }
  }

  /**
   * Thread {@code id} of {@code threads}: positions {@code id, id + threads, ...} of a sequence of seeded
   * permutations of the examples (a new one each epoch when {@code everyEpoch}), until its own share of the tokens
   * is processed, the rate decaying with its own progress. Nothing it does depends on the other threads' speed.
   */
  private static void shuffledLoop(int id, int threads, int examples, long total, FastTextOptions o, Step step,
      State s, AtomicLong tokenCount, AtomicReference<RuntimeException> failure, long deadlineNanos,
      boolean everyEpoch) {
    long budget = total * (id + 1) / threads - total * id / threads;
    int[] order = null;
    long orderEpoch = -1;
    long own = 0;
    long local = 0;
    for (long p = id; own < budget && failure.get() == null; p += threads) {
      long epoch = everyEpoch ? p / examples : 0;
      if (epoch != orderEpoch) {
        order = permutation(examples, o.seed(), epoch);
        orderEpoch = epoch;
      }
      float lr = (float) (o.lr() * (1.0 - (double) own / budget));
      long n = step.apply(order[(int) (p % examples)], lr, s);
      own += n;
      local += n;
      if (local > o.lrUpdateRate()) {
        tokenCount.addAndGet(local);
        local = 0;
        check(s, deadlineNanos);
      }
    }
    tokenCount.addAndGet(local);
  }

  /** The permutation of {@code [0, n)} for {@code epoch}, the same in every thread (Fisher-Yates, seeded). */
  static int[] permutation(int n, int seed, long epoch) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + 16);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  private static void check(State s, long deadlineNanos) {
    if (Double.isNaN(s.lossSum)) {
      throw new DivergedException();
    }
    if (System.nanoTime() > deadlineNanos) {
      throw new TimeoutException();
    }
  }

  /** Thrown when the deadline passes before training ends. */
  static final class TimeoutException extends RuntimeException {
    TimeoutException() {
      super("training ran out of time", null, false, false);
    }
  }
}
