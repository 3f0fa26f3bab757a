package org.fenlei.neural;

/**
 * The fastText tool's feature hashes, part of both model formats (named {@value #NAME} in fenlei's) and never to
 * change in place:
 *
 * <ul>
 *   <li>a string hashes by 32-bit FNV-1a over its UTF-8 bytes, where each byte is sign-extended before the xor
 *       (the tool reads {@code char} as signed, and kept that for its released models);
 *   <li>a word n-gram {@code w[i..j]} is {@code h = hash(w[i]); h = h * 116049371 + hash(w[k])} in unsigned 64-bit
 *       arithmetic, with each 32-bit hash sign-extended to 64 bits, bucket {@code h mod bucket};
 *   <li>a character n-gram of {@code <word>} ({@code n} code points) is {@code hash(ngram) mod bucket}, unsigned.
 * </ul>
 *
 * Strings are hashed by code point: a surrogate pair is one 4-byte UTF-8 sequence, a lone surrogate is {@code ?}
 * as {@link String#getBytes} encodes it.
 */
final class FastTextHash {
  static final String NAME = "fasttext-fnv1a32-signed-bytes";
  static final int FNV_OFFSET_BASIS = 0x811C9DC5; // 2166136261
  static final int FNV_PRIME = 16777619;
  static final long NGRAM_MULTIPLIER = 116049371L;

  private FastTextHash() {}

  static int hash(CharSequence s) {
    return hash(FNV_OFFSET_BASIS, s, 0, s.length());
  }

  /** Continues hash state {@code h} over the UTF-8 bytes of {@code s[from, to)}. */
  static int hash(int h, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        h = mix(h, c);
      } else if (c < 0x800) {
        h = mix(mix(h, 0xC0 | (c >> 6)), 0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        h = mix(h, 0xF0 | (cp >> 18));
        h = mix(h, 0x80 | ((cp >> 12) & 0x3F));
        h = mix(h, 0x80 | ((cp >> 6) & 0x3F));
        h = mix(h, 0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        h = mix(h, '?');
      } else {
        h = mix(mix(mix(h, 0xE0 | (c >> 12)), 0x80 | ((c >> 6) & 0x3F)), 0x80 | (c & 0x3F));
      }
    }
    return h;
  }

  /** One FNV-1a step over one byte; {@code (byte) b} sign-extends as the tool's {@code int8_t} cast does. */
  static int mix(int h, int b) {
    return (h ^ (byte) b) * FNV_PRIME;
  }

  /** One step of the word n-gram hash: the n-gram hash {@code h} extended by the next word's hash. */
  static long extend(long h, int next) {
    return h * NGRAM_MULTIPLIER + next; // uint64 wrap-around; int -> long sign-extends as int32 -> uint64 does
  }

  static int bucketOf(long h, int buckets) {
    return (int) Long.remainderUnsigned(h, buckets);
  }

  static int bucketOf(int h, int buckets) {
    return Integer.remainderUnsigned(h, buckets);
  }
}
