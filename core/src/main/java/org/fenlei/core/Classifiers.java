package org.fenlei.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fenlei.corpora.Document;

/**
 * Trains classifiers from code: the library's front door.
 *
 * <pre>{@code
 * TextClassifier model = Classifiers.train("svm", texts, labels);
 * String label = model.classify("这部手机电池很耐用");
 *
 * TextClassifier tuned = Classifiers.builder("nb")
 *     .set("ngrams", "1-3").threads(4).dev(devDocs).progress((stage, done, total) -> log.info(stage))
 *     .train(trainDocs);
 * ModelFile.save(tuned, Path.of("model.fenlei"));
 * }</pre>
 *
 * <p>The kinds are those on the class path ({@link ModelKinds#kinds()}): {@code nb}, {@code svm}, {@code lr}
 * (fenlei-classic), {@code fasttext} (fenlei-neural), {@code gbdt} (fenlei-gbdt). Binary and multi-class models
 * come out with calibrated probabilities ({@link CalibratedClassifier}) unless {@code calibration=none}.
 */
public final class Classifiers {
  private Classifiers() {}

  /**
   * Trains a model with the kind's default settings on all cores.
   *
   * @param kind the model kind, e.g. {@code svm}
   * @param texts the training texts
   * @param labels the label of each text (several labels: use {@link #train(String, List)} with
   *     {@link Document#of})
   * @return the trained model
   * @throws IllegalArgumentException when the lists differ in length, a label is null or blank, or there are
   *     fewer than two labels
   */
  public static TextClassifier train(String kind, List<String> texts, List<String> labels) {
    return builder(kind).train(texts, labels);
  }

  /**
   * Trains a model with the kind's default settings on all cores.
   *
   * @param kind the model kind, e.g. {@code svm}
   * @param docs labelled documents ({@link Document#of})
   * @return the trained model
   */
  public static TextClassifier train(String kind, List<Document> docs) {
    return builder(kind).train(docs);
  }

  /**
   * A builder for training with settings, threads, a development set or progress reports.
   *
   * @param kind the model kind
   * @return a new builder
   * @throws SettingsException for a kind that is not on the class path
   */
  public static Builder builder(String kind) {
    ModelKinds.trainer(kind);
    return new Builder(kind);
  }

  /** Training options, then {@link #train}. Not thread-safe; the models it makes are. */
  public static final class Builder {
    private final String kind;
    private Settings settings = Settings.empty();
    private int threads = Runtime.getRuntime().availableProcessors();
    private List<Document> dev = List.of();
    private boolean multiLabel;
    private Progress progress = Progress.NONE;

    private Builder(String kind) {
      this.kind = kind;
    }

    /**
     * A setting, as {@code fenlei train --set key=value} takes it ({@code fenlei train --help} lists them).
     *
     * @param key the setting's key
     * @param value its value
     * @return this builder
     * @throws SettingsException for an unknown key or a bad value, at once
     */
    public Builder set(String key, String value) {
      Settings next = settings.with(key, value);
      List<Setting<?>> known = new ArrayList<>(ModelKinds.trainer(kind).settings());
      known.addAll(Calibration.SETTINGS);
      next.validate(kind, known);
      settings = next;
      return this;
    }

    /**
     * Worker threads for training (default: all cores).
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Held-out labelled documents: kinds that tune (Naive Bayes' variant, multi-label thresholds, fastText's
     * autotune) and the calibration use them instead of carving folds out of the training documents.
     *
     * @param dev the documents
     * @return this builder
     */
    public Builder dev(List<Document> dev) {
      this.dev = List.copyOf(dev);
      return this;
    }

    /**
     * Trains a multi-label model even if no document has two labels.
     *
     * @param multiLabel whether to
     * @return this builder
     */
    public Builder multiLabel(boolean multiLabel) {
      this.multiLabel = multiLabel;
      return this;
    }

    /**
     * Where training reports its stages.
     *
     * @param progress the listener, called from training threads
     * @return this builder
     */
    public Builder progress(Progress progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * Trains on labelled documents. For a multi-label task ({@link #multiLabel}, or a document with two labels) a
     * document may have no label: it is a negative for every label ({@link LabelSets}).
     *
     * @param docs the documents
     * @return the trained model
     * @throws IllegalArgumentException when there are no documents, a document of a multi-class task has no
     *     label (naming it), or no document has a label
     */
    public TextClassifier train(List<Document> docs) {
      if (docs.isEmpty()) {
        throw new IllegalArgumentException("no training documents");
      }
      return ModelKinds.train(kind, docs, dev, settings, new ModelTrainer.Context(multiLabel, threads, progress));
    }

    /**
     * Trains on texts with one label each. For a {@link #multiLabel multi-label} model a {@code null} or blank
     * label means the text has none: a negative for every label.
     *
     * @param texts the texts
     * @param labels the label of each text
     * @return the trained model
     * @throws IllegalArgumentException when the lists differ in length, or a label is {@code null} or blank and
     *     the model is not multi-label
     */
    public TextClassifier train(List<String> texts, List<String> labels) {
      if (texts.size() != labels.size()) {
        throw new IllegalArgumentException(texts.size() + " texts but " + labels.size() + " labels");
      }
      List<Document> docs = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        String label = labels.get(i);
        boolean none = label == null || label.isBlank();
        if (none && !multiLabel) {
          throw new IllegalArgumentException("text " + (i + 1) + " has no label (for multi-label data, where a text "
              + "may have none, call multiLabel(true))");
        }
        docs.add(new Document("#" + (i + 1), Objects.requireNonNull(texts.get(i), "text " + (i + 1)),
            none ? List.of() : List.of(label), null, 0));
      }
      return train(docs);
    }
  }
}
