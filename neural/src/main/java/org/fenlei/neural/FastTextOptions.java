package org.fenlei.neural;

import java.nio.file.Path;

/**
 * fastText's training options under the tool's names. The no-argument constructor gives the defaults of
 * {@code fasttext supervised} (lr 0.1, dim 100, epoch 5, wordNgrams 1, bucket 2,000,000, minCount 1,
 * minCountLabel 0, minn 0, maxn 0, neg 5, ws 5, loss softmax, t 1e-4, lrUpdateRate 100, seed 0), except
 * {@code thread}: all cores instead of the tool's 12; {@link #unsupervised()} those of {@code skipgram} and
 * {@code cbow}.
 *
 * <p>With {@code thread > 1} training threads update shared tables without locks, as the tool does, so only
 * single-threaded training is reproducible from {@code seed}.
 *
 * @param dim size of the word and label vectors, at least 1
 * @param lr initial learning rate, greater than 0; it decays linearly to 0 over training
 * @param epoch passes over the training data, at least 1
 * @param wordNgrams longest word n-gram used as a feature, at least 1 (1: words only)
 * @param bucket hash buckets of word and character n-grams, at least 0; as in the tool none are allocated when
 *     {@code wordNgrams <= 1} and {@code maxn == 0} (see {@link #effectiveBucket})
 * @param minCount fewest occurrences of a word to enter the vocabulary, at least 0
 * @param minCountLabel fewest occurrences of a label to be kept, at least 0
 * @param minn shortest character n-gram, at least 0
 * @param maxn longest character n-gram, 0 for none, otherwise at least {@code minn}
 * @param neg negatives sampled per update with the {@code ns} loss, at least 1
 * @param ws context window on each side of a word (word vectors only), at least 1
 * @param loss the loss, not null
 * @param t sampling threshold of frequent words (word vectors only), greater than 0
 * @param lrUpdateRate tokens a thread processes between updates of the learning rate, at least 1
 * @param seed the random seed of initialisation and sampling
 * @param thread training threads, at least 1
 * @param pretrainedVectors a {@code .vec} file whose vectors initialise the word rows, or null; its vectors must
 *     have {@code dim} components
 */
