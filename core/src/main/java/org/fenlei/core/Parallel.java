package org.fenlei.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Runs a function over a list on worker threads, keeping the order: the one way fenlei's trainers, batch
 * scoring and evaluation spread work over cores. Each call starts its own pool and shuts it down, so nothing is
 * shared between callers (no global pool to tune or to starve).
 */
public final class Parallel {
  private Parallel() {}

  /**
   * {@code f} over {@code items} on {@code threads} worker threads, in order; under 64 items on this thread.
   *
   * @param items the inputs
   * @param f the function; it must be safe to call from several threads at once
   * @param threads worker threads (1 or less: this thread)
   * @param <T> the input type
   * @param <R> the result type
   * @return {@code f} of each item, in the items' order
   */
  public static <T, R> List<R> map(List<T> items, Function<T, R> f, int threads) {
    return map(items, f, threads, 64);
  }

  /**
   * {@code f} over {@code items} on {@code threads} worker threads, in order; on this thread when there are
   * fewer than {@code minItems} (for cheap items, where starting workers costs more than it saves). A runtime
   * exception or error thrown by {@code f} is rethrown as it is.
   *
   * @param items the inputs
   * @param f the function; it must be safe to call from several threads at once
   * @param threads worker threads (1 or less: this thread)
   * @param minItems below this many items, run on this thread
   * @param <T> the input type
   * @param <R> the result type
   * @return {@code f} of each item, in the items' order
   */
  public static <T, R> List<R> map(List<T> items, Function<T, R> f, int threads, int minItems) {
    if (threads <= 1 || items.size() < Math.max(2, minItems)) {
      List<R> out = new ArrayList<>(items.size());
      for (T t : items) {
        out.add(f.apply(t));
      }
      return out;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> items.parallelStream().map(f).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw unwrap(e);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * What a worker threw, to rethrow on the calling thread: the runtime exception itself, an error thrown as it is,
   * anything else wrapped.
   *
   * @param e the failure of a task
   * @return the runtime exception to throw
   * @throws Error when the task threw an error
   */
  public static RuntimeException unwrap(ExecutionException e) {
    Throwable c = e.getCause();
    if (c instanceof RuntimeException r) {
      return r;
    }
    if (c instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(c);
  }
}
