package org.fenlei.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fenlei.corpora.Document;
import org.fenlei.features.FeatureConfig;
import org.fenlei.features.SparseVector;
import org.fenlei.features.TrainingData;
import org.junit.jupiter.api.Test;

/** NB's automatic choice of variant and alpha on held-out documents. */
class NaiveBayesSelectionTest {
  /**
   * A hard three-topic task: 2-5 words, each from the document's topic with probability 0.2, from a random topic
   * with 0.3, else filler; class sizes 6:3:1.
   */
  static List<Document> noisy(int n, long seed) {
    Random r = new Random(seed);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int m = i % 10;
      int t = m < 6 ? 0 : m < 9 ? 1 : 2;
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 2 + r.nextInt(4); w++) {
        double u = r.nextDouble();
        String[] pool = u < 0.2 ? TestCorpus.TOPICS[t] : u < 0.5 ? TestCorpus.TOPICS[r.nextInt(3)] : TestCorpus.FILLER;
        sb.append(pool[r.nextInt(pool.length)]).append('，');
      }
      docs.add(new Document("d" + i, sb.toString(), List.of(TestCorpus.LABELS[t]), null, i + 1));
    }
    return docs;
  }

  /**
   * The cross-validated accuracy of a candidate computed the long way: per fold a model trained on the other
   * folds, the folds cut from the same seeded permutation as {@link NaiveBayes#select}.
   */
  private static double crossValidated(TrainingData data, int folds, long seed, NaiveBayes.Options o) {
    int n = data.vectors().size();
    int[] order = HeldOut.of(n, n, seed).dev();
    int right = 0;
    for (int f = 0; f < folds; f++) {
      int from = (int) ((long) n * f / folds);
      int to = (int) ((long) n * (f + 1) / folds);
      int[] rest = new int[n - (to - from)];
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (i < from || i >= to) {
          rest[k++] = order[i];
        }
      }
      NaiveBayes model = NaiveBayes.fit(data.subset(rest), o);
      for (int i = from; i < to; i++) {
        double[] s = model.scores(data.vectors().get(order[i]));
        int top = 0;
        for (int c = 1; c < s.length; c++) {
          top = s[c] > s[top] ? c : top;
        }
        right += top == data.labelIds()[order[i]][0] ? 1 : 0;
      }
    }
    return (double) right / n;
  }

  @Test
  void choosesTheBestCandidateByCrossValidationFirstOneWinningTies() {
    TrainingData data = ModelsTest.data(noisy(3000, 7), new FeatureConfig());
    NaiveBayes.Options chosen = NaiveBayes.select(data, null, null, List.of(), 5, 3, 2);
    List<Double> scores = new ArrayList<>();
    int chosenAt = -1;
    for (NaiveBayes.Variant v : List.of(NaiveBayes.Variant.MULTINOMIAL, NaiveBayes.Variant.COMPLEMENT)) {
      for (double a : NaiveBayes.ALPHAS) {
        chosenAt = v == chosen.variant() && a == chosen.alpha() ? scores.size() : chosenAt;
        scores.add(crossValidated(data, 5, 3, new NaiveBayes.Options(v, a)));
      }
    }
    double max = scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    // the model of the other folds counts by subtraction in select, by a fresh fit here: float sums may differ
    // in the last bits, so compare within a document
    assertTrue(chosenAt >= 0, chosen.toString());
    assertEquals(max, scores.get(chosenAt), 1.0 / 3000, scores.toString());
    assertTrue(scores.stream().distinct().count() > 1, "the candidates should differ on this task: " + scores);
    assertEquals(chosen, NaiveBayes.select(data, null, null, List.of(), 5, 3, 2), "deterministic");
  }

  @Test
  void givenSettingsAreKeptAndOnlyTheOthersSearched() {
    TrainingData data = ModelsTest.data(noisy(2000, 8), new FeatureConfig());
    NaiveBayes.Options fixed = new NaiveBayes.Options(NaiveBayes.Variant.BERNOULLI, 0.5);
    assertEquals(fixed, NaiveBayes.select(data, NaiveBayes.Variant.BERNOULLI, 0.5, List.of(), 5, 1, 2));
    assertEquals(NaiveBayes.Variant.COMPLEMENT,
        NaiveBayes.select(data, NaiveBayes.Variant.COMPLEMENT, null, List.of(), 5, 1, 2).variant());
    assertEquals(0.7, NaiveBayes.select(data, null, 0.7, List.of(), 5, 1, 2).alpha());
  }

  @Test
  void tooFewDocumentsOrFoldsKeepTheDefaults() {
    TrainingData small = ModelsTest.data(noisy(90, 9), new FeatureConfig());
    assertEquals(new NaiveBayes.Options(), NaiveBayes.select(small, null, null, List.of(), 5, 1, 2), "90 documents");
    TrainingData data = ModelsTest.data(noisy(900, 9), new FeatureConfig());
    assertEquals(new NaiveBayes.Options(), NaiveBayes.select(data, null, null, List.of(), 1, 1, 2), "one fold");
    assertEquals(new NaiveBayes.Options(), NaiveBayes.select(data, null, null, noisy(50, 10), 5, 1, 2), "50 in dev");
  }

  @Test
  void aDevSetIsScoredByTheModelOfAllTrainingDocuments() {
    List<Document> train = noisy(1500, 11);
    List<Document> dev = noisy(400, 12);
    TrainingData data = ModelsTest.data(train, new FeatureConfig());
    NaiveBayes.Options chosen = NaiveBayes.select(data, null, null, dev, 5, 1, 2);
    List<SparseVector> x = dev.stream().map(d -> data.pipeline().vectorize(d.text())).toList();
    List<Double> accuracies = new ArrayList<>();
    int chosenAt = -1;
    for (NaiveBayes.Variant v : List.of(NaiveBayes.Variant.MULTINOMIAL, NaiveBayes.Variant.COMPLEMENT)) {
      for (double a : NaiveBayes.ALPHAS) {
        NaiveBayes m = NaiveBayes.fit(data, new NaiveBayes.Options(v, a));
        int right = 0;
        for (int i = 0; i < dev.size(); i++) {
          double[] s = m.scores(x.get(i));
          int top = s[0] >= s[1] && s[0] >= s[2] ? 0 : s[1] >= s[2] ? 1 : 2;
          right += data.labels().get(top).equals(dev.get(i).labels().get(0)) ? 1 : 0;
        }
        chosenAt = v == chosen.variant() && a == chosen.alpha() ? accuracies.size() : chosenAt;
        accuracies.add((double) right / dev.size());
      }
    }
    double max = accuracies.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    assertEquals(max, accuracies.get(chosenAt), 1e-12, accuracies.toString());
    assertEquals(chosenAt, accuracies.indexOf(accuracies.get(chosenAt)), "the first of equals wins");
  }
}
