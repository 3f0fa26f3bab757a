package org.fenlei.core;

import java.util.List;
import org.fenlei.corpora.Document;

/**
 * Sentiment over any two-label model: {@code score(text)} is the probability that a text is positive,
 * {@code polarity(text)} its reading, optionally with a neutral band. Immutable and thread-safe.
 *
 * <pre>{@code
 * SentimentFilter sentiment = SentimentFilter.of(ModelFile.load(Path.of("senti.fenlei"))).withNeutralBand(0.4, 0.6);
 * sentiment.polarity("房间干净，早餐丰盛");   // POSITIVE
 * }</pre>
 *
 * <p>The positive label is the one named {@code positive}, {@code pos}, {@code 1}, {@code 正面} or {@code 好评},
 * else the label that sorts last; name it with {@link #of(TextClassifier, String)}.
 */
public final class SentimentFilter {
  static final List<String> POSITIVE_NAMES = List.of("positive", "pos", "1", "正面", "好评", "积极", "true");

  /** A text's sentiment. */
  public enum Polarity {
    /** Scored at least the upper bound. */
    POSITIVE,
    /** Scored within the neutral band. */
    NEUTRAL,
    /** Scored below the lower bound. */
    NEGATIVE
  }

  private final BinaryDecision decision;
  private final double lower;

  private SentimentFilter(BinaryDecision decision, double lower) {
    this.decision = decision;
    this.lower = lower;
  }

  /**
   * Sentiment over a two-label model, its positive label guessed from the names.
   *
   * @param model a two-label model
   * @return the filter: positive from 0.5, no neutral band
   */
  public static SentimentFilter of(TextClassifier model) {
    return of(model, BinaryDecision.guess(model, POSITIVE_NAMES));
  }

  /**
   * Sentiment over a two-label model.
   *
   * @param model a two-label model
   * @param positiveLabel the label that means positive
   * @return the filter: positive from 0.5, no neutral band
   */
  public static SentimentFilter of(TextClassifier model, String positiveLabel) {
    return new SentimentFilter(new BinaryDecision(model, positiveLabel, 0.5), 0.5);
  }

  /**
   * The probability that a text is positive.
   *
   * @param text the text
   * @return P(positive), calibrated when the model is
   */
  public double score(String text) {
    return decision.probability(text);
  }

  /**
   * Whether a text is positive.
   *
   * @param text the text
   * @return true when its score reaches the upper bound
   */
  public boolean isPositive(String text) {
    return score(text) >= decision.threshold;
  }

  /**
   * A text's sentiment.
   *
   * @param text the text
   * @return POSITIVE from the upper bound, NEGATIVE below the lower one, NEUTRAL between
   */
  public Polarity polarity(String text) {
    double s = score(text);
    return s >= decision.threshold ? Polarity.POSITIVE : s < lower ? Polarity.NEGATIVE : Polarity.NEUTRAL;
  }

  /**
   * This filter with a neutral band: texts scoring in {@code [lower, upper)} are neutral.
   *
   * @param lower scores below this are negative
   * @param upper scores from this are positive
   * @return a new filter
   */
  public SentimentFilter withNeutralBand(double lower, double upper) {
    if (!(lower >= 0 && lower <= upper && upper <= 1)) {
      throw new IllegalArgumentException("neutral band must satisfy 0 <= lower <= upper <= 1: " + lower + ", " + upper);
    }
    return new SentimentFilter(new BinaryDecision(decision.model, decision.positiveLabel(), upper), lower);
  }

  /**
   * This filter with the positive threshold that reaches {@code precision} on held-out labelled texts (no
   * neutral band).
   *
   * @param precision the share of texts called positive that must be positive
   * @param dev labelled texts the model was not trained on
   * @return a new filter
   */
  public SentimentFilter withTargetPrecision(double precision, List<Document> dev) {
    double t = decision.forPrecision(precision, dev, 1).threshold();
    return new SentimentFilter(new BinaryDecision(decision.model, decision.positiveLabel(), t), t);
  }

  /**
   * The positive label of the model.
   *
   * @return the label
   */
  public String positiveLabel() {
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
