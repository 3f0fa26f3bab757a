package org.fenlei.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fenlei.core.CalibratedClassifier;
import org.fenlei.core.Classifiers;
import org.fenlei.core.SentimentFilter;
import org.fenlei.core.SpamFilter;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;

/** SpamFilter and SentimentFilter over models trained on the bundled samples. */
class FiltersTest {
  private static final TextClassifier SPAM = Classifiers.builder("svm").threads(2).train(Samples.sms());
  private static final TextClassifier SENTIMENT = Classifiers.builder("nb").threads(2).train(Samples.reviews());

  @Test
  void spamFilterFlagsScamsAndPassesMessagesFromFriends() {
    SpamFilter f = SpamFilter.of(SPAM);
    assertEquals("spam", f.spamLabel());
    assertEquals(0.5, f.threshold());
    assertTrue(f.isSpam("恭喜您中了一等奖，请点击链接领取现金"));
    assertFalse(f.isSpam("今晚一起吃饭吗，我七点到"));
    double p = f.spamProbability("免费领取话费红包，回复手机号即可");
    assertTrue(p > 0.5 && p <= 1, "P(spam) " + p);
    assertEquals(p, SPAM.probability("免费领取话费红包，回复手机号即可", "spam"), 1e-12);
  }

  @Test
  void binaryModelsAreCalibratedAndDecideAsTheirRawScores() {
    // under 100 documents and no dev set: too few to calibrate on, the scores stay raw
    assertFalse(SPAM instanceof CalibratedClassifier, SPAM.getClass().toString());
    TextClassifier calibrated = Classifiers.builder("svm").threads(2).dev(Samples.sms()).train(Samples.sms());
    assertTrue(calibrated instanceof CalibratedClassifier, calibrated.getClass().toString());
    assertEquals("temperature", calibrated.settings().get("calibration"));
    TextClassifier raw = ((CalibratedClassifier) calibrated).uncalibrated();
    double rawSpread = 0;
    double spread = 0;
    for (Document d : Samples.sms()) {
      assertEquals(raw.classify(d.text()), calibrated.classify(d.text()), d.text());
      rawSpread += Math.abs(raw.probability(d.text(), "spam") - 0.5);
      spread += Math.abs(calibrated.probability(d.text(), "spam") - 0.5);
    }
    // the svm's squashed margins sit near 0.5; calibrated on documents it separates, they move apart
    assertTrue(spread > rawSpread, spread + " vs " + rawSpread);
    TextClassifier platt = Classifiers.builder("svm").threads(2).set("calibration", "platt").dev(Samples.sms())
        .train(Samples.sms());
    assertEquals("platt", platt.settings().get("calibration"));
    TextClassifier none = Classifiers.builder("svm").threads(2).set("calibration", "none").dev(Samples.sms())
        .train(Samples.sms());
    assertFalse(none instanceof CalibratedClassifier);
  }

  @Test
  void targetPrecisionPicksTheLowestThresholdThatReachesIt() {
    List<Document> dev = new ArrayList<>(Samples.sms());
    SpamFilter strict = SpamFilter.of(SPAM).withTargetPrecision(1.0, dev);
    int flagged = 0;
    for (Document d : dev) {
      if (strict.isSpam(d.text())) {
        flagged++;
        assertEquals("spam", d.labels().get(0), d.text());
      }
    }
    assertTrue(flagged >= 10, flagged + " flagged");
    assertThrows(IllegalArgumentException.class, () -> SpamFilter.of(SPAM).withThreshold(1.5));
  }

  @Test
  void sentimentHasPolarityAndANeutralBand() {
    SentimentFilter s = SentimentFilter.of(SENTIMENT);
    assertEquals("positive", s.positiveLabel());
    assertEquals(SentimentFilter.Polarity.POSITIVE, s.polarity("服务很好，房间干净，非常满意"));
    assertEquals(SentimentFilter.Polarity.NEGATIVE, s.polarity("太差了，房间很脏，服务态度恶劣"));
    SentimentFilter all = s.withNeutralBand(0, 1);
    assertEquals(SentimentFilter.Polarity.NEUTRAL, all.polarity("服务很好，房间干净，非常满意"));
    assertThrows(IllegalArgumentException.class, () -> s.withNeutralBand(0.7, 0.3));
  }

  @Test
  void filtersRefuseModelsThatAreNotBinary() {
    TextClassifier three = Classifiers.train("nb", List.of("a 球队 比赛", "b 股票 市场", "c 手机 芯片", "a 冠军", "b 银行",
        "c 软件"), List.of("体育", "财经", "科技", "体育", "财经", "科技"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpamFilter.of(three));
    assertTrue(e.getMessage().contains("two-label"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SpamFilter.of(SPAM, "垃圾"));
  }
}
