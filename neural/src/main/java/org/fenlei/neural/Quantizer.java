package org.fenlei.neural;

import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;

/**
 * Shrinks a trained model for serving, as the tool's {@code fasttext quantize -cutoff}: keeps the {@code cutoff}
 * input rows of largest L2 norm (the end-of-line word always) and drops the others, words and n-gram buckets
 * alike (a dropped word reads as unknown, a dropped bucket is ignored); then stores each kept row as int8 with its
 * own scale and offset. The output layer stays in floats (labels x dim). Offline: the result is a new model.
 */
public final class Quantizer {
  /** Rows kept when no cutoff is given: with dim 100, about 5 MB. */
  public static final int DEFAULT_CUTOFF = 50_000;

  private Quantizer() {}

  /**
   * Prunes the input table to its {@code cutoff} rows of largest norm and stores them as int8, without retraining.
   *
   * @param m a trained, not yet quantized model; left unchanged
   * @param cutoff input rows to keep; 0 or at least the model's rows keeps them all
   * @return the new, quantized model
   * @throws IllegalArgumentException for a model already quantized, or a negative {@code cutoff}
   */
  public static FastText quantize(FastText m, int cutoff) {
    return quantize(m, cutoff, List.of());
  }

  /**
   * Like {@link #quantize(FastText, int)}, then, when {@code retrain} is not empty and rows were dropped, trains the
   * kept rows and the output layer again on these labelled documents with the model's options before the int8
   * step (the tool's {@code -retrain}): the kept rows learn to make up for the dropped ones. Retraining uses all
   * available processors.
   *
   * @param m a trained, not yet quantized model; left unchanged
   * @param cutoff input rows to keep; 0 or at least the model's rows keeps them all
   * @param retrain labelled documents to retrain on, empty for none
   * @return the new, quantized model
   * @throws IllegalArgumentException for a model already quantized, a negative {@code cutoff}, or a retraining
   *     document without a label
   */
  public static FastText quantize(FastText m, int cutoff, List<Document> retrain) {
    if (!(m.input instanceof DenseMatrix wi)) {
      throw new IllegalArgumentException("the model is already quantized");
    }
    if (cutoff < 0) {
      throw new IllegalArgumentException("cutoff must be >= 0: " + cutoff);
    }
    Dictionary dict = m.dict;
    DenseMatrix kept = wi;
    if (cutoff > 0 && cutoff < wi.rows) {
      int[] order = byNorm(wi, dict.wordId(Dictionary.EOS));
      List<Integer> words = new ArrayList<>();
      List<Integer> buckets = new ArrayList<>();
      for (int i = 0; i < cutoff; i++) {
        if (order[i] < dict.nwords()) {
          words.add(order[i]);
        } else {
          buckets.add(order[i] - dict.nwords());
        }
      }
      words.sort(null);
      int[] w = words.stream().mapToInt(Integer::intValue).toArray();
      int[] b = buckets.stream().mapToInt(Integer::intValue).toArray();
      dict = dict.pruned(w, b);
      kept = new DenseMatrix(w.length + b.length, wi.cols);
      int r = 0;
      for (int row : w) {
        System.arraycopy(wi.data, row * wi.cols, kept.data, r++ * wi.cols, wi.cols);
      }
      for (int bucket : b) {
        System.arraycopy(wi.data, (m.dict.nwords() + bucket) * wi.cols, kept.data,
            r++ * wi.cols, wi.cols);
      }
    }
    FastText pruned = new FastText(m.segmenterConfig().orElse(null), dict, m.options, kept, m.output, m.labels(),
        m.multiLabel(), m.minLabels(), null);
    if (!retrain.isEmpty() && kept != wi) {
      int threads = Runtime.getRuntime().availableProcessors();
      pruned = SupervisedTrainer.retrain(pruned, SupervisedTrainer.tokenize(retrain,
          m.segmenterConfig().orElse(null), threads, m.multiLabel(), "retraining"), threads);
    }
    return new FastText(pruned.segmenterConfig().orElse(null), pruned.dict, m.options,
        Int8Rows.quantize((DenseMatrix) pruned.input), pruned.output, m.labels(), m.multiLabel(), m.minLabels(), null);
  }

  /** Row ids, the end-of-line word first, then by decreasing L2 norm (ties by id). */
  static int[] byNorm(DenseMatrix wi, int eos) {
    double[] norms = new double[wi.rows];
    for (int i = 0; i < wi.rows; i++) {
      norms[i] = wi.rowNorm(i);
    }
    return order(norms, eos);
  }

  private static int[] order(double[] norms, int eos) {
    int n = norms.length;
    if (eos >= 0) {
      norms[eos] = Double.POSITIVE_INFINITY;
    }
    return java.util.stream.IntStream.range(0, n).boxed()
        .sorted((a, b) -> norms[a] != norms[b] ? Double.compare(norms[b], norms[a]) : Integer.compare(a, b))
        .mapToInt(Integer::intValue).toArray();
  }
}
