package org.fenlei.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fenlei.core.Classifiers;
import org.fenlei.core.ModelFile;
import org.fenlei.core.Prediction;
import org.fenlei.core.SentimentFilter;
import org.fenlei.core.SpamFilter;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;

/** The library's surface in one method: the second Java block of the README, compiled and run by the build. */
public final class Tour {
  private static final System.Logger LOG = System.getLogger(Tour.class.getName());

  private Tour() {}

  /**
   * Trains, saves, loads and uses a spam model, and a sentiment filter over another model.
   *
   * @param dir where to save the model
   * @param trainDocs labelled messages (spam or ham)
   * @param devDocs held-out labelled messages
   * @param texts messages to classify
   * @param sentiModel a two-label sentiment model
   * @return one line a message: its label, P(spam), whether the filter flags it, and its sentiment
   * @throws IOException when the model file cannot be written or read
   */
  public static List<String> run(Path dir, List<Document> trainDocs, List<Document> devDocs, List<String> texts,
      TextClassifier sentiModel) throws IOException {
    TextClassifier m = Classifiers.builder("svm")                 // any kind: nb, svm, lr, fasttext, gbdt
        .set("chars", "1-4").threads(4).dev(devDocs)              // settings as `fenlei train --set`; typos fail here
        .progress((stage, done, total) -> LOG.log(System.Logger.Level.DEBUG, stage))  // from training threads
        .train(trainDocs);                                        // Document.of("中奖了！点击领取", "spam"), ...
    Path file = dir.resolve("spam.fenlei");
    ModelFile.save(m, file);                                      // also save(m, OutputStream)
    m = ModelFile.load(file);                      // or load(InputStream, name), loadResource(classLoader, name)
    String text = texts.get(0);
    String label = m.classify(text);                              // the model's own decision
    Prediction p = m.predict(text);                // p.labels() (best first), p.scoreMap(), p.probability("spam")
    double pSpam = m.probability(text, "spam");
    List<Prediction> all = m.predictAll(texts, 4);                // in order, on 4 threads; predictAll(Stream) too
    SpamFilter spam = SpamFilter.of(m).withTargetPrecision(0.99, devDocs);   // isSpam(text), spamProbability(text)
    SentimentFilter senti = SentimentFilter.of(sentiModel).withNeutralBand(0.4, 0.6);  // polarity(text), score(text)
    List<String> lines = new java.util.ArrayList<>();
    lines.add(String.format(java.util.Locale.ROOT, "%s %s %.3f %.3f", text, label, p.probability("spam"), pSpam));
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      lines.add(t + " " + all.get(i).label() + " " + spam.isSpam(t) + " " + senti.polarity(t));
    }
    return lines;
  }
}
