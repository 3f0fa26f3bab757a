package org.fenlei.neural;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.fenlei.core.LabelSets;
import org.fenlei.corpora.Document;
import org.fenlei.core.ScoredLabel;
import org.fenlei.segment.SegmenterConfig;

/**
 * Hyper-parameter search on held-out documents within a time budget, as the tool's
 * {@code -autotune-validation}: the first trial uses the given options, each later one perturbs the best so far
 * (log-normal steps for epoch, lr, dim and bucket, normal steps for wordNgrams and the character n-gram choice,
 * narrowing as time passes), and the best model on the dev documents is kept. Unlike the tool it also searches
 * the loss (softmax and hs for single-label data; multi-label data keeps ova), keeps the best trial's model instead
 * of training it again, and tokenizes the documents once for all trials. Options named in {@code manual} stay fixed.
 * The score is micro-F1 of the model's own decisions (accuracy for single-label data).
 */
public final class Autotune {
  /** The options the search changes unless set by hand. */
  public static final List<String> SEARCHED =
      List.of("epoch", "lr", "dim", "wordNgrams", "bucket", "minn", "maxn", "loss");
  private static final int[] MINN_CHOICES = {0, 2, 3};
  private static final System.Logger LOG = System.getLogger(Autotune.class.getName());

  /**
   * The best model, its options and dev score, and how many trials ran.
   *
   * @param model the model that scored best on the dev documents
   * @param options the options it was trained with
   * @param score its micro-F1 on the dev documents, in [0, 1]
   * @param trials the trials started, including those that failed and the one the time budget cut short
   */
  public record Result(FastText model, FastTextOptions options, double score, int trials) {}

  private Autotune() {}

  /**
   * Searches hyper-parameters for at most {@code seconds} of wall-clock time. Each trial trains on {@code train}
   * with {@code start.thread()} threads; a trial still training at the deadline is abandoned, and trials that
   * diverge or run out of memory are skipped. The trial sequence is drawn from {@code start.seed()}, but which
   * trials fit in the budget depends on the machine, so results are not reproducible.
   *
   * @param train the labelled training documents
   * @param dev the labelled held-out documents the trials are scored on
   * @param start the options of the first trial, from which the search starts
   * @param manual option names (among {@link #SEARCHED}) set by hand, which the search leaves as in {@code start}
   * @param segmenter how to split the documents' text into words; null when it is already split on spaces
   * @param forceMultiLabel train multi-label models even if no document has two labels
   * @param seconds the time budget in seconds, greater than 0
   * @return the best trial
   * @throws IllegalArgumentException when a document has no label
   * @throws IllegalStateException when not one trial finished within {@code seconds}
   */
  public static Result search(List<Document> train, List<Document> dev, FastTextOptions start, Set<String> manual,
      SegmenterConfig segmenter, boolean forceMultiLabel, double seconds) {
    return search(train, dev, start, manual, segmenter, forceMultiLabel, seconds, Shuffle.NONE);
  }

  /**
   * As {@link #search(List, List, FastTextOptions, Set, SegmenterConfig, boolean, double)}, every trial visiting
   * the training documents in the order {@code shuffle} says.
   *
   * @param train the labelled training documents
   * @param dev the labelled held-out documents the trials are scored on
   * @param start the options of the first trial, from which the search starts
   * @param manual option names (among {@link #SEARCHED}) set by hand, which the search leaves as in {@code start}
   * @param segmenter how to split the documents' text into words; null when it is already split on spaces
   * @param forceMultiLabel train multi-label models even if no document has two labels
   * @param seconds the time budget in seconds, greater than 0
   * @param shuffle the order of the training documents, not null
   * @return the best trial
   * @throws IllegalArgumentException when a document has no label
   * @throws IllegalStateException when not one trial finished within {@code seconds}
   */
  public static Result search(List<Document> train, List<Document> dev, FastTextOptions start, Set<String> manual,
      SegmenterConfig segmenter, boolean forceMultiLabel, double seconds, Shuffle shuffle) {
    long t0 = System.nanoTime();
    long deadline = t0 + (long) (seconds * 1e9);
    boolean multi = LabelSets.multiLabel(train, forceMultiLabel);
    SupervisedTrainer.Corpus corpus = SupervisedTrainer.tokenize(train, segmenter, start.thread(), multi, "training");
    SupervisedTrainer.Corpus held = SupervisedTrainer.tokenize(dev, segmenter, start.thread(), multi, "dev");
    SupervisedTrainer.checkLoss(corpus, start.loss()); // the search keeps a multi-label task's loss
    Random rng = new Random(start.seed());
    FastTextOptions best = start;
    int bestNonzeroBucket = start.bucket() > 0 ? start.bucket() : 2_000_000;
    Result result = null;
    int trials = 0;
    while (System.nanoTime() < deadline) {
      double t = Math.min(1.0, (System.nanoTime() - t0) / 1e9 / seconds);
      FastTextOptions o = trials == 0 ? start : ask(best, bestNonzeroBucket, manual, t, rng,
          multi);
      trials++;
      FastText m;
      try {
        m = SupervisedTrainer.train(corpus, o, segmenter, forceMultiLabel, deadline, shuffle);
      } catch (Training.TimeoutException e) {
        break;
      } catch (ArithmeticException | IllegalArgumentException | OutOfMemoryError e) {
        LOG.log(System.Logger.Level.DEBUG, "autotune trial failed: {0}", e.getMessage());
        continue; // diverged, or too large: try another
      }
      double score = microF1(m, held);
      LOG.log(System.Logger.Level.DEBUG, "autotune trial {0}: {1} -> {2}", trials, o, score);
      if (result == null || score > result.score()) {
        result = new Result(m, o, score, trials);
        best = o;
        if (o.bucket() > 0) {
          bestNonzeroBucket = o.bucket();
        }
      }
    }
    if (result == null) {
      throw new IllegalStateException("autotune: no trial finished in " + seconds + " s: raise autotune-duration");
    }
    return new Result(result.model(), result.options(), result.score(), trials);
  }

