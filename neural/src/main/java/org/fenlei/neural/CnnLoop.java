package org.fenlei.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fenlei.core.Parallel;
import org.fenlei.core.Progress;
import org.fenlei.neural.CnnPass.View;
import org.fenlei.quant.EmaObserver;
import org.fenlei.quant.FakeQuant;
import org.fenlei.quant.QuantParams;

/**
 * TextCNN's training loop: mini-batches in a new seeded order every epoch, each batch's documents split between the
 * threads (each with its own pass and gradients, summed in thread order, so a run is reproducible for a seed and a
 * thread count), one optimizer step per batch, and after each epoch the held-out score, keeping the best epoch's
 * weights and stopping after {@code patience} epochs without improvement.
 *
 * <p>From epoch {@code qatFrom} on, training is quantization-aware (Jacob et al. 2018): filters and dense weights
 * rounded per output channel, the embedded input to the table's int8 grid, the pooled features to a range tracked
 * by an exponential moving average of each batch's range (the first batch only observes).
 */
final class CnnLoop implements AutoCloseable {
  /** The EMA decay of the pooled features' range. */
  static final float EMA_DECAY = 0.99f;

  /** Encoded documents with their gold labels: a label index, or a label set for multi-label data. */
  record Data(int[][] ids, int[] label, boolean[][] gold) {
    int size() {
      return ids.length;
    }
  }

  /**
   * What training gives: the best epoch's weights, its held-out scores (null without held-out documents), the
   * pooled range learnt under quantization-aware training (or null), and the epochs run.
   */
  record Result(CnnWeights weights, double[][] heldScores, QuantParams pooled, int bestEpoch, int epochsRun) {}

  private final CnnWeights w;
  private final TextCnnOptions o;
  private final boolean multi;
  private final int maxlen;
  private final float[] classWeight;
  private final float[] posWeight;
  private final Progress progress;
  private final ExecutorService pool;
  private final CnnPass[] passes;
  private final CnnGrads[] grads;
  private final CnnOptimizer optimizer;
  private final EmaObserver ema = new EmaObserver(EMA_DECAY);
  private float[][] qConv;
  private float[] qDense;
  private float[] batchFeatures;

