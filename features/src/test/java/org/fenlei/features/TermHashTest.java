package org.fenlei.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** The feature hash is part of the model format: these answers must never change. */
class TermHashTest {
  /** MurmurHash3 x86_32 over bytes, the textbook form (SMHasher), as an independent reference. */
  static int murmur3Bytes(byte[] data, int seed) {
    int h = seed;
    int blocks = data.length / 4;
    for (int i = 0; i < blocks; i++) {
      int k = (data[4 * i] & 0xff) | (data[4 * i + 1] & 0xff) << 8 | (data[4 * i + 2] & 0xff) << 16
          | (data[4 * i + 3] & 0xff) << 24;
      k *= 0xcc9e2d51;
      k = Integer.rotateLeft(k, 15);
      k *= 0x1b873593;
      h ^= k;
      h = Integer.rotateLeft(h, 13);
      h = h * 5 + 0xe6546b64;
    }
    h ^= data.length;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  @Test
  void publishedMurmur3Vectors() {
    assertEquals(0, TermHash.murmur3CodePoints("", 0));
    assertEquals(0x514E28B7, TermHash.murmur3CodePoints("", 1));
    assertEquals(0x2362F9DE, TermHash.murmur3CodePoints("\u0000", 0)); // four zero bytes, seed 0
  }

  @Test
  void equalsMurmur3OverUtf32LittleEndian() {
    Charset utf32le = Charset.forName("UTF-32LE");
    for (String s : new String[] {"a", "中文", "分类 模型", "𠀀", "𠀀𪚥a", "Ｆｕｌｌ", "x".repeat(37)}) {
      assertEquals(murmur3Bytes(s.getBytes(utf32le), TermHash.SEED), TermHash.murmur3CodePoints(s, TermHash.SEED), s);
    }
  }

  @Test
  void knownAnswers() {
    // fixed forever: a change here breaks every hashed model in the wild
    assertEquals(0xBC96DEF4, TermHash.murmur3CodePoints("中文", TermHash.SEED));
    assertEquals(0x3332D8D2, TermHash.murmur3CodePoints("𠀀", TermHash.SEED));
    assertEquals(TermHash.bucket("𠀀", 1 << 20), (int) (Integer.toUnsignedLong(0x3332D8D2) % (1 << 20)));
  }
}