  static FastTextOptions ask(FastTextOptions best, int bestNonzeroBucket, Set<String> manual, double t, Random rng,
      boolean multiLabel) {
    FastTextOptions o = best;
    if (!manual.contains("epoch")) {
      o = o.withEpoch((int) gauss(o.epoch(), 1, 100, 2.8, 2.5, t, false, rng));
    }
    if (!manual.contains("lr")) {
      o = o.withLr(gauss(o.lr(), 0.01, 5.0, 1.9, 1.0, t, false, rng));
    }
    if (!manual.contains("dim")) {
      o = o.withDim((int) gauss(o.dim(), 1, 1000, 1.4, 0.3, t, false, rng));
    }
    if (!manual.contains("wordNgrams")) {
      o = o.withWordNgrams((int) gauss(o.wordNgrams(), 1, 5, 4.3, 2.4, t, true, rng));
    }
    int minn = o.minn();
    int maxn = o.maxn();
    if (!manual.contains("minn")) {
      int index = 0;
      for (int i = 0; i < MINN_CHOICES.length; i++) {
        if (MINN_CHOICES[i] == minn) {
          index = i;
        }
      }
      minn = MINN_CHOICES[(int) gauss(index, 0, MINN_CHOICES.length - 1, 4.0, 1.4, t, true, rng)];
    }
    if (!manual.contains("maxn")) {
      maxn = minn == 0 ? 0 : minn + 3;
    }
    o = o.withCharNgrams(minn, Math.max(maxn, minn == 0 ? 0 : minn));
    if (!manual.contains("bucket")) {
      o = o.withBucket((int) gauss(bestNonzeroBucket, 10_000, 10_000_000, 2.0, 1.5, t, false, rng));
    }
    if (!manual.contains("loss") && !multiLabel && rng.nextDouble() < 0.3) {
      o = o.withLoss(o.loss() == Loss.SOFTMAX ? Loss.HS : Loss.SOFTMAX);
    }
    return o;
  }

  /** The tool's step: {@code val + N(0, s)} (linear) or {@code val * 2^N(0, s)}, s shrinking from t = 0.25 to 0.75. */
  static double gauss(double val, double min, double max, double startSigma, double endSigma, double t,
      boolean linear, Random rng) {
    double sigma = startSigma - ((startSigma - endSigma) / 0.5) * Math.min(0.5, Math.max(t - 0.25, 0.0));
    double c = rng.nextGaussian() * sigma;
    double v = linear ? val + c : val * Math.pow(2.0, c);
    return Math.max(min, Math.min(max, v));
  }

  /** Micro-F1 of the model's own decisions on tokenized labelled documents. */
  static double microF1(FastText m, SupervisedTrainer.Corpus dev) {
    long tp = 0;
    long predicted = 0;
    long gold = 0;
    for (int i = 0; i < dev.tokens().size(); i++) {
      List<ScoredLabel> p = m.decide(m.scoresOfTokens(dev.tokens().get(i)), -1, Double.NaN).labels();
      List<String> g = dev.labels().get(i);
      gold += g.size();
      predicted += p.size();
      for (ScoredLabel s : p) {
        if (g.contains(s.label())) {
          tp++;
        }
      }
    }
    return predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
  }
}
