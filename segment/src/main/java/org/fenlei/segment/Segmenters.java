package org.fenlei.segment;

import java.util.Objects;

/** Creates segmenters from their configuration. */
public final class Segmenters {
  private Segmenters() {}

  /**
   * A segmenter for {@code config}: for kind {@code jieba}, Python jieba's precise mode
   * ({@code jieba.lcut(text, HMM=config.hmm())}) over jieba's default dictionary plus {@code config.userDict()},
   * without whitespace tokens. The default dictionary and HMM load on first use and are shared; user words belong
   * to the returned segmenter alone. The result is immutable and safe to share between threads.
   *
   * @throws IllegalArgumentException naming the line, if a user dictionary line is malformed
   * @throws IllegalStateException naming the resource, if jieba's dictionary or HMM tables cannot be loaded
   */
  public static Segmenter create(SegmenterConfig config) {
    Objects.requireNonNull(config, "config");
    if (!config.kind().equals("jieba")) {
      throw new IllegalArgumentException("unknown segmenter '" + config.kind() + "' (known: jieba)");
    }
    Lexicon lexicon = config.userDict().isEmpty()
        ? DefaultModels.lexicon()
        : UserDictionary.overlay(DefaultModels.dictionary(), config.userDict());
    return new JiebaSegmenter(config, new JiebaCutter(lexicon, config.hmm() ? DefaultModels.hmm() : null));
  }
}
