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
        String[] pool = u < 0.2 ? ModelsTest.TOPICS[t] : u < 0.5 ? ModelsTest.TOPICS[r.nextInt(3)] : ModelsTest.FILLER;
        sb.append(pool[r.nextInt(pool.length)]).append('，');
      }
      docs.add(new Document("d" + i, sb.toString(), List.of(ModelsTest.LABELS[t]), null, i + 1));
    }
    return docs;
  }

  /** The held-out accuracy of every candidate, computed the long way: a model per candidate on the same split. */
  private static double score(TrainingData data, HeldOut split, NaiveBayes.Options o) {
    NaiveBayes model = NaiveBayes.fit(data.subset(split.train()), o);
    int right = 0;
    for (int row : split.dev()) {
      double[] s = model.scores(data.vectors().get(row));
      int top = 0;
      for (int c = 1; c < s.length; c++) {
        top = s[c] > s[top] ? c : top;
      }
      right += top == data.labelIds()[row][0] ? 1 : 0;
    }
    return (double) right / split.dev().length;
  }

  @Test
  void choosesTheBestCandidateOnTheHeldOutFractionFirstOneWinningTies() {
    TrainingData data = ModelsTest.data(noisy(3000, 7), new FeatureConfig());
    NaiveBayes.Options chosen = NaiveBayes.select(data, null, null, List.of(), 0.1, 3);
    HeldOut split = HeldOut.of(3000, 300, 3);
    double best = score(data, split, chosen);
    boolean reachedChosen = false;
    double[] seen = new double[2 * NaiveBayes.ALPHAS.length];
    int k = 0;
    for (NaiveBayes.Variant v : List.of(NaiveBayes.Variant.MULTINOMIAL, NaiveBayes.Variant.COMPLEMENT)) {
      for (double a : NaiveBayes.ALPHAS) {
        NaiveBayes.Options o = new NaiveBayes.Options(v, a);
        double s = score(data, split, o);
        seen[k++] = s;
        assertTrue(s <= best + 1e-12, o + " scores " + s + " > chosen " + chosen + " " + best);
        if (o.equals(chosen)) {
          reachedChosen = true;
        } else if (!reachedChosen) {
          assertTrue(s < best, "an earlier candidate with an equal score should have won: " + o);
        }
      }
    }
    assertTrue(reachedChosen, chosen.toString());
    assertTrue(java.util.Arrays.stream(seen).distinct().count() > 1, "the candidates should differ on this task");
    assertEquals(chosen, NaiveBayes.select(data, null, null, List.of(), 0.1, 3), "deterministic");
  }

  @Test
  void givenSettingsAreKeptAndOnlyTheOthersSearched() {
    TrainingData data = ModelsTest.data(noisy(2000, 8), new FeatureConfig());
    NaiveBayes.Options fixed = new NaiveBayes.Options(NaiveBayes.Variant.BERNOULLI, 0.5);
    assertEquals(fixed, NaiveBayes.select(data, NaiveBayes.Variant.BERNOULLI, 0.5, List.of(), 0.1, 1));
    assertEquals(NaiveBayes.Variant.COMPLEMENT,
        NaiveBayes.select(data, NaiveBayes.Variant.COMPLEMENT, null, List.of(), 0.1, 1).variant());
    assertEquals(0.7, NaiveBayes.select(data, null, 0.7, List.of(), 0.1, 1).alpha());
  }

  @Test
  void tooFewHeldOutDocumentsKeepTheDefaults() {
    TrainingData data = ModelsTest.data(noisy(900, 9), new FeatureConfig());
    assertEquals(new NaiveBayes.Options(), NaiveBayes.select(data, null, null, List.of(), 0.1, 1), "90 held out");
    assertEquals(new NaiveBayes.Options(), NaiveBayes.select(data, null, null, noisy(50, 10), 0.1, 1), "50 in dev");
  }

  @Test
  void aDevSetIsScoredByTheModelOfAllTrainingDocuments() {
    List<Document> train = noisy(1500, 11);
    List<Document> dev = noisy(400, 12);
    TrainingData data = ModelsTest.data(train, new FeatureConfig());
    NaiveBayes.Options chosen = NaiveBayes.select(data, null, null, dev, 0.1, 1);
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
