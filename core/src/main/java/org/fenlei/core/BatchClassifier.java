package org.fenlei.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.fenlei.corpora.Document;

/**
 * Classifies documents in batches on worker threads, in input order, with one decision rule (top-k, threshold)
 * for all: what {@code fenlei classify}, a server and a Spark job call. Immutable and thread-safe.
 */
public final class BatchClassifier {
  /** Documents classified at once by {@link #classify(Iterator, RecordWriter)}. */
  public static final int BATCH = 2048;

  private final TextClassifier model;
  private final int topK;
  private final double threshold;
  private final PretokenizedInput pretokenized;
  private final int threads;

  /**
   * A batch classifier.
   *
   * @param model the model
   * @param topK at most this many labels a document; negative for the model's default
   * @param threshold keep labels scoring at least this, in [0, 1]; NaN for the model's own thresholds
   * @param pretokenized whether the text is already split into tokens (models with {@link PretokenizedInput})
   * @param threads worker threads, at least 1
   * @throws IllegalArgumentException for a threshold outside [0, 1], no threads, or pre-tokenized text for a model
   *     that segments its own input
   */
  public BatchClassifier(TextClassifier model, int topK, double threshold, boolean pretokenized, int threads) {
    if (!Double.isNaN(threshold) && !(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be between 0 and 1 (scores are probabilities): " + threshold);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    Optional<PretokenizedInput> p = model.capability(PretokenizedInput.class);
    if (pretokenized && p.isEmpty()) {
      throw new IllegalArgumentException("a " + model.kind() + " model segments its own input; only fastText "
          + "models take pre-tokenized text");
    }
    this.model = model;
    this.topK = topK;
    this.threshold = threshold;
    this.pretokenized = pretokenized ? p.get() : null;
    this.threads = threads;
  }

  /**
   * One document's prediction under this rule.
   *
   * @param text the document's text
   * @return the prediction
   */
  public Prediction predict(String text) {
    double[] scores = pretokenized != null ? pretokenized.scoresPretokenized(text) : model.scores(text);
    return model.decide(scores, topK, threshold);
  }

  /**
   * Predictions of a batch, on the worker threads, in order.
   *
   * @param docs the documents
   * @return one prediction per document
   */
  public List<Prediction> predict(List<Document> docs) {
    return Parallel.map(docs, d -> predict(d.text()), threads);
  }

  /**
   * Classifies every document of {@code docs} and writes a record for each, in order.
   *
   * @param docs the documents
   * @param out where the records go
   * @return the number of documents classified
   * @throws IOException when writing fails
   */
  public long classify(Iterator<Document> docs, RecordWriter out) throws IOException {
    long count = 0;
    List<Document> batch = new ArrayList<>(BATCH);
    while (docs.hasNext()) {
      batch.add(docs.next());
      if (batch.size() == BATCH) {
        count += write(batch, out);
        batch.clear();
      }
    }
    return count + write(batch, out);
  }

  private int write(List<Document> batch, RecordWriter out) throws IOException {
    List<Prediction> predictions = predict(batch);
    for (int i = 0; i < batch.size(); i++) {
      out.write(batch.get(i), predictions.get(i).labels());
    }
    return batch.size();
  }

  /**
   * The model.
   *
   * @return the model
   */
  public TextClassifier model() {
    return model;
  }
}
