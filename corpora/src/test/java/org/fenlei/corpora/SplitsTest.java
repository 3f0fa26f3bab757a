package org.fenlei.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Stratified train/dev splits and de-duplication. */
class SplitsTest {

  private static List<Document> corpus() {
    List<Document> docs = new ArrayList<>();
    int[] sizes = {10, 7, 2, 1, 5, 4, 33};
    String[][] labels = {{"a"}, {"b"}, {"c"}, {"d"}, {"e", "a"}, {}, {"f"}};
    for (int s = 0; s < sizes.length; s++) {
      for (int i = 0; i < sizes[s]; i++) {
        docs.add(new Document("doc" + s + "_" + i, "text " + s + " " + i, List.of(labels[s]), null, 0));
      }
    }
    // interleave strata so order preservation is visible
    docs.sort(Comparator.comparing(d -> d.id().hashCode()));
    return docs;
  }

  private static Map<String, Long> perStratum(List<Document> docs) {
    return docs.stream().collect(Collectors.groupingBy(d -> d.labels().isEmpty() ? "" : d.labels().get(0),
        TreeMap::new, Collectors.counting()));
  }

  @Test
  void stratifiedKeepsEachLabelsProportionWithinOneDocument() {
    List<Document> docs = corpus();
    for (double fraction : new double[] {0.1, 0.2, 0.5, 0.9}) {
      Splits.TrainDev split = Splits.stratified(docs, fraction, 42);
      Map<String, Long> all = perStratum(docs);
      Map<String, Long> dev = perStratum(split.dev());
      Map<String, Long> train = perStratum(split.train());
      for (Map.Entry<String, Long> stratum : all.entrySet()) {
        long n = stratum.getValue();
        long inDev = dev.getOrDefault(stratum.getKey(), 0L);
        assertTrue(n == 1 || Math.abs(inDev - n * fraction) <= 1, stratum + " dev " + inDev + " at " + fraction);
        assertTrue(train.getOrDefault(stratum.getKey(), 0L) >= 1, "stratum " + stratum + " keeps one in train");
      }
    }
  }

  @Test
  void stratifiedExactCounts() {
    Splits.TrainDev split = Splits.stratified(corpus(), 0.2, 7);
    // round(n * 0.2), at most n - 1: a 10->2, b 7->1, c 2->0, d 1->0, e 5->1, unlabelled 4->1, f 33->7
    assertEquals(Map.of("a", 2L, "b", 1L, "e", 1L, "", 1L, "f", 7L), perStratum(split.dev()));
    Splits.TrainDev half = Splits.stratified(corpus(), 0.9, 7);
    assertEquals(Map.of("a", 9L, "b", 6L, "c", 1L, "e", 4L, "", 3L, "f", 30L), perStratum(half.dev()));
  }

  @Test
  void stratifiedIsDeterministicAPartitionAndKeepsOrder() {
    List<Document> docs = corpus();
    Splits.TrainDev one = Splits.stratified(docs, 0.3, 123);
    assertEquals(one, Splits.stratified(List.copyOf(docs), 0.3, 123));
    assertNotEquals(one.dev(), Splits.stratified(docs, 0.3, 124).dev());
    assertEquals(docs.size(), one.train().size() + one.dev().size());
    Function<Document, Integer> position = docs::indexOf;
    List<Document> merged = new ArrayList<>(one.train());
    merged.addAll(one.dev());
    merged.sort(Comparator.comparing(position));
    assertEquals(docs, merged);
    assertEquals(sortedBy(one.train(), position), one.train());
    assertEquals(sortedBy(one.dev(), position), one.dev());
  }

  @Test
  void aStratumsChoiceDoesNotDependOnOtherStrata() {
    List<Document> docs = corpus();
    List<Document> more = new ArrayList<>(docs);
    for (int i = 0; i < 20; i++) {
      more.add(0, new Document("new" + i, "new " + i, List.of("z"), null, 0));
    }
    List<Document> devA = Splits.stratified(docs, 0.3, 5).dev();
    List<Document> devB = Splits.stratified(more, 0.3, 5).dev();
    assertEquals(devA, devB.stream().filter(d -> !d.labels().contains("z")).collect(Collectors.toList()));
  }

  @Test
  void fractionOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> Splits.stratified(corpus(), 1.0, 1));
    assertThrows(IllegalArgumentException.class, () -> Splits.stratified(corpus(), -0.1, 1));
    assertThrows(IllegalArgumentException.class, () -> Splits.stratified(corpus(), Double.NaN, 1));
    assertEquals(List.of(), Splits.stratified(corpus(), 0, 1).dev());
  }

  @Test
  void dedupKeepsTheFirstOfEqualStrippedTexts() {
    Document a = new Document("1", "同一句", List.of("x"), null, 1);
    Document b = new Document("2", " 同一句\t", List.of("y"), null, 2);
    Document c = new Document("3", "另一句", List.of("x"), null, 3);
    Document d = new Document("4", "同 一句", List.of("x"), null, 4);
    assertEquals(List.of(a, c, d), Splits.dedup(List.of(a, b, c, a, d, c)));
    assertEquals(List.of(), Splits.dedup(List.of()));
  }

  private static List<Document> sortedBy(List<Document> docs, Function<Document, Integer> key) {
    List<Document> sorted = new ArrayList<>(docs);
    sorted.sort(Comparator.comparing(key));
    return sorted;
  }
}
