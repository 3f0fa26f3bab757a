package org.fenlei.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TallyTest {
  private static final List<String> LABELS = List.of("b", "a", "c");

  @Test
  void mergedPartsEqualTheWholeAndAnEvaluationOfTheSameDecisions() throws Exception {
    Random r = new Random(5);
    Evaluation e = new Evaluation(LABELS, List.of("x"), false);
    Tally whole = Tally.of(LABELS, List.of("x"), false);
    Tally[] parts = {Tally.of(LABELS, List.of("x"), false), Tally.of(LABELS, List.of("x"), false)};
    for (int i = 0; i < 500; i++) {
      String gold = i == 7 ? "x" : LABELS.get(r.nextInt(3));
      List<String> predicted = r.nextInt(10) == 0 ? List.of() : List.of(r.nextBoolean() ? gold
          : LABELS.get(r.nextInt(3)));
      e.add(List.of(gold), predicted);
      whole.add(List.of(gold), predicted);
      parts[i % 2].add(List.of(gold), predicted);
    }
    Tally merged = roundTrip(parts[0]).merge(roundTrip(parts[1]));
    assertEquals(whole.metrics(), merged.metrics());
    assertArrayEquals(whole.confusion(), merged.confusion());
    assertEquals(e.accuracy(), merged.metrics().get("accuracy"));
    assertEquals(e.macroF1(), merged.metrics().get("macro_f1"));
    assertEquals(e.cohenKappa(), merged.metrics().get("cohen_kappa"));
    assertEquals(e.weightedF1(), merged.metrics().get("weighted_f1"));
    // Evaluation sorts a decisions-only label set; the tally keeps the model's order, then the extras
    assertEquals(List.of("b", "a", "c", "x"), merged.labels());
    assertEquals(e.perLabel().stream().sorted((p, q) -> p.label().compareTo(q.label())).toList(),
        merged.perLabel().stream().sorted((p, q) -> p.label().compareTo(q.label())).toList());
  }

  @Test
  void multiLabelTalliesAndWrongShapesAreRefused() {
    Tally t = Tally.of(LABELS, List.of(), true);
    t.add(List.of("a", "b"), List.of("a"));
    t.add(List.of(), List.of("c"));
    assertEquals(2, t.documents());
    assertEquals(0.0, t.metrics().get("subset_accuracy"));
    assertEquals(2.0 / 6, t.metrics().get("hamming_loss")); // b missed in the first, c given to the second
    assertThrows(IllegalStateException.class, t::confusion);
    Tally mc = Tally.of(LABELS, List.of(), false);
    assertThrows(IllegalArgumentException.class, () -> mc.add(List.of("a", "b"), List.of()));
    assertThrows(IllegalArgumentException.class, () -> mc.add(List.of("z"), List.of()));
    assertThrows(IllegalArgumentException.class, () -> mc.merge(t));
  }

  private static Tally roundTrip(Tally t) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(t);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Tally) in.readObject();
    }
  }
}
