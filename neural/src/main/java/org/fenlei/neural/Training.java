package org.fenlei.neural;

import org.fenlei.core.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The training loop of the tool: {@code threads} threads walk the examples from evenly spaced starting points,
 * wrapping around, each with its own {@link State}, all updating the same matrices without locks (hogwild) until
 * {@code epoch * tokens} tokens are processed. The learning rate decays linearly to zero with that progress, which
 * a thread publishes every {@code lrUpdateRate} tokens.
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
    return run(examples, tokensPerEpoch, o, outputs, step, deadlineNanos, Progress.NONE);
  }

  /**
   * As {@link #run(int, long, FastTextOptions, int, Step, long)}, reporting the tokens processed to
   * {@code progress} (stage "training") about four times a second from the calling thread.
   */
  static TrainingStats run(int examples, long tokensPerEpoch, FastTextOptions o, int outputs, Step step,
      long deadlineNanos, Progress progress) {
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
        int i = (int) ((long) id * examples / threads);
        long local = 0;
        try {
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
              if (Double.isNaN(s.lossSum)) {
                throw new DivergedException();
              }
              if (System.nanoTime() > deadlineNanos) {
                throw new TimeoutException();
              }
            }
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

  /** Thrown when the deadline passes before training ends. */
  static final class TimeoutException extends RuntimeException {
    TimeoutException() {
      super("training ran out of time", null, false, false);
    }
  }
}
