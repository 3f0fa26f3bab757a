package org.fenlei.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fenlei.corpora.Document;

/**
 * Calibrated probabilities for every binary and multi-class kind, as scikit-learn's
 * {@code CalibratedClassifierCV(ensemble=False)}: the model is trained on all the documents; a calibrator is
 * fitted on held-out scores (the {@code --dev} documents, else out-of-fold scores of models trained on the other
 * folds) and stored with the model ({@link CalibratedClassifier}). Multi-label models keep their scores (their
 * per-label thresholds are tuned instead).
 */
final class Calibration {
  private Calibration() {}

  /**
   * {@code auto} takes isotonic (top-label) calibration from this many held-out documents, temperature scaling
   * below: scikit-learn's guidance, isotonic regression overfits with "too few calibration samples (<<1000)".
   */
  static final int AUTO_ISOTONIC = 1000;

  static final Setting<String> METHOD = Setting.choice("calibration", "auto",
      "probabilities calibrated on held-out scores, every decision unchanged: top-label (isotonic regression of the "
          + "best label's score) or temperature (one temperature for all labels); auto: top-label from "
          + AUTO_ISOTONIC + " held-out documents, else temperature; or platt (a sigmoid per label), isotonic (per "
          + "label), which may move decisions; none: raw scores. Multi-label models: none",
      "auto", "top-label", "temperature", "platt", "isotonic", "none");
  static final Setting<Integer> FOLDS = Setting.integer("calibration-folds", 5,
      "without --dev, folds whose out-of-fold scores the calibration is fitted on (under 100 documents: none)").requiring(v -> v >= 2 && v <= 20,
      "must be between 2 and 20");


  /** Without --dev, fewer training documents than this are too few to calibrate on: the scores stay raw. */
  static final int MIN_DOCUMENTS = 100;

  /** The settings every kind takes. */
  static final List<Setting<?>> SETTINGS = List.of(METHOD, FOLDS);

  /**
   * Trains with {@code trainer} on the kind's own settings and calibrates as {@code all} says.
   *
   * @param own the settings without the calibration keys
   * @param all every setting, validated
   */
  static TextClassifier train(ModelTrainer trainer, List<Document> train, List<Document> dev, Settings own,
      Settings all, ModelTrainer.Context context) {
    String method = all.get(METHOD);
    boolean multi = LabelSets.multiLabel(train, context.forceMultiLabel());
    LabelSets.check(train, multi, "training");
    LabelSets.check(dev, multi, "dev");
    TextClassifier model = trainer.train(train, dev, own, context);
    if (method.equals("none") || multi || model.multiLabel()) {
      return model;
    }
    HeldOut held;
    if (dev.isEmpty() && train.size() < MIN_DOCUMENTS) {
      return model;
    }
    java.util.Optional<HeldOutScores> kept = model.capability(HeldOutScores.class);
    if (dev.isEmpty() && kept.isPresent() && kept.get().heldOutDocuments().size() >= MIN_DOCUMENTS) {
      // the trainer kept documents aside: calibrate on their scores instead of training on folds again
      held = new HeldOut(kept.get().heldOutScores(), gold(kept.get().heldOutDocuments(), model.labels()));
    } else if (dev.isEmpty()) {
      // every label needs a document in each fold's training part and a held-out one: fewer folds for rare
      // labels, and no calibration when a label has a single document
      int folds = Math.min(all.get(FOLDS), smallestLabel(train));
      if (folds < 2) {
        return model;
      }
      held = outOfFold(trainer, train, own, folds, context);
    } else {
      held = scored(model, dev, context);
    }
    context.progress().update("calibration", 1, 1);
    return new CalibratedClassifier(model, fit(method, model.labels(), held));
  }

  /** Held-out raw scores in the final model's label order, and the gold labels. */
  record HeldOut(double[][] scores, boolean[][] gold) {}

