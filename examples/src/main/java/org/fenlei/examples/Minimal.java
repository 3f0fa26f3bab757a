package org.fenlei.examples;

import java.util.List;
import org.fenlei.core.Classifiers;
import org.fenlei.core.TextClassifier;

/** The minimal program: train once, classify a string (3 statements, 3 imports). */
public final class Minimal {
  private Minimal() {}

  /**
   * Trains Naive Bayes on six sentences and classifies a seventh.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    TextClassifier model = Classifiers.train("nb",
        List.of("球队在主场赢得冠军", "球员打进关键一球", "教练赛后接受采访", "股市今天大幅上涨", "央行宣布下调利率", "基金收益创新高"),
        List.of("体育", "体育", "体育", "财经", "财经", "财经"));
    String label = model.classify("这名球员在决赛中进球");
    System.out.println(label);
  }
}
