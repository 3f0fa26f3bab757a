package org.fenlei.neural;

import java.nio.file.Path;

/**
 * TextCNN's training options ({@code fenlei train --model textcnn --set key=value}; {@link TextCnnTrainer} lists
 * them with their help).
 *
 * @param chars character input instead of words
 * @param dim embedding dimension (that of {@code vectors} when given)
 * @param widths filter widths, each 1 to 7
 * @param maps filters per width
 * @param dropout the probability of dropping a pooled feature in training, in [0, 1)
 * @param maxlen tokens per document (longer ones are cut, shorter padded); 0 chooses the 95th percentile of the
 *     training documents' lengths, at least the widest filter and at most {@link #AUTO_MAXLEN_CAP}
 * @param embedding {@code rand}, {@code static}, {@code non-static} or {@code multichannel} (Kim's variants); null
 *     for {@code rand} without vectors and {@code multichannel} with them
 * @param vectors a {@code .vec} file initialising the embeddings, or null
 * @param adam Adam, else SGD
 * @param lr the learning rate; 0 for the optimizer's default (Adam 0.001, SGD 0.1)
 * @param batch documents per mini-batch
 * @param epochs the most passes over the training documents
 * @param patience stop after this many epochs without a better held-out score; 0 trains every epoch
 * @param holdout without held-out documents, the share of training documents kept aside to stop early on and to
 *     tune thresholds (0: none, train on all)
 * @param balanced weigh each document's loss by the inverse frequency of its label (multi-label: positives by
 *     negatives over positives)
 * @param maxNorm the largest L2 norm of a dense row, 0 for no constraint
 * @param minCount tokens seen fewer times are unknown
 * @param seed the seed of initialisation, shuffling and dropout
 * @param threads worker threads of a mini-batch
 * @param qatFrom the epoch (from 1) from which training is quantization-aware; 0 never
 * @param vectorWords with vectors, add their words to the vocabulary, so that words no training document has keep
 *     their vector at prediction
 */
record TextCnnOptions(boolean chars, int dim, int[] widths, int maps, double dropout, int maxlen, String embedding,
    Path vectors, boolean adam, double lr, int batch, int epochs, int patience, double holdout, boolean balanced,
    double maxNorm, int minCount, long seed, int threads, int qatFrom, boolean vectorWords) {
  /** The largest {@code maxlen}. */
  static final int MAX_MAXLEN = 4096;
  /** The largest {@code maxlen} chosen from the data. */
  static final int AUTO_MAXLEN_CAP = 512;

  TextCnnOptions {
    widths = widths.clone();
    if (dim < 1 || dim > 1024) {
      throw new IllegalArgumentException("dim must be 1 to 1024: " + dim);
    }
    if (widths.length == 0) {
      throw new IllegalArgumentException("at least one filter width is needed");
    }
    for (int k : widths) {
      if (k < 1 || k > 7) {
        throw new IllegalArgumentException("filter widths must be 1 to 7: " + k);
      }
    }
    if (maps < 1 || maps > 4096) {
      throw new IllegalArgumentException("maps must be 1 to 4096: " + maps);
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1): " + dropout);
    }
    if (maxlen < 0 || maxlen > MAX_MAXLEN) {
      throw new IllegalArgumentException("maxlen must be 0 (auto) to " + MAX_MAXLEN + ": " + maxlen);
    }
    if (!(lr >= 0) || batch < 1 || epochs < 1 || patience < 0 || !(holdout >= 0 && holdout < 0.5) || !(maxNorm >= 0)
        || minCount < 1 || threads < 1 || qatFrom < 0) {
      throw new IllegalArgumentException("invalid TextCNN options: lr " + lr + ", batch " + batch + ", epochs "
          + epochs + ", patience " + patience + ", holdout " + holdout + ", max-norm " + maxNorm + ", minCount "
          + minCount + ", threads " + threads + ", qat-from " + qatFrom);
    }
  }

  /** The variant in force: {@code rand} without vectors, {@code multichannel} with them, unless set. */
  String variant() {
    return embedding != null ? embedding : vectors == null ? "rand" : "multichannel";
  }

  /** Whether the embedding rows (the second channel's, when there are two) are trained. */
  boolean trainEmbeddings() {
    return !variant().equals("static");
  }

  /** The learning rate in force. */
  float learningRate() {
    return (float) (lr > 0 ? lr : adam ? 0.001 : 0.1);
  }

  @Override
  public int[] widths() {
    return widths.clone();
  }
}
