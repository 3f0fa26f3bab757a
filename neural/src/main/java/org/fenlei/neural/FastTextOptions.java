package org.fenlei.neural;

import java.nio.file.Path;

/**
 * fastText's training options under the tool's names. The no-argument constructor gives the defaults of
 * {@code fasttext supervised} (lr 0.1, dim 100, epoch 5, wordNgrams 1, bucket 2,000,000, minCount 1,
 * minCountLabel 0, minn 0, maxn 0, neg 5, ws 5, loss softmax, t 1e-4, lrUpdateRate 100, seed 0), except
 * {@code thread}: all cores instead of the tool's 12; {@link #unsupervised()} those of {@code skipgram} and
 * {@code cbow}.
 *
 * @param bucket hash buckets of word and character n-grams; as in the tool none are allocated when
 *     {@code wordNgrams <= 1} and {@code maxn == 0} (see {@link #effectiveBucket})
 * @param t sampling threshold of frequent words (word vectors only)
 * @param pretrainedVectors a {@code .vec} file whose vectors initialise the word rows, or null
 */
public record FastTextOptions(int dim, double lr, int epoch, int wordNgrams, int bucket, int minCount,
    int minCountLabel, int minn, int maxn, int neg, int ws, Loss loss, double t, int lrUpdateRate, int seed,
    int thread, Path pretrainedVectors) {

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

  public FastTextOptions() {
    this(100, 0.1, 5, 1, 2_000_000, 1, 0, 0, 0, 5, 5, Loss.SOFTMAX, 1e-4, 100, 0,
        Runtime.getRuntime().availableProcessors(), null);
  }

  /** The defaults of the tool's {@code skipgram} and {@code cbow}: lr 0.05, minCount 5, minn 3, maxn 6, loss ns. */
  public static FastTextOptions unsupervised() {
    return new FastTextOptions(100, 0.05, 5, 1, 2_000_000, 5, 0, 3, 6, 5, 5, Loss.NS, 1e-4, 100, 0,
        Runtime.getRuntime().availableProcessors(), null);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The buckets actually allocated: 0 when there are neither word nor character n-grams. */
  public int effectiveBucket() {
    return wordNgrams <= 1 && maxn == 0 ? 0 : bucket;
  }

  public FastTextOptions withDim(int v) {
    return new FastTextOptions(v, lr, epoch, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss,
        t, lrUpdateRate, seed, thread, pretrainedVectors);
  }

  public FastTextOptions withLr(double v) {
    return new FastTextOptions(dim, v, epoch, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss,
        t, lrUpdateRate, seed, thread, pretrainedVectors);
  }

  public FastTextOptions withEpoch(int v) {
    return new FastTextOptions(dim, lr, v, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss,
        t, lrUpdateRate, seed, thread, pretrainedVectors);
  }

  public FastTextOptions withWordNgrams(int v) {
    return new FastTextOptions(dim, lr, epoch, v, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss, t,
        lrUpdateRate, seed, thread, pretrainedVectors);
  }

  public FastTextOptions withBucket(int v) {
    return new FastTextOptions(dim, lr, epoch, wordNgrams, v, minCount, minCountLabel, minn, maxn, neg, ws, loss, t,
        lrUpdateRate, seed, thread, pretrainedVectors);
  }

  public FastTextOptions withCharNgrams(int newMinn, int newMaxn) {
    return new FastTextOptions(dim, lr, epoch, wordNgrams, bucket, minCount, minCountLabel, newMinn, newMaxn, neg, ws,
        loss, t, lrUpdateRate, seed, thread, pretrainedVectors);
  }

  public FastTextOptions withLoss(Loss v) {
    return new FastTextOptions(dim, lr, epoch, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, v, t,
        lrUpdateRate, seed, thread, pretrainedVectors);
  }

  public FastTextOptions withThread(int v) {
    return new FastTextOptions(dim, lr, epoch, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss,
        t, lrUpdateRate, seed, v, pretrainedVectors);
  }

  public FastTextOptions withSeed(int v) {
    return new FastTextOptions(dim, lr, epoch, wordNgrams, bucket, minCount, minCountLabel, minn, maxn, neg, ws, loss,
        t, lrUpdateRate, v, thread, pretrainedVectors);
  }
}
