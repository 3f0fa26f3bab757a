package org.fenlei.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final List<List<String>> docs = List.of(List.of("a", "b"), List.of("a"), List.of("c", "a", "a"),
      List.of("b", "d"));

  @Test
  void smoothIdfByHand() {
    Vocabulary v = Vocabulary.build(docs, 1, 1.0);
    assertEquals(4, v.size());
    // n = 4; df: a 3, b 2, c 1, d 1; idf = ln((1 + n) / (1 + df)) + 1
    assertEquals(Math.log(5.0 / 4) + 1, v.idf(v.indexOf("a")), 1e-6);
    assertEquals(Math.log(5.0 / 3) + 1, v.idf(v.indexOf("b")), 1e-6);
    assertEquals(Math.log(5.0 / 2) + 1, v.idf(v.indexOf("c")), 1e-6);
    assertEquals(-1, v.indexOf("e"));
    assertEquals("a", v.term(0));
  }

  @Test
  void pruningByMinCountAndMaxDf() {
    Vocabulary v = Vocabulary.build(docs, 2, 0.5);
    // a occurs in 3 of 4 documents (> 0.5), c and d in 1 (< 2): only b stays
    assertEquals(1, v.size());
    assertEquals(0, v.indexOf("b"));
  }

  @Test
  void roundTrip() throws IOException {
    Vocabulary v = Vocabulary.build(docs, 1, 1.0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    v.write(new DataOutputStream(bytes));
    Vocabulary r = Vocabulary.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(v.size(), r.size());
    for (int i = 0; i < v.size(); i++) {
      assertEquals(v.term(i), r.term(i));
      assertEquals(v.idf(i), r.idf(i));
    }
  }
}
