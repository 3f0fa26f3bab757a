package org.fenlei.corpora;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Deterministic ways to divide and clean a list of documents. */
public final class Splits {

  /**
   * Training and development documents, each in the order of the input.
   *
   * @param train the training documents, as an unmodifiable list
   * @param dev the development documents, as an unmodifiable list
   */
  public record TrainDev(List<Document> train, List<Document> dev) {
    /**
     * Keeps unmodifiable copies of both lists.
     *
     * @param train the training documents
     * @param dev the development documents
     * @throws NullPointerException when a list or a document in it is {@code null}
     */
    public TrainDev {
      train = List.copyOf(train);
      dev = List.copyOf(dev);
    }
  }

  private Splits() {
  }

  /**
   * Splits {@code docs} so that each stratum (documents sharing a first label; unlabelled documents form one
   * stratum) sends {@code round(n * devFraction)} of its {@code n} documents to dev, chosen at random by
   * {@code seed}, but always keeps at least one in train. The same input and seed give the same split, and a
   * stratum's choice depends only on its own documents, the seed and its label.
   *
   * @param docs the documents to split
   * @param devFraction the share of each stratum to send to dev, in {@code [0, 1)}
   * @param seed the seed of the random choice
   * @return the two halves, each in the order of {@code docs}
   * @throws IllegalArgumentException when {@code devFraction} is outside {@code [0, 1)} or NaN
   */
  public static TrainDev stratified(List<Document> docs, double devFraction, long seed) {
    if (!(devFraction >= 0 && devFraction < 1)) {
      throw new IllegalArgumentException("devFraction must be in [0, 1): " + devFraction);
    }
    Map<String, List<Integer>> strata = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      List<String> labels = docs.get(i).labels();
      strata.computeIfAbsent(labels.isEmpty() ? "" : labels.get(0), k -> new ArrayList<>()).add(i);
    }
    boolean[] toDev = new boolean[docs.size()];
    for (Map.Entry<String, List<Integer>> stratum : strata.entrySet()) {
      List<Integer> members = stratum.getValue();
      int n = members.size();
      int devCount = (int) Math.min(Math.round(n * devFraction), n - 1L);
      SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * stratum.getKey().hashCode()));
      // partial Fisher-Yates: the first devCount slots end up a uniform random subset
      int[] order = members.stream().mapToInt(Integer::intValue).toArray();
      for (int i = 0; i < devCount; i++) {
        int j = i + random.nextInt(n - i);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
        toDev[order[i]] = true;
      }
    }
    List<Document> train = new ArrayList<>();
    List<Document> dev = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      (toDev[i] ? dev : train).add(docs.get(i));
    }
    return new TrainDev(train, dev);
  }

  /**
   * {@code docs} without the documents whose stripped text equals that of an earlier document.
   *
   * @param docs the documents, in order
   * @return the first document of each distinct stripped text, in the order of {@code docs}, as an unmodifiable
   *     list
   */
  public static List<Document> dedup(List<Document> docs) {
    Set<String> seen = new HashSet<>();
    List<Document> kept = new ArrayList<>();
    for (Document d : docs) {
      if (seen.add(d.text().strip())) {
        kept.add(d);
      }
    }
    return List.copyOf(kept);
  }
}