  CnnLoop(CnnWeights w, TextCnnOptions o, boolean multi, int maxlen, float[] classWeight, float[] posWeight,
      Progress progress) {
    this.w = w;
    this.o = o;
    this.multi = multi;
    this.maxlen = maxlen;
    this.classWeight = classWeight;
    this.posWeight = posWeight;
    this.progress = progress;
    int threads = o.threads();
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> {
      Thread t = new Thread(r, "fenlei-textcnn");
      t.setDaemon(true);
      return t;
    }) : null;
    this.passes = new CnnPass[threads];
    this.grads = new CnnGrads[threads];
    for (int t = 0; t < threads; t++) {
      passes[t] = new CnnPass(w, maxlen);
      grads[t] = new CnnGrads(w, o.trainEmbeddings());
    }
    this.optimizer = new CnnOptimizer(w, o.adam(), o.learningRate(), (float) o.maxNorm());
  }

  /** Trains on {@code train}, stopping early on {@code held} when it is not null. */
  Result run(Data train, Data held) {
    CnnWeights best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double[][] bestHeld = null;
    QuantParams bestPooled = null;
    int bestEpoch = 0;
    int epoch = 1;
    for (; epoch <= o.epochs(); epoch++) {
      long start = System.nanoTime();
      boolean qat = o.qatFrom() > 0 && epoch >= o.qatFrom();
      double loss = epoch(train, epoch, qat);
      double seconds = (System.nanoTime() - start) / 1e9;
      String line = String.format(Locale.ROOT, "epoch %d/%d: loss %.4f, %,.0f docs/s", epoch, o.epochs(),
          loss / train.size(), train.size() / seconds);
      if (held == null) {
        progress.update(line, epoch, o.epochs());
        continue;
      }
      View v = view(qat);
      double[][] scores = scores(held.ids(), v);
      // multi-class: accuracy, ties to the lower loss; multi-label: the loss, smoother than micro-F1 at 0.5
      double heldLoss = loss(scores, held);
      double score = multi ? -heldLoss : accuracy(scores, held.label()) - 1e-9 * heldLoss;
      progress.update(line + String.format(Locale.ROOT, ", held-out %s %.4f, loss %.4f", multi ? "micro-F1"
          : "accuracy", multi ? microF1(scores, held.gold()) : accuracy(scores, held.label()), heldLoss), epoch,
          o.epochs());
      if (score > bestScore) {
        bestScore = score;
        best = best == null ? w.copy() : best;
        best.copyFrom(w);
        bestHeld = scores;
        bestPooled = v.pooled();
        bestEpoch = epoch;
      } else if (o.patience() > 0 && epoch - bestEpoch >= o.patience()) {
        epoch++;
        break;
      }
    }
    int run = epoch - 1;
    if (best == null) {
      return new Result(w, null, o.qatFrom() > 0 && ema.batches() > 0 ? ema.params() : null, run, run);
    }
    return new Result(best, bestHeld, bestPooled, bestEpoch, run);
  }

  private double epoch(Data train, int epoch, boolean qat) {
    int n = train.size();
    int[] order = permutation(n, new SplittableRandom(o.seed() * 1_000_003L + epoch));
    double loss = 0;
    for (int from = 0; from < n; from += o.batch()) {
      int to = Math.min(n, from + o.batch());
      loss += batch(train, order, from, to, epoch, qat);
    }
    return loss;
  }

  /** One optimizer step on documents {@code order[from .. to)}; returns their summed loss. */
  private double batch(Data d, int[] order, int from, int to, int epoch, boolean qat) {
    View v = view(qat);
    if (qat) {
      int need = (to - from) * w.features();
      if (batchFeatures == null || batchFeatures.length < need) {
        batchFeatures = new float[need];
      }
    }
    float scale = batchScale(d, order, from, to);
    int threads = passes.length;
    int per = (to - from + threads - 1) / threads;
    List<Callable<Void>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int a = Math.min(to, from + t * per);
      int b = Math.min(to, a + per);
      int k = t;
      parts.add(() -> {
        work(d, order, a, b, from, epoch, v, scale, passes[k], grads[k], qat);
        return null;
      });
    }
    runAll(parts);
    for (int t = 1; t < threads; t++) {
      grads[0].add(grads[t]);
    }
    double loss = grads[0].loss;
    optimizer.step(grads[0]);
    for (CnnGrads g : grads) {
      g.clear();
    }
    if (qat) {
      ema.observe(batchFeatures, 0, (to - from) * w.features());
    }
    return loss;
  }

  private void work(Data d, int[] order, int a, int b, int batchStart, int epoch, View v, float scale, CnnPass pass,
      CnnGrads g, boolean qat) {
    float[] gLogits = new float[w.labels];
    for (int j = a; j < b; j++) {
      int doc = order[j];
      SplittableRandom random = new SplittableRandom(mix(o.seed(), epoch, doc));
      pass.forward(d.ids()[doc], v, (float) o.dropout(), random);
      if (qat) {
        System.arraycopy(pass.h, 0, batchFeatures, (j - batchStart) * w.features(), w.features());
      }
      if (multi) {
        g.loss += sigmoidLoss(pass.logits, d.gold()[doc], posWeight, scale, gLogits);
      } else {
        int label = d.label()[doc];
        g.loss += softmaxLoss(pass.logits, label, classWeight == null ? 1 : classWeight[label], scale, gLogits);
      }
      pass.backward(d.ids()[doc], v, gLogits, g);
    }
  }

  /** The factor of each document's gradient: the mean over the batch (weighted by class when balanced). */
  private float batchScale(Data d, int[] order, int from, int to) {
    if (multi) {
      return 1f / ((to - from) * w.labels);
    }
    double sum = 0;
    for (int j = from; j < to; j++) {
      sum += classWeight == null ? 1 : classWeight[d.label()[order[j]]];
    }
    return (float) (1 / sum);
  }

  /**
   * Softmax cross-entropy of one document times its weight; writes its gradient with respect to the logits, times
   * {@code scale}, to {@code g} and returns the weighted loss.
   */
  static float softmaxLoss(float[] logits, int label, float weight, float scale, float[] g) {
    softmax(logits, g);
    float loss = (float) -Math.log(Math.max(g[label], 1e-30f)) * weight;
    for (int c = 0; c < g.length; c++) {
      g[c] = (g[c] - (c == label ? 1 : 0)) * weight * scale;
    }
    return loss;
  }

  /**
   * The mean over labels of their binary cross-entropy, positives weighted by {@code posWeight} (PyTorch's
   * {@code pos_weight}; null for 1); writes the gradient of the sum over labels, times {@code scale}, as
   * {@link #softmaxLoss}.
   */
  static float sigmoidLoss(float[] logits, boolean[] gold, float[] posWeight, float scale, float[] g) {
    double loss = 0;
    for (int c = 0; c < g.length; c++) {
      float s = sigmoid(logits[c]);
      float pw = posWeight == null ? 1 : posWeight[c];
      float y = gold[c] ? 1 : 0;
      loss -= pw * y * Math.log(Math.max(s, 1e-30f)) + (1 - y) * Math.log(Math.max(1 - s, 1e-30f));
      g[c] = (s * (pw * y + 1 - y) - pw * y) * scale;
    }
    return (float) (loss / g.length);
  }

  static void softmax(float[] logits, float[] out) {
    float max = Float.NEGATIVE_INFINITY;
    for (float z : logits) {
      max = Math.max(max, z);
    }
    double sum = 0;
    for (int c = 0; c < logits.length; c++) {
      out[c] = (float) Math.exp(logits[c] - max);
      sum += out[c];
    }
    for (int c = 0; c < logits.length; c++) {
      out[c] /= (float) sum;
    }
  }

  static float sigmoid(float z) {
    return (float) (1 / (1 + Math.exp(-z)));
  }

  /** The network a batch computes with: the float weights, or their fake-quantized form under QAT. */
  private View view(boolean qat) {
    if (!qat) {
      return View.of(w);
    }
    if (qConv == null) {
      qConv = new float[w.widths.length][];
      for (int i = 0; i < qConv.length; i++) {
        qConv[i] = new float[w.conv[i].length];
      }
      qDense = new float[w.dense.length];
    }
    for (int i = 0; i < qConv.length; i++) {
      FakeQuant.weightsPerChannel(w.conv[i], w.maps, w.widths[i] * w.channels, qConv[i]);
    }
    FakeQuant.weightsPerChannel(w.dense, w.labels, w.features(), qDense);
    QuantParams pooled = ema.batches() == 0 ? null : ema.params();
    return new View(w, qConv, qDense, tableParams(w), pooled);
  }

  /** The int8 grid of the embedding table (both channels): asymmetric over its whole range. */
  static QuantParams tableParams(CnnWeights w) {
    float min = 0;
    float max = 0;
    for (float[] t : w.fixed == null ? new float[][] {w.embedding} : new float[][] {w.embedding, w.fixed}) {
      for (float x : t) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
    return QuantParams.forRange(min, max);
  }

  /** Probabilities (softmax, or sigmoids when multi-label) of every document, on all threads. */
  double[][] scores(int[][] ids, View v) {
    double[][] out = new double[ids.length][];
    int threads = passes.length;
    int per = (ids.length + threads - 1) / threads;
    List<Callable<Void>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int a = Math.min(ids.length, t * per);
      int b = Math.min(ids.length, a + per);
      CnnPass pass = passes[t];
      parts.add(() -> {
        float[] p = new float[w.labels];
        for (int j = a; j < b; j++) {
          pass.forward(ids[j], v, 0f, null);
          out[j] = probabilities(pass.logits, multi, p);
        }
        return null;
      });
    }
    runAll(parts);
    return out;
  }

  static double[] probabilities(float[] logits, boolean multi, float[] scratch) {
    double[] out = new double[logits.length];
    if (multi) {
      for (int c = 0; c < logits.length; c++) {
        out[c] = sigmoid(logits[c]);
      }
    } else {
      softmax(logits, scratch);
      for (int c = 0; c < logits.length; c++) {
        out[c] = scratch[c];
      }
    }
    return out;
  }

  /** The mean loss of scored documents: cross-entropy, or the mean binary cross-entropy over labels. */
  static double loss(double[][] scores, Data d) {
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      if (d.gold() != null) {
        double l = 0;
        for (int c = 0; c < scores[i].length; c++) {
          double p = d.gold()[i][c] ? scores[i][c] : 1 - scores[i][c];
          l -= Math.log(Math.max(p, 1e-30));
        }
        sum += l / scores[i].length;
      } else {
        int y = d.label()[i];
        sum -= y < 0 ? 0 : Math.log(Math.max(scores[i][y], 1e-30));
      }
    }
    return scores.length == 0 ? 0 : sum / scores.length;
  }

  static double accuracy(double[][] scores, int[] label) {
    int right = 0;
    for (int d = 0; d < scores.length; d++) {
      int best = 0;
      for (int c = 1; c < scores[d].length; c++) {
        if (scores[d][c] > scores[d][best]) {
          best = c;
        }
      }
      right += best == label[d] ? 1 : 0;
    }
    return scores.length == 0 ? 0 : (double) right / scores.length;
  }

  static double microF1(double[][] scores, boolean[][] gold) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int d = 0; d < scores.length; d++) {
      for (int c = 0; c < scores[d].length; c++) {
        boolean p = scores[d][c] >= 0.5;
        tp += p && gold[d][c] ? 1 : 0;
        fp += p && !gold[d][c] ? 1 : 0;
        fn += !p && gold[d][c] ? 1 : 0;
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** Runs the parts, the first on this thread, the rest on the pool; rethrows a part's failure. */
  private void runAll(List<Callable<Void>> parts) {
    List<Future<Void>> futures = new ArrayList<>();
    for (int t = 1; t < parts.size(); t++) {
      futures.add(pool.submit(parts.get(t)));
    }
    try {
      parts.get(0).call();
      for (Future<Void> f : futures) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw Parallel.unwrap(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("TextCNN training interrupted", e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static int[] permutation(int n, SplittableRandom random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private static long mix(long seed, int epoch, int doc) {
    long z = seed * 0x9E3779B97F4A7C15L + epoch * 0xBF58476D1CE4E5B9L + doc * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    return z ^ (z >>> 31);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
