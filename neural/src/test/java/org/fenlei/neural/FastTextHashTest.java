package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Known answers of the tool's hashes, computed by the code of fastText 0.9.2's {@code dictionary.cc} compiled with
 * g++ (signed-char FNV-1a; {@code h * 116049371 + hash} in uint64 over int32 hashes).
 */
class FastTextHashTest {

  private static long u(int h) {
    return Integer.toUnsignedLong(h);
  }

  @Test
  void stringHashesMatchTheTool() {
    assertEquals(3826002220L, u(FastTextHash.hash("a")));
    assertEquals(3617362777L, u(FastTextHash.hash("</s>")));
    assertEquals(717543023L, u(FastTextHash.hash("中国")));
    assertEquals(1017908609L, u(FastTextHash.hash("北京")));
    assertEquals(2204075248L, u(FastTextHash.hash("fenlei")));
    assertEquals(435133093L, u(FastTextHash.hash("\uD840\uDC00")), "a surrogate pair is one 4-byte character");
  }

  @Test
  void wordNgramBucketsMatchTheTool() {
    long h = FastTextHash.extend(FastTextHash.hash("中国"), FastTextHash.hash("北京"));
    assertEquals(83270417502497142L, h);
    assertEquals(497142, FastTextHash.bucketOf(h, 2_000_000));
    h = FastTextHash.extend(FastTextHash.hash("北京"), FastTextHash.hash("</s>"));
    assertEquals(330420, FastTextHash.bucketOf(h, 2_000_000));
  }

  @Test
  void characterNgramsOfAWordAreTheToolsAndIncremental() {
    assertEquals(752166, FastTextHash.bucketOf(FastTextHash.hash("<中"), 2_000_000));
    Dictionary d = new Dictionary(new String[] {"x"}, new long[] {1}, new String[0], new long[0], 1, 1, 2_000_000,
        1, 2, null, null, null);
    IntList rows = new IntList(8);
    d.charNgrams("中国", rows);
    int[] expected = new int[5];
    String[] grams = {"<中", "中", "中国", "国", "国>"};
    for (int i = 0; i < grams.length; i++) {
      expected[i] = 1 + FastTextHash.bucketOf(FastTextHash.hash(grams[i]), 2_000_000);
    }
    assertArrayEquals(expected, rows.toArray());
  }

  @Test
  void loneSurrogateHashesAsQuestionMarkLikeGetBytes() {
    assertEquals(FastTextHash.hash("a?b"), FastTextHash.hash("a\uD800b"));
  }
}
