package org.fenlei.neural;

import java.util.Locale;

/** The training losses of fastText, by the tool's names ({@code -loss}); {@link #code} is its file format's. */
public enum Loss {
  /** Hierarchical softmax over a Huffman tree of the label counts: fast with many labels. */
  HS(1),
  /** Negative sampling. */
  NS(2),
  /** Softmax over all labels: the supervised default. */
  SOFTMAX(3),
  /** One-vs-all: one sigmoid per label, the multi-label loss. */
  OVA(4);

  /** The number the tool's {@code .bin} files store. */
  public final int code;

  Loss(int code) {
    this.code = code;
  }

  /**
   * The tool's name: {@code hs}, {@code ns}, {@code softmax} or {@code ova}.
   *
   * @return the lower-case name
   */
  public String toolName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The loss of a tool name, ignoring case and surrounding white space.
   *
   * @param name {@code hs}, {@code ns}, {@code softmax}, {@code ova} or {@code one-vs-all}
   * @return the loss
   * @throws IllegalArgumentException for any other name
   */
  public static Loss parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("one-vs-all")) {
      return OVA;
    }
    for (Loss l : values()) {
      if (l.toolName().equals(n)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown loss '" + name + "' (known: hs, ns, softmax, ova)");
  }

  static Loss ofCode(int code) {
    for (Loss l : values()) {
      if (l.code == code) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown loss code " + code);
  }
}
