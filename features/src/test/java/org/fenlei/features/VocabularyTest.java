package org.fenlei.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    Vocabulary r = Vocabulary.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), true);
    assertSame(v, r);
  }

  /** Terms of every length and kind, surrogate pairs and the empty string included, packed and read back. */
  @Test
  void packedLayoutRoundTripsAnyTerms() throws IOException {
    String[] terms = {"", " 体育", "a", "中 国", "𠀀𠀁", "x".repeat(70_000 / 7)};
    java.util.Arrays.sort(terms);
    float[] idf = {1f, 2.5f, Float.MIN_VALUE, 3f, 4f, 5f};
    Vocabulary v = new Vocabulary(terms, idf, false);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    v.write(new DataOutputStream(bytes));
    assertSame(v, Vocabulary.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), true));
    for (int i = 0; i < terms.length; i++) {
      assertEquals(i, v.indexOf(terms[i]));
      assertEquals(terms[i], v.term(i));
    }
  }

  /** Models written before the packed layout (feature configuration version 1): a UTF string and an idf a term. */
  @Test
  void theLayoutOfVersionOneStillReads() throws IOException {
    Vocabulary v = Vocabulary.build(docs, 1, 1.0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.writeUTF(v.term(i));
      out.writeFloat(v.idf(i));
    }
    assertSame(v, Vocabulary.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), false));
  }

  @Test
  void aTruncatedOrInconsistentPackedVocabularyIsRefused() throws IOException {
    Vocabulary v = Vocabulary.build(docs, 1, 1.0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    v.write(new DataOutputStream(bytes));
    byte[] b = bytes.toByteArray();
    assertThrows(IOException.class, () -> Vocabulary.read(new DataInputStream(new ByteArrayInputStream(
        java.util.Arrays.copyOf(b, b.length - 1))), true));
    b[4 + 2 * v.size() + 3]++; // the number of characters no longer matches the lengths
    IOException e = assertThrows(IOException.class, () -> Vocabulary.read(new DataInputStream(
        new ByteArrayInputStream(b)), true));
    assertTrue(e.getMessage().contains("characters"), e.getMessage());
  }

  private static void assertSame(Vocabulary v, Vocabulary r) {
    assertEquals(v.size(), r.size());
    for (int i = 0; i < v.size(); i++) {
      assertEquals(v.term(i), r.term(i));
      assertEquals(v.idf(i), r.idf(i));
      assertEquals(i, r.indexOf(v.term(i)));
    }
  }
}