public record FastTextOptions(int dim, double lr, int epoch, int wordNgrams, int bucket, int minCount,
    int minCountLabel, int minn, int maxn, int neg, int ws, Loss loss, double t, int lrUpdateRate, int seed,
    int thread, Path pretrainedVectors) {

  /**
   * Validates the options.
   *
   * @param dim size of the word and label vectors, at least 1
   * @param lr initial learning rate, finite and greater than 0
   * @param epoch passes over the training data, at least 1
   * @param wordNgrams longest word n-gram, at least 1
   * @param bucket hash buckets of word and character n-grams, at least 0
   * @param minCount fewest occurrences of a word, at least 0
   * @param minCountLabel fewest occurrences of a label, at least 0
   * @param minn shortest character n-gram, at least 0
   * @param maxn longest character n-gram, 0 for none, otherwise at least {@code minn}
   * @param neg negatives sampled per update, at least 1
   * @param ws context window, at least 1
   * @param loss the loss, not null
   * @param t sampling threshold of frequent words, greater than 0
   * @param lrUpdateRate tokens between learning-rate updates, at least 1
   * @param seed the random seed
   * @param thread training threads, at least 1
   * @param pretrainedVectors a {@code .vec} file, or null
   * @throws IllegalArgumentException when a value is out of its range
   */
  public FastTextOptions {
    require(dim > 0, "dim must be > 0: " + dim);
    require(lr > 0 && Double.isFinite(lr), "lr must be > 0: " + lr);
    require(epoch > 0, "epoch must be > 0: " + epoch);
    require(wordNgrams > 0, "wordNgrams must be > 0: " + wordNgrams);
    require(bucket >= 0, "bucket must be >= 0: " + bucket);
    require(minCount >= 0 && minCountLabel >= 0, "minCount and minCountLabel must be >= 0");
    require(minn >= 0 && maxn >= 0 && (maxn == 0 || minn <= maxn), "need 0 <= minn <= maxn (or maxn 0): minn "
        + minn + ", maxn " + maxn);
    require(neg > 0, "neg must be > 0: " + neg);
    require(ws > 0, "ws must be > 0: " + ws);
    require(loss != null, "loss is required");
    require(t > 0, "t must be > 0: " + t);
    require(lrUpdateRate > 0, "lrUpdateRate must be > 0: " + lrUpdateRate);
    require(thread > 0, "thread must be > 0: " + thread);
  }

  /** The defaults of {@code fasttext supervised}, with as many threads as available processors. */
  public FastTextOptions() {
    this(100, 0.1, 5, 1, 2_000_000, 1, 0, 0, 0, 5, 5, Loss.SOFTMAX, 1e-4, 100, 0,
        Runtime.getRuntime().availableProcessors(), null);
  }

  /**
   * The defaults of the tool's {@code skipgram} and {@code cbow}: lr 0.05, minCount 5, minn 3, maxn 6, loss ns.
   * The other values and the threads are as in {@link #FastTextOptions()}.
   *
   * @return new options
   */
  public static FastTextOptions unsupervised() {
    return new FastTextOptions(100, 0.05, 5, 1, 2_000_000, 5, 0, 3, 6, 5, 5, Loss.NS, 1e-4, 100, 0,
        Runtime.getRuntime().availableProcessors(), null);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * The buckets actually allocated: 0 when there are neither word nor character n-grams.
   *
   * @return {@code bucket}, or 0 when {@code wordNgrams <= 1} and {@code maxn == 0}
   */
  public int effectiveBucket() {
    return wordNgrams <= 1 && maxn == 0 ? 0 : bucket;
  }

  /**
   * A copy with another vector size.
   *
   * @param v the vector size, at least 1
   * @return the new options; this one is unchanged
   * @throws IllegalArgumentException when the value is out of range
   */
  public FastTextOptions withDim(int v) {
    return new FastTextOptions(v, lr, epoch, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss,
        t, lrUpdateRate, seed, thread, pretrainedVectors);
  }

  /**
   * A copy with another initial learning rate.
   *
   * @param v the learning rate, finite and greater than 0
   * @return the new options; this one is unchanged
   * @throws IllegalArgumentException when the value is out of range
   */
  public FastTextOptions withLr(double v) {
    return new FastTextOptions(dim, v, epoch, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss,
        t, lrUpdateRate, seed, thread, pretrainedVectors);
  }

  /**
   * A copy with another number of epochs.
   *
   * @param v passes over the training data, at least 1
   * @return the new options; this one is unchanged
   * @throws IllegalArgumentException when the value is out of range
   */
  public FastTextOptions withEpoch(int v) {
    return new FastTextOptions(dim, lr, v, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss,
        t, lrUpdateRate, seed, thread, pretrainedVectors);
  }

  /**
   * A copy with another longest word n-gram.
   *
   * @param v the longest word n-gram, at least 1
   * @return the new options; this one is unchanged
   * @throws IllegalArgumentException when the value is out of range
   */
  public FastTextOptions withWordNgrams(int v) {
    return new FastTextOptions(dim, lr, epoch, v, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss, t,
        lrUpdateRate, seed, thread, pretrainedVectors);
  }

  /**
   * A copy with another number of hash buckets.
   *
   * @param v hash buckets, at least 0
   * @return the new options; this one is unchanged
   * @throws IllegalArgumentException when the value is out of range
   */
  public FastTextOptions withBucket(int v) {
    return new FastTextOptions(dim, lr, epoch, wordNgrams, v, minCount, minCountLabel, minn, maxn, neg, ws, loss, t,
        lrUpdateRate, seed, thread, pretrainedVectors);
  }

  /**
   * A copy with other character n-gram lengths.
   *
   * @param newMinn the shortest character n-gram, at least 0
   * @param newMaxn the longest character n-gram, 0 for none, otherwise at least {@code newMinn}
   * @return the new options; this one is unchanged
   * @throws IllegalArgumentException when the lengths are out of range
   */
  public FastTextOptions withCharNgrams(int newMinn, int newMaxn) {
    return new FastTextOptions(dim, lr, epoch, wordNgrams, bucket, minCount, minCountLabel, newMinn, newMaxn, neg, ws,
        loss, t, lrUpdateRate, seed, thread, pretrainedVectors);
  }

  /**
   * A copy with another loss.
   *
   * @param v the loss, not null
   * @return the new options; this one is unchanged
   * @throws IllegalArgumentException when the value is out of range
   */
  public FastTextOptions withLoss(Loss v) {
    return new FastTextOptions(dim, lr, epoch, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, v, t,
        lrUpdateRate, seed, thread, pretrainedVectors);
  }

  /**
   * A copy with another number of training threads.
   *
   * @param v training threads, at least 1
   * @return the new options; this one is unchanged
   * @throws IllegalArgumentException when the value is out of range
   */
  public FastTextOptions withThread(int v) {
    return new FastTextOptions(dim, lr, epoch, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss,
        t, lrUpdateRate, seed, v, pretrainedVectors);
  }

  /**
   * A copy with another random seed.
   *
   * @param v the random seed
   * @return the new options; this one is unchanged
   */
  public FastTextOptions withSeed(int v) {
    return new FastTextOptions(dim, lr, epoch, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss,
        t, lrUpdateRate, v, thread, pretrainedVectors);
  }
}
