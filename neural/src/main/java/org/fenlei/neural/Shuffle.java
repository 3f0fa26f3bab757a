package org.fenlei.neural;

import java.util.Locale;

/**
 * The order supervised training visits the documents in, and how the work is split between threads.
 *
 * <p>{@link #NONE} is the C++ tool's loop: each thread walks the documents in file order from its own starting point
 * and the learning rate follows the tokens all threads have processed together, so which documents a thread sees
 * near the end of training, when the rate is low, depends on how fast the threads happen to run. On a file whose
 * documents are grouped (sorted by label, or long documents together) two-thread runs then differ by many points.
 *
 * <p>{@link #EPOCH} and {@link #ONCE} visit a seeded random permutation of the documents, a new one each epoch or
 * the same one throughout. Thread {@code t} of {@code T} takes positions {@code t, t + T, t + 2T, ...} of that
 * sequence until it has processed its share of the tokens ({@code epoch * tokens / T}), with its learning rate
 * decaying linearly with its own progress: what each thread does no longer depends on the other's speed, only the
 * interleaving of their lock-free updates does. With one thread both are reproducible from the seed.
 */
public enum Shuffle {
  /** File order, the tool's loop ({@code shuffle=false}). */
  NONE,
  /** One permutation for the whole training. */
  ONCE,
  /** A new permutation every epoch (the default of {@code fenlei train}). */
  EPOCH;

  /**
   * The setting's value: {@code false} (or {@code none}), {@code once}, {@code true} (or {@code epoch}).
   *
   * @param s the value, ignoring case and surrounding white space
   * @return the order
   * @throws IllegalArgumentException for any other value
   */
  public static Shuffle parse(String s) {
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "false", "none" -> NONE;
      case "once" -> ONCE;
      case "true", "epoch" -> EPOCH;
      default -> throw new IllegalArgumentException("unknown shuffle '" + s + "' (known: true, once, false)");
    };
  }
}
