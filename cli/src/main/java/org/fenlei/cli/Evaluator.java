package org.fenlei.cli;

import org.fenlei.core.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fenlei.corpora.Document;
import org.fenlei.eval.Evaluation;
import org.fenlei.core.ScoredLabel;
import org.fenlei.core.TextClassifier;

/**
 * Scores a model on labelled documents with exactly the decisions {@code classify} prints (the same
 * {@code predict(text, topK, threshold)}), keeping each document's scores for ranking, ROC and threshold
 * metrics. Documents go through in batches, so only a batch of full score vectors is ever held.
 */
final class Evaluator {
  static final int BATCH = 2048;

  private Evaluator() {}

  private record Scored(double[] scores, List<ScoredLabel> decided) {}

  static Evaluation evaluate(TextClassifier model, List<Document> docs, int topK, double threshold, int threads) {
    Set<String> extra = new TreeSet<>();
    for (Document d : docs) {
      if (d.labels().isEmpty()) {
        throw new IllegalArgumentException(d.id() + ": test document has no label");
      }
      if (!model.multiLabel() && d.labels().size() > 1) {
        throw new IllegalArgumentException(d.id() + ": document has " + d.labels().size()
            + " labels but the model is multi-class");
      }
      extra.addAll(d.labels());
    }
    extra.removeAll(model.labels());
    Evaluation e = Evaluation.withScores(model.labels(), extra, model.multiLabel());
    boolean shared = usesDefaultPredict(model);
    for (int from = 0; from < docs.size(); from += BATCH) {
      List<Document> batch = docs.subList(from, Math.min(docs.size(), from + BATCH));
      List<Scored> out = Parallel.map(batch, d -> {
        double[] s = model.scores(d.text());
        // predict's default is decide(scores(text)): reuse the scores; a model with its own predict is asked
        return new Scored(s, shared ? model.decide(s, topK, threshold) : model.predict(d.text(), topK, threshold));
      }, threads);
      for (int i = 0; i < batch.size(); i++) {
        Document d = batch.get(i);
        e.add(d.id(), d.text(), d.labels(), out.get(i).decided(), out.get(i).scores());
      }
    }
    return e;
  }

  /** True when {@code predict} is the interface's own {@code decide(scores(text), ...)}. */
  static boolean usesDefaultPredict(TextClassifier model) {
    try {
      return model.getClass().getMethod("predict", String.class, int.class, double.class).getDeclaringClass()
          == TextClassifier.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("TextClassifier.predict is missing", e);
    }
  }

  /** The global threshold the decisions used: --threshold, else the model's when all labels share one. */
  static double thresholdInUse(TextClassifier model, double threshold) {
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

  /** What was decided, for a report's context line. */
  static String rule(TextClassifier model, int topK, double threshold) {
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
