package org.fenlei.core;

import java.util.List;
import org.fenlei.corpora.Document;

/**
 * Trains one model kind from labelled documents and {@code key=value} settings. Registered as a service
 * ({@code META-INF/services/org.fenlei.core.ModelTrainer}) by the module that defines the model, so the
 * command finds every kind without knowing it.
 */
public interface ModelTrainer {
  /** The kind, as given to {@code fenlei train --model} and written in the model file. */
  String kind();

  /** One line for {@code fenlei train --help}. */
  String summary();

  /** The settings and their defaults, one {@code key (default): meaning} line each. */
  List<String> settingsHelp();

  /**
   * Trains a model. Reads every setting it knows from {@code settings} and then calls
   * {@link Settings#requireAllUsed}.
   *
   * @param dev held-out labelled documents (may be empty); trainers that tune on held-out data use them
   *     instead of carving a part of {@code train}
   */
  TextClassifier train(List<Document> train, List<Document> dev, Settings settings, Context context);

  /** What the command decides for every kind. */
  record Context(boolean forceMultiLabel, int threads) {
    public Context {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1: " + threads);
      }
    }
  }
}
