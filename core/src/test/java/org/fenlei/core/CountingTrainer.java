package org.fenlei.core;

import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.fenlei.corpora.Document;

/**
 * A test kind ("fixed-test"): a model that scores each label by how many of the training documents' texts with
 * that label contain the text, smoothed; counts its trainings. Registered as a service in the test resources.
 */
public final class CountingTrainer implements ModelTrainer {
  static final AtomicInteger TRAININGS = new AtomicInteger();
  static final Setting<Double> SMOOTHING = Setting.real("smoothing", 1, "added to every count")
      .requiring(v -> v > 0, "must be > 0");
  static final Setting<Integer> SIZE = Setting.integer("ngram-size", 1, "unused");

  /** The service. */
  public CountingTrainer() {}

  @Override
  public String kind() {
    return "fixed-test";
  }

  @Override
  public String summary() {
    return "a test kind";
  }

  @Override
  public List<Setting<?>> settings() {
    return List.of(SMOOTHING, SIZE);
  }

  @Override
  public TextClassifier train(List<Document> train, List<Document> dev, Settings settings, Context context) {
    TRAININGS.incrementAndGet();
    context.progress().update("training", 0, 1);
    List<String> labels = List.copyOf(new TreeSet<>(train.stream().flatMap(d -> d.labels().stream()).toList()));
    double[] prior = new double[labels.size()];
    for (Document d : train) {
      prior[labels.indexOf(d.labels().get(0))] += 1;
    }
    double sum = 0;
    for (int i = 0; i < prior.length; i++) {
      prior[i] += settings.get(SMOOTHING);
      sum += prior[i];
    }
    for (int i = 0; i < prior.length; i++) {
      prior[i] /= sum;
    }
    return new FixedClassifier(labels, prior, false);
  }
}