  static ScoreCalibrator fit(String method, List<String> labels, HeldOut held) {
    String m = method.equals("auto") ? (held.scores().length >= AUTO_ISOTONIC ? "top-label" : "temperature") : method;
    return switch (m) {
      case "isotonic" -> IsotonicCalibration.fit(held.scores(), held.gold(), labels.size());
      case "platt" -> PlattScaling.fit(held.scores(), held.gold(), labels.size());
      case "top-label" -> TopLabelCalibration.fit(held.scores(), held.gold(), labels.size());
      default -> TemperatureScaling.fit(held.scores(), held.gold(), labels.size());
    };
  }

  private static HeldOut scored(TextClassifier model, List<Document> docs, ModelTrainer.Context context) {
    List<double[]> s = Parallel.map(docs, d -> model.scores(d.text()), context.threads());
    return new HeldOut(s.toArray(new double[0][]), gold(docs, model.labels()));
  }

  private static boolean[][] gold(List<Document> docs, List<String> labels) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      index.put(labels.get(i), i);
    }
    boolean[][] g = new boolean[docs.size()][labels.size()];
    for (int i = 0; i < docs.size(); i++) {
      for (String l : docs.get(i).labels()) {
        Integer c = index.get(l);
        if (c != null) {
          g[i][c] = true;
        }
      }
    }
    return g;
  }

  /**
   * Out-of-fold scores: the documents are split into {@code folds} folds stratified by label (seeded, so the
   * same data gives the same calibration); each fold is scored by a model trained on the others.
   */
  static HeldOut outOfFold(ModelTrainer trainer, List<Document> train, Settings own, int folds,
      ModelTrainer.Context context) {
    int[] fold = stratifiedFolds(train, folds, 1L);
    List<String> labels = labelsOf(train);
    double[][] scores = new double[train.size()][];
    for (int f = 0; f < folds; f++) {
      List<Document> fit = new ArrayList<>();
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < train.size(); i++) {
        if (fold[i] == f) {
          rows.add(i);
        } else {
          fit.add(train.get(i));
        }
      }
      context.progress().update("calibration fold " + (f + 1) + "/" + folds, f, folds);
      TextClassifier m = trainer.train(fit, List.of(), own, context);
      List<Document> heldDocs = rows.stream().map(train::get).toList();
      List<double[]> s = Parallel.map(heldDocs, d -> m.scores(d.text()), context.threads());
      int[] to = new int[m.labels().size()];
      for (int c = 0; c < to.length; c++) {
        to[c] = labels.indexOf(m.labels().get(c));
      }
      for (int k = 0; k < rows.size(); k++) {
        double[] full = new double[labels.size()];
        double[] part = s.get(k);
        for (int c = 0; c < part.length; c++) {
          if (to[c] >= 0) {
            full[to[c]] = part[c];
          }
        }
        scores[rows.get(k)] = full;
      }
    }
    return new HeldOut(scores, gold(train, labels));
  }

  /** Documents of the rarest label (by first label). */
  static int smallestLabel(List<Document> docs) {
    Map<String, Integer> counts = new HashMap<>();
    for (Document d : docs) {
      if (!d.labels().isEmpty()) {
        counts.merge(d.labels().get(0), 1, Integer::sum);
      }
    }
    return counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  /** The sorted label set: the order every fenlei trainer gives its labels. */
  static List<String> labelsOf(List<Document> docs) {
    java.util.TreeSet<String> set = new java.util.TreeSet<>();
    for (Document d : docs) {
      set.addAll(d.labels());
    }
    return List.copyOf(set);
  }

  /** A fold for each document, stratified by its first label, deterministic for a seed. */
  static int[] stratifiedFolds(List<Document> docs, int folds, long seed) {
    Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      List<String> ls = docs.get(i).labels();
      byLabel.computeIfAbsent(ls.isEmpty() ? "" : ls.get(0), k -> new ArrayList<>()).add(i);
    }
    Random random = new Random(seed);
    int[] fold = new int[docs.size()];
    int next = 0;
    for (List<Integer> rows : new java.util.TreeMap<>(byLabel).values()) {
      Collections.shuffle(rows, random);
      for (int i : rows) {
        fold[i] = next;
        next = (next + 1) % folds;
      }
    }
    return fold;
  }
}
