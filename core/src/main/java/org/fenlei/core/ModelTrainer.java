package org.fenlei.core;

import java.util.List;
import org.fenlei.corpora.Document;

/**
 * Trains one model kind from labelled documents and typed settings. Registered as a service
 * ({@code META-INF/services/org.fenlei.core.ModelTrainer}) by the module that defines the model, so that
 * {@link ModelKinds}, {@link Classifiers} and the command find every kind without knowing it. Call it through
 * {@link ModelKinds#train} or {@link Classifiers}, which validate the settings first.
 */
public interface ModelTrainer {
  /**
   * The kind.
   *
   * @return the kind, as given to {@code fenlei train --model} and written in the model file
   */
  String kind();

  /**
   * A summary for help texts.
   *
   * @return one line for {@code fenlei train --help}
   */
  String summary();

  /**
   * Every setting this kind takes, with its default, parser and help: the help text is generated from these, and
   * {@code key=value} settings are checked against them before training starts.
   *
   * @return the settings
   */
  List<Setting<?>> settings();

  /**
   * Trains a model.
   *
   * @param train labelled training documents
   * @param dev held-out labelled documents (may be empty); trainers that tune on held-out data use them instead
   *     of carving a part of {@code train}
   * @param settings settings already validated against {@link #settings()}
   * @param context what the caller decides for every kind
   * @return the trained model
   * @throws IllegalArgumentException for unusable data (no labels, one label) or settings
   */
  TextClassifier train(List<Document> train, List<Document> dev, Settings settings, Context context);

  /**
   * What the caller decides for every kind.
   *
   * @param forceMultiLabel train a multi-label model even if no document has two labels
   * @param threads worker threads, at least 1
   * @param progress where training reports its stages
   */
  record Context(boolean forceMultiLabel, int threads, Progress progress) {
    /**
     * Checks the values.
     *
     * @param forceMultiLabel train a multi-label model even if no document has two labels
     * @param threads worker threads, at least 1
     * @param progress where training reports its stages; null for none
     */
    public Context {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1: " + threads);
      }
      progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * A context without progress reports.
     *
     * @param forceMultiLabel train a multi-label model even if no document has two labels
     * @param threads worker threads, at least 1
     */
    public Context(boolean forceMultiLabel, int threads) {
      this(forceMultiLabel, threads, Progress.NONE);
    }
  }
}
