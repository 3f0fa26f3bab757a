package org.fenlei.features;

/**
 * The feature hash, part of the model format: MurmurHash3 (x86, 32-bit) over the term's Unicode code points,
 * each code point one little-endian 32-bit block, so a supplementary character (a surrogate pair in Java)
 * hashes as one unit on every path. The finalisation mixes in the byte length, 4 per code point. Never change
 * it in place: add a new function with a new {@link #NAME} and keep this one for stored models.
 */
final class TermHash {
  /** The name written into model files. */
  static final String NAME = "murmur3_32_codepoints";
  /** The seed of feature hashing. */
  static final int SEED = 0x5eed_f1e1;

  private TermHash() {}

  static int murmur3CodePoints(CharSequence s, int seed) {
    int h = seed;
    int blocks = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      int k = cp * 0xcc9e2d51;
      k = Integer.rotateLeft(k, 15);
      k *= 0x1b873593;
      h ^= k;
      h = Integer.rotateLeft(h, 13);
      h = h * 5 + 0xe6546b64;
      blocks++;
    }
    h ^= blocks * 4;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** The bucket of {@code term} among {@code buckets}: the hash read as unsigned, modulo the bucket count. */
  static int bucket(CharSequence term, int buckets) {
    return (int) (Integer.toUnsignedLong(murmur3CodePoints(term, SEED)) % buckets);
  }
}
