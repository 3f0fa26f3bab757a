package org.fenlei.core;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A trained fenlei classifier, multi-class or multi-label: what {@link Classifiers#train} returns and
 * {@link ModelFile#load} reads. Every model is immutable and safe to share between threads; every method may be
 * called concurrently.
 *
 * <pre>{@code
 * TextClassifier model = ModelFile.load(Path.of("senti.fenlei"));
 * String label = model.classify("房间很干净，服务也好");          // "positive"
 * double p = model.probability("房间很干净，服务也好", "positive"); // 0.97
 * Prediction all = model.predict("房间很干净，服务也好");          // decided labels and every score
 * }</pre>
 *
 * <p>One decision rule serves every kind, {@code fenlei classify} and {@code fenlei eval}: {@link #decide} (and
 * {@link #predict}, which is {@code decide(scores(text))}) keeps the single best label of a multi-class model and
 * every label reaching its threshold for a multi-label one, at least {@link #minLabels} of them. These methods
 * are final; a model kind only says how it scores text.
 *
 * <p>A model kind implements {@link #kind}, {@link #labels}, {@link #multiLabel}, {@link #scores} and
 * {@link #write} (read back by its {@link ModelCodec}), and may override {@link #threshold}, {@link #minLabels},
 * {@link #settings} and {@link #capability}.
 */
public abstract class TextClassifier {

  /** For subclasses: model kinds. */
  protected TextClassifier() {}

  /**
   * The model kind, as given to {@code fenlei train --model} and written in the model file.
   *
   * @return the kind, e.g. {@code nb}, {@code svm}, {@code fasttext}
   */
  public abstract String kind();

  /**
   * The label set, in the order of {@link #scores}.
   *
   * @return the labels, an immutable list
   */
  public abstract List<String> labels();

  /**
   * Whether a document may carry several labels (one-vs-rest scores that need not sum to one).
   *
   * @return true for a multi-label model
   */
  public abstract boolean multiLabel();

  /**
   * Scores a text: one probability per label, in {@link #labels()} order. A multi-class model's scores sum to
   * one. The text is segmented as the model's training text was.
   *
   * @param text the document, any length (an empty text gets the model's prior-like scores)
   * @return a new array the caller may keep or change
   */
  public abstract double[] scores(String text);

  /**
   * Writes the model's parameters and its pipeline configuration, read back by its {@link ModelCodec}. Use
   * {@link ModelFile#save} rather than this: it adds the header and the checksum.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public abstract void write(DataOutput out) throws IOException;

  /**
   * The score a label needs to be predicted when no threshold is given.
   *
   * @param label the label's index in {@link #labels()}
   * @return 0.5 for a multi-label model unless tuned, 0 for a multi-class one
   */
  public double threshold(int label) {
    return multiLabel() ? 0.5 : 0.0;
  }

  /**
   * With the model's own thresholds, at least this many labels are predicted (the best ones) even when fewer
   * reach their thresholds.
   *
   * @return 1 for multi-label models trained where every document has a label, else 0
   */
  public int minLabels() {
    return 0;
  }

  /**
   * The main settings the model was trained with, as {@code --set} keys and values in a stable order (what an
   * automatic choice settled on, too).
   *
   * @return the settings; empty when the kind reports none
   */
  public Map<String, String> settings() {
    return Map.of();
  }

  /**
   * This model seen as an optional capability, such as {@link PretokenizedInput} or {@link Quantizable}: how
   * {@code fenlei classify --pretokenized} and {@code fenlei quantize} treat every kind alike, and how a wrapper
   * (a {@link CalibratedClassifier}) keeps the capabilities of the model it wraps.
   *
   * @param type the capability's interface
   * @param <T> the capability's type
   * @return the capability, or empty when this model does not have it
   */
  public <T> Optional<T> capability(Class<T> type) {
    return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
  }

  /**
   * Whether equal scores rank the label later in {@link #labels()} first (the fastText tool's top-k heap does so)
   * instead of the label that sorts first.
   *
   * @return false unless a kind must reproduce another tool's ties
   */
  protected boolean tiesToLaterLabel() {
    return false;
  }

  /** The kind written in the model file to find the codec: {@link #kind()} unless this model wraps another. */
  String codecKind() {
    return kind();
  }

  /**
   * The model's own decision for a text: the best label of a multi-class model, the labels reaching their
   * thresholds of a multi-label one, with every score.
   *
   * @param text the document
   * @return the prediction
   */
  public final Prediction predict(String text) {
    return decideOwned(scores(text), -1, Double.NaN);
  }

  /**
   * The labels of {@code text} under another rule, best first: {@code decide(scores(text), topK, threshold)}.
   *
   * @param text the document
   * @param topK at most this many labels; negative for the model's default (1 when multi-class, all when
   *     multi-label)
   * @param threshold keep labels scoring at least this; NaN for the model's own thresholds
   * @return the prediction
   */
  public final Prediction predict(String text, int topK, double threshold) {
    return decideOwned(scores(text), topK, threshold);
  }

  /**
   * The decision rule of every fenlei model, applied to scores already computed (by {@link #scores} or a
   * {@link PretokenizedInput}). Labels are ranked by score (ties: see {@link #tiesToLaterLabel}); the first
   * {@code topK} that reach the threshold are kept, and with the model's own thresholds at least
   * {@link #minLabels} of them even below it.
   *
   * @param scores one score per label, in {@link #labels()} order; the prediction keeps a copy
   * @param topK at most this many labels; negative for the model's default (1 when multi-class, all when
   *     multi-label)
   * @param threshold keep labels scoring at least this; NaN for the model's own thresholds
   * @return the prediction
   * @throws IllegalArgumentException when there is not one score per label
   */
  public final Prediction decide(double[] scores, int topK, double threshold) {
    return decideOwned(scores.clone(), topK, threshold);
  }

  /** {@link #decide} of scores this model just computed: the prediction keeps the array. */
  private Prediction decideOwned(double[] scores, int topK, double threshold) {
    List<String> labels = labels();
    if (scores.length != labels.size()) {
      throw new IllegalArgumentException(scores.length + " scores for " + labels.size() + " labels");
    }
    int k = topK >= 0 ? topK : (multiLabel() ? labels.size() : 1);
    boolean later = tiesToLaterLabel();
    if (k == 1) {
      // the common case, a multi-class model's best label: one pass, no sort; when the best label does not reach
      // its threshold another one still may (per-label thresholds), so the full rule below decides
      int best = 0;
      for (int i = 1; i < scores.length; i++) {
        if (ranksBefore(scores, labels, later, i, best)) {
          best = i;
        }
      }
      double t = Double.isNaN(threshold) ? threshold(best) : threshold;
      if (scores.length > 0 && (scores[best] >= t || (Double.isNaN(threshold) && minLabels() >= 1))) {
        return new Prediction(labels, scores, List.of(new ScoredLabel(labels.get(best), scores[best])));
      }
    }
    int[] order = rank(scores, labels, later, k);
    int floor = Double.isNaN(threshold) ? Math.min(minLabels(), k) : 0;
    List<ScoredLabel> out = new ArrayList<>(Math.min(k, 4));
    for (int i : order) {
      if (out.size() == k) {
        break;
      }
      double t = Double.isNaN(threshold) ? threshold(i) : threshold;
      if (scores[i] >= t || out.size() < floor) {
        out.add(new ScoredLabel(labels.get(i), scores[i]));
      }
    }
    return new Prediction(labels, scores, out);
  }

  /** Whether label {@code a} ranks before label {@code b}: a higher score, or an equal one and the tie rule. */
  private static boolean ranksBefore(double[] scores, List<String> labels, boolean later, int a, int b) {
    int c = Double.compare(scores[a], scores[b]);
    if (c != 0) {
      return c > 0;
    }
    return later ? a > b : labels.get(a).compareTo(labels.get(b)) < 0;
  }

  /** Label indices best first; for k == 1 the full order is not needed unless a threshold skips the best. */
  private static int[] rank(double[] scores, List<String> labels, boolean later, int k) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = Double.compare(scores[b], scores[a]);
      if (c != 0) {
        return c;
      }
      return later ? Integer.compare(b, a) : labels.get(a).compareTo(labels.get(b));
    });
    int[] out = new int[order.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = order[i];
    }
    return out;
  }

  /**
   * The label the model decides for {@code text}: the best one of a multi-class model; for a multi-label model
   * the best of those it predicts.
   *
   * @param text the document
   * @return the label, or null when a multi-label model predicts none
   */
  public final String classify(String text) {
    return predict(text).label();
  }

  /**
   * Every label's probability for {@code text}, best first.
   *
   * @param text the document
   * @return label to probability, iterating from the most to the least probable
   */
  public final Map<String, Double> scoreMap(String text) {
    return predict(text).scoreMap();
  }

  /**
   * One label's probability for {@code text}, e.g. P(spam).
   *
   * @param text the document
   * @param label one of {@link #labels()}
   * @return the probability in [0, 1]
   * @throws IllegalArgumentException when the model has no such label
   */
  public final double probability(String text, String label) {
    int i = labelIndex(label);
    return scores(text)[i];
  }

  /**
   * The index of a label in {@link #labels()}.
   *
   * @param label the label
   * @return its index
   * @throws IllegalArgumentException when the model has no such label, naming the labels it has
   */
  public final int labelIndex(String label) {
    int i = labels().indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("no label '" + label + "' in this " + kind() + " model (labels: "
          + abbreviate(labels()) + ")");
    }
    return i;
  }

  /**
   * {@link #predict(String)} of many texts on {@code threads} threads, in order.
   *
   * @param texts the documents
   * @param threads worker threads (1: this thread)
   * @return one prediction per text, in the texts' order
   */
  public final List<Prediction> predictAll(List<String> texts, int threads) {
    return Parallel.map(texts, this::predict, threads);
  }

  /**
   * {@link #predict(String)} of a stream of texts, lazily; a parallel stream predicts in parallel.
   *
   * @param texts the documents
   * @return their predictions, in the stream's order
   */
  public final Stream<Prediction> predictAll(Stream<String> texts) {
    return texts.map(this::predict);
  }

  /**
   * {@link #classify} of many texts on {@code threads} threads, in order.
   *
   * @param texts the documents
   * @param threads worker threads (1: this thread)
   * @return one label per text (null where a multi-label model predicts none)
   */
  public final List<String> classifyAll(List<String> texts, int threads) {
    return Parallel.map(texts, this::classify, threads);
  }

  static String abbreviate(List<String> labels) {
    return labels.size() <= 20 ? String.join(", ", labels)
        : String.join(", ", labels.subList(0, 20)) + ", ... (" + labels.size() + " in all)";
  }

  /** Label to score, best first. */
  static Map<String, Double> bestFirst(List<String> labels, double[] scores) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i : order) {
      out.put(labels.get(i), scores[i]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
