package org.fenlei.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fenlei.corpora.Document;
import org.fenlei.eval.Evaluation;
import org.fenlei.features.ScoredLabel;
import org.fenlei.features.TextClassifier;
import org.fenlei.features.TrainingData;

/** Scores a model on labelled documents with exactly the decisions {@code classify} prints. */
final class Evaluator {
  private Evaluator() {}

  static Evaluation evaluate(TextClassifier model, List<Document> docs, int topK, double threshold, int threads) {
    List<List<ScoredLabel>> predictions = TrainingData.parallelMap(docs,
        d -> model.predict(d.text(), topK, threshold), threads);
    Set<String> extra = new HashSet<>();
    for (Document d : docs) {
      if (d.labels().isEmpty()) {
        throw new IllegalArgumentException(d.id() + ": test document has no label");
      }
      extra.addAll(d.labels());
    }
    Evaluation e = new Evaluation(model.labels(), extra, model.multiLabel());
    for (int i = 0; i < docs.size(); i++) {
      List<String> predicted = new ArrayList<>();
      for (ScoredLabel s : predictions.get(i)) {
        predicted.add(s.label());
      }
      List<String> gold = docs.get(i).labels();
      if (!model.multiLabel() && gold.size() > 1) {
        throw new IllegalArgumentException(docs.get(i).id() + ": document has " + gold.size()
            + " labels but the model is multi-class");
      }
      e.add(gold, predicted);
    }
    return e;
  }
}
