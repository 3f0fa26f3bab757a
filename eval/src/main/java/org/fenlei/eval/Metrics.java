package org.fenlei.eval;

import java.util.List;
import java.util.Map;

/** The full metric table of a report, in reading order, each with its interval when bootstrapped. */
final class Metrics {
  private Metrics() {}

  private static final int[] KS = {1, 3, 5};

  static void collect(Evaluation e, BinaryMetrics binary, Map<String, Interval> ci, List<Findings.Value> out) {
    int labels = e.scoredLabels();
    if (!e.multiLabel()) {
      add(out, ci, "accuracy", "Accuracy", e.accuracy(), "");
      add(out, ci, "macro_precision", "Macro precision", e.macroPrecision(), "zero_division=0");
      add(out, ci, "macro_recall", "Macro recall", e.macroRecall(), "");
      add(out, ci, "macro_f1", "Macro F1", e.macroF1(), "zero_division=0, as scikit-learn");
      add(out, ci, "weighted_f1", "Weighted F1", e.weightedF1(), "weighted by support");
      add(out, ci, "micro_f1", "Micro F1", e.microF1(), "equals accuracy when every document gets a label");
      add(out, ci, "cohen_kappa", "Cohen's kappa", e.cohenKappa(), "agreement beyond chance");
      if (e.hasScores()) {
        add(out, ci, "ece", "Expected calibration error", e.expectedCalibrationError(),
            Reliability.BINS + " bins of the best label's score; lower is better");
      }
      for (int k : new int[] {2, 3, 5}) {
        if (e.hasScores() && k < labels) {
          add(out, ci, "top_" + k + "_accuracy", "Top-" + k + " accuracy", e.topKAccuracy(k),
              "gold label among the " + k + " best scores");
        }
      }
    } else {
      add(out, ci, "micro_precision", "Micro precision", e.microPrecision(), "");
      add(out, ci, "micro_recall", "Micro recall", e.microRecall(), "");
      add(out, ci, "micro_f1", "Micro F1", e.microF1(), "");
      add(out, ci, "macro_precision", "Macro precision", e.macroPrecision(), "zero_division=0");
      add(out, ci, "macro_recall", "Macro recall", e.macroRecall(), "");
      add(out, ci, "macro_f1", "Macro F1", e.macroF1(), "zero_division=0, as scikit-learn");
      add(out, ci, "weighted_f1", "Weighted F1", e.weightedF1(), "weighted by support");
      add(out, ci, "samples_precision", "Samples precision", e.samplePrecision(), "mean over documents");
      add(out, ci, "samples_recall", "Samples recall", e.sampleRecall(), "");
      add(out, ci, "samples_f1", "Samples F1", e.sampleF1(), "");
      add(out, ci, "subset_accuracy", "Subset accuracy", e.subsetAccuracy(), "exact label set");
      add(out, ci, "hamming_loss", "Hamming loss", e.hammingLoss(), "wrong (document, label) decisions");
      if (e.hasScores()) {
        for (int k : KS) {
          if (k <= labels) {
            add(out, ci, "precision_at_" + k, "P@" + k, e.precisionAtK(k), "gold among the " + k + " best / " + k);
          }
        }
        for (int k : KS) {
          if (k <= labels) {
            add(out, ci, "recall_at_" + k, "R@" + k, e.recallAtK(k), "gold among the " + k + " best / gold");
          }
        }
      }
      add(out, ci, "gold_cardinality", "Gold labels a document", e.goldCardinality(), "");
      add(out, ci, "documents_without_gold_label", "Documents without a gold label", e.documentsWithoutGold(),
          "negatives for every label");
      add(out, ci, "documents_without_gold_label_given_none", "… of them given no label",
          e.documentsWithoutGoldGivenNone(), "right answers");
      add(out, ci, "predicted_cardinality", "Predicted labels a document", e.predictedCardinality(), "");
    }
    if (binary != null) {
      add(out, ci, "roc_auc", "ROC-AUC", binary.rocAuc(), "positive: " + binary.positive());
      add(out, ci, "average_precision", "PR-AUC (average precision)", binary.averagePrecision(),
          "positive: " + binary.positive());
    }
    add(out, ci, "documents_without_label", "Documents given no label", e.documentsWithoutPrediction(), "");
  }

  private static void add(List<Findings.Value> out, Map<String, Interval> ci, String key, String name, double v,
      String note) {
    out.add(new Findings.Value(key, name, v, ci.get(key), note));
  }
}
