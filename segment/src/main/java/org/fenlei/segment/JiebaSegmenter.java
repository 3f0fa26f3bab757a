package org.fenlei.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** jieba precise mode as a {@link Segmenter}. Immutable; all working state lives in a per-call {@link Scratch}. */
final class JiebaSegmenter implements Segmenter {
  private final SegmenterConfig config;
  private final JiebaCutter cutter;

  JiebaSegmenter(SegmenterConfig config, JiebaCutter cutter) {
    this.config = config;
    this.cutter = cutter;
  }

  @Override
  public List<Token> segment(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    char[] s = new char[n];
    if (text instanceof String str) {
      str.getChars(0, n, s, 0);
    } else {
      for (int i = 0; i < n; i++) {
        s[i] = text.charAt(i);
      }
    }
    List<Token> out = new ArrayList<>(n / 2 + 1);
    cutter.cut(s, 0, n, new Scratch(), out);
    return out;
  }

  @Override
  public SegmenterConfig config() {
    return config;
  }

  @Override
  public String toString() {
    return "JiebaSegmenter" + (config.hmm() ? "" : "[no HMM]")
        + (config.userDict().isEmpty() ? "" : "[" + config.userDict().size() + " user dictionary lines]");
  }
}
