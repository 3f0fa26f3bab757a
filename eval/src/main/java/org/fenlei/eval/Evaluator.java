package org.fenlei.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fenlei.core.Progress;
import org.fenlei.core.BatchClassifier;
import org.fenlei.core.LabelSets;
import org.fenlei.core.Parallel;
import org.fenlei.core.Prediction;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;

/**
 * Scores a model on labelled documents with exactly the decisions {@code classify} makes (the model's one
 * {@link TextClassifier#decide} rule over its scores), keeping each document's scores for ranking, ROC and
 * threshold metrics. Documents go through in batches, so only a batch of full score vectors is ever held.
 */
public final class Evaluator {
  private Evaluator() {}

  /**
   * Evaluates a model.
   *
   * @param model the model
   * @param docs labelled documents; for a multi-label model a document may have no label (then it is right when
   *     given none, and counts in subset accuracy and Hamming loss)
   * @param topK at most this many labels a document; negative for the model's default
   * @param threshold keep labels scoring at least this; NaN for the model's own thresholds
   * @param threads worker threads
   * @return the evaluation
   * @throws IllegalArgumentException when a document has no label for a multi-class model (naming it), several
   *     for a multi-class model, or no document has a label
   */
  public static Evaluation evaluate(TextClassifier model, List<Document> docs, int topK, double threshold,
      int threads) {
    return evaluate(model, docs, topK, threshold, threads, Progress.NONE);
  }

  /**
   * As {@link #evaluate(TextClassifier, List, int, double, int)}, reporting the documents scored (stage "scoring")
   * after each batch.
   *
   * @param model the model
   * @param docs labelled documents, as for {@link #evaluate(TextClassifier, List, int, double, int)}
   * @param topK at most this many labels a document; negative for the model's default
   * @param threshold keep labels scoring at least this; NaN for the model's own thresholds
   * @param threads worker threads
   * @param progress where to report
   * @return the evaluation
   * @throws IllegalArgumentException as {@link #evaluate(TextClassifier, List, int, double, int)}
   */
  public static Evaluation evaluate(TextClassifier model, List<Document> docs, int topK, double threshold,
      int threads, Progress progress) {
    LabelSets.check(docs, model.multiLabel(), "test");
    Set<String> extra = new TreeSet<>();
    for (Document d : docs) {
      if (!model.multiLabel() && d.labels().size() > 1) {
        throw new IllegalArgumentException(d.id() + ": document has " + d.labels().size()
            + " labels but the model is multi-class");
      }
      extra.addAll(d.labels());
    }
    extra.removeAll(model.labels());
    Evaluation e = Evaluation.withScores(model.labels(), extra, model.multiLabel());
    progress.update("scoring", 0, docs.size());
    for (int from = 0; from < docs.size(); from += BatchClassifier.BATCH) {
      List<Document> batch = docs.subList(from, Math.min(docs.size(), from + BatchClassifier.BATCH));
      List<Prediction> out = Parallel.map(batch, d -> model.predict(d.text(), topK, threshold), threads);
      for (int i = 0; i < batch.size(); i++) {
        Document d = batch.get(i);
        Prediction p = out.get(i);
        e.add(d.id(), d.text(), d.labels(), p.labels(), p.scores());
      }
      progress.update("scoring", from + batch.size(), docs.size());
    }
    return e;
  }

  /**
   * The global threshold the decisions used.
   *
   * @param model the model
   * @param threshold the threshold given, or NaN
   * @return {@code threshold} if given, else the model's when all labels share one, else NaN
   */
  public static double thresholdInUse(TextClassifier model, double threshold) {
    if (!Double.isNaN(threshold)) {
      return threshold;
    }
    double t = model.threshold(0);
    for (int i = 1; i < model.labels().size(); i++) {
      if (model.threshold(i) != t) {
        return Double.NaN;
      }
    }
    return t;
  }

  /**
   * What was decided, for a report's context line.
   *
   * @param model the model
   * @param topK the top-k given, or negative
   * @param threshold the threshold given, or NaN
   * @return e.g. "decisions: best label"
   */
  public static String rule(TextClassifier model, int topK, double threshold) {
    List<String> parts = new ArrayList<>();
    double t = thresholdInUse(model, threshold);
    if (model.multiLabel()) {
      parts.add(Double.isNaN(t) ? "labels reaching their own thresholds" : "labels scoring ≥ " + t);
      if (topK >= 0) {
        parts.add("at most " + topK);
      }
    } else {
      parts.add("best label" + (Double.isNaN(threshold) ? "" : " if it scores ≥ " + threshold));
    }
    return "decisions: " + String.join(", ", parts);
  }
}
