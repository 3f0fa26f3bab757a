package org.fenlei.features;

/** How a term's count in a document becomes its feature value. */
public enum Weighting {
  /** The raw count. */
  COUNT,
  /** 1 when present. */
  BINARY,
  /** (1 + ln tf) * idf, idf = ln((1 + n) / (1 + df)) + 1 (scikit-learn's smooth idf with sublinear tf). */
  TFIDF;

  public static Weighting parse(String s) {
    for (Weighting w : values()) {
      if (w.name().equalsIgnoreCase(s)) {
        return w;
      }
    }
    throw new IllegalArgumentException("unknown weighting '" + s + "' (known: count, binary, tfidf)");
  }
}
