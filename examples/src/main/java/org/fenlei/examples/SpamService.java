package org.fenlei.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fenlei.core.Classifiers;
import org.fenlei.core.ModelFile;
import org.fenlei.core.SentimentFilter;
import org.fenlei.core.SpamFilter;
import org.fenlei.core.TextClassifier;

/**
 * A service's life with fenlei: train once (here on the bundled samples), save the model file, load it when the
 * service starts, and answer from many threads. Models are immutable: one instance serves every request.
 */
public final class SpamService {
  private final SpamFilter spam;
  private final SentimentFilter sentiment;

  /**
   * Loads the two models.
   *
   * @param spamModel a two-label model (spam or not)
   * @param sentimentModel a two-label model (positive or negative)
   * @throws IOException when a file cannot be read or is not a fenlei model
   */
  public SpamService(Path spamModel, Path sentimentModel) throws IOException {
    this.spam = SpamFilter.of(ModelFile.load(spamModel));
    this.sentiment = SentimentFilter.of(ModelFile.load(sentimentModel)).withNeutralBand(0.35, 0.65);
  }

  /**
   * Trains both models on the bundled samples and saves them.
   *
   * @param dir where to write {@code spam.fenlei} and {@code sentiment.fenlei}
   * @throws IOException when writing fails
   */
  public static void train(Path dir) throws IOException {
    Files.createDirectories(dir);
    TextClassifier spam = Classifiers.builder("svm").threads(2).train(Samples.sms());
    ModelFile.save(spam, dir.resolve("spam.fenlei"));
    TextClassifier sentiment = Classifiers.builder("nb").set("ngrams", "1-2").train(Samples.reviews());
    ModelFile.save(sentiment, dir.resolve("sentiment.fenlei"));
  }

  /**
   * What the service answers for a message.
   *
   * @param text the message
   * @return e.g. "spam 0.93" or "ok, positive 0.81"
   */
  public String check(String text) {
    if (spam.isSpam(text)) {
      return String.format(java.util.Locale.ROOT, "spam %.2f", spam.spamProbability(text));
    }
    return String.format(java.util.Locale.ROOT, "ok, %s %.2f",
        sentiment.polarity(text).name().toLowerCase(java.util.Locale.ROOT), sentiment.score(text));
  }

  /**
   * Trains, loads and answers a few messages.
   *
   * @param args a directory for the model files (default: a temporary one)
   * @throws IOException when the model files cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("fenlei-example");
    train(dir);
    SpamService service = new SpamService(dir.resolve("spam.fenlei"), dir.resolve("sentiment.fenlei"));
    for (String text : List.of("恭喜您中奖了，请点击链接领取奖金", "昨天那家餐厅服务很好，菜也好吃，下次还去", "明天上午开会，别忘了带材料")) {
      System.out.println(text + " -> " + service.check(text));
    }
  }
}
