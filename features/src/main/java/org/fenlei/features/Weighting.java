package org.fenlei.features;

/** How a term's count in a document becomes its feature value. */
public enum Weighting {
  /** The term frequency {@code tf}: the count, or {@code 1 + ln count} when sublinear. */
  COUNT,
  /** 1 when present. */
  BINARY,
  /**
   * {@code tf * idf} with {@code tf} as for {@link #COUNT} and {@code idf = ln((1 + n) / (1 + df)) + 1}
   * (scikit-learn's smooth idf), {@code n} training documents of which {@code df} contain the term.
   */
  TFIDF;

  /**
   * The weighting of a name, ignoring case.
   *
   * @param s {@code count}, {@code binary} or {@code tfidf}
   * @return the weighting
   * @throws IllegalArgumentException for an unknown name
   */
  public static Weighting parse(String s) {
    for (Weighting w : values()) {
      if (w.name().equalsIgnoreCase(s)) {
        return w;
      }
    }
    throw new IllegalArgumentException("unknown weighting '" + s + "' (known: count, binary, tfidf)");
  }
}
