package org.fenlei.core;

import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;

/**
 * A spam filter over any two-label model: {@code isSpam(text)} and {@code spamProbability(text)}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * SpamFilter filter = SpamFilter.of(ModelFile.load(Path.of("spam.fenlei")))
 *     .withTargetPrecision(0.99, devDocs);      // flag a good message at most once in a hundred flags
 * if (filter.isSpam(sms)) { ... }
 * }</pre>
 *
 * <p>The spam label is the one named {@code spam}, {@code 1}, {@code true} or {@code 垃圾} (in that order of
 * preference), else the label that sorts last; name it with {@link #of(TextClassifier, String)}. The threshold is
 * 0.5 on the (calibrated) spam probability until set or chosen for a precision.
 */
public final class SpamFilter {
  static final List<String> SPAM_NAMES = List.of("spam", "1", "true", "垃圾", "垃圾短信", "垃圾邮件", "junk");
  private final BinaryDecision decision;

  private SpamFilter(BinaryDecision decision) {
    this.decision = decision;
  }

  /**
   * A filter over a two-label model, its spam label guessed from the names.
   *
   * @param model a two-label model
   * @return the filter, threshold 0.5
   * @throws IllegalArgumentException when the model does not have exactly two labels
   */
  public static SpamFilter of(TextClassifier model) {
    return of(model, BinaryDecision.guess(model, SPAM_NAMES));
  }

  /**
   * A filter over a two-label model.
   *
   * @param model a two-label model
   * @param spamLabel the label that means spam
   * @return the filter, threshold 0.5
   * @throws IllegalArgumentException when the model does not have exactly two labels or not this one
   */
  public static SpamFilter of(TextClassifier model, String spamLabel) {
    return new SpamFilter(new BinaryDecision(model, spamLabel, 0.5));
  }

  /**
   * Trains a filter on examples of spam and of good messages ({@code svm}, calibrated).
   *
   * @param spam spam messages
   * @param ham good messages
   * @return the filter, threshold 0.5
   */
  public static SpamFilter train(List<String> spam, List<String> ham) {
    List<Document> docs = new ArrayList<>(spam.size() + ham.size());
    spam.forEach(t -> docs.add(Document.of(t, "spam")));
    ham.forEach(t -> docs.add(Document.of(t, "ham")));
    return of(Classifiers.train("svm", docs), "spam");
  }

  /**
   * Whether a message is spam: its spam probability reaches the threshold.
   *
   * @param text the message
   * @return true for spam
   */
  public boolean isSpam(String text) {
    return decision.probability(text) >= decision.threshold;
  }

  /**
   * The probability that a message is spam.
   *
   * @param text the message
   * @return P(spam), calibrated when the model is
   */
  public double spamProbability(String text) {
    return decision.probability(text);
  }

  /**
   * This filter with another threshold.
   *
   * @param threshold flag messages whose spam probability is at least this, in [0, 1]
   * @return a new filter
   */
  public SpamFilter withThreshold(double threshold) {
    return new SpamFilter(new BinaryDecision(decision.model, decision.positiveLabel(), threshold));
  }

  /**
   * This filter with the threshold that catches the most spam while keeping {@code precision} on labelled
   * held-out messages (exact over every distinct score).
   *
   * @param precision the share of flagged messages that must be spam, e.g. 0.99
   * @param dev labelled messages the model was not trained on
   * @return a new filter
   * @throws IllegalArgumentException when no threshold reaches the precision on {@code dev}
   */
  public SpamFilter withTargetPrecision(double precision, List<Document> dev) {
    return withThreshold(decision.forPrecision(precision, dev, 1).threshold());
  }

  /**
   * The threshold in use.
   *
   * @return the spam probability from which a message is spam
   */
  public double threshold() {
    return decision.threshold;
  }

  /**
   * The spam label of the model.
   *
   * @return the label
   */
  public String spamLabel() {
    return decision.positiveLabel();
  }

  /**
   * The model behind the filter.
   *
   * @return the model
   */
  public TextClassifier model() {
    return decision.model;
  }
}
