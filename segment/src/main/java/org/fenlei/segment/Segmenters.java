package org.fenlei.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Creates segmenters from their configuration: the one place where a chain is composed. */
public final class Segmenters {
  private Segmenters() {}

  /**
   * The segmenter {@code config} describes, composed as
   * <pre>
   *   character folds (full-width, Traditional-to-Simplified)
   *   -> cutter: jieba (precise, route + HMM over the default dictionary and config.userDict()) or smartcn,
   *      behind the URL and e-mail pre-pass
   *   -> search-mode sub-words -> part-of-speech tags -> token filters (lower-case, stopwords, tags, length)
   * </pre>
   * The jieba cutter is Python jieba 0.42.1's precise mode ({@code jieba.lcut(text, HMM=config.hmm())}) without
   * whitespace tokens, except where URL protection or user-word precedence says otherwise. The default dictionary,
   * HMM and tables load on first use and are shared; user words belong to the returned segmenter alone. The result
   * is immutable and safe to share between threads.
   *
   * @param config the chain to build
   * @return the segmenter; its {@link Segmenter#config()} is {@code config}
   * @throws NullPointerException when {@code config} is {@code null}
   * @throws IllegalArgumentException naming the line, if a user dictionary line is malformed
   * @throws IllegalStateException naming the resource, if a dictionary or table cannot be loaded
   */
  public static Segmenter create(SegmenterConfig config) {
    return build(config);
  }

  /** Lucene's smartcn, which is an optional dependency of fenlei-segment. */
  private static Cutter smartcn() {
    try {
      return new SmartcnCutter();
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("the smartcn segmenter needs Lucene on the class path "
          + "(org.apache.lucene:lucene-analysis-smartcn, lucene-analysis-common and lucene-core 9.12): " + e.getMessage(),
          e);
    }
  }

  private static Segmenter build(SegmenterConfig config) {
    Objects.requireNonNull(config, "config");
    Lexicon lexicon = config.userDict().isEmpty()
        ? DefaultModels.lexicon()
        : UserDictionary.overlay(DefaultModels.dictionary(), config.userDict());
    List<CharFold> folds = new ArrayList<>();
    List<TokenFilter> filters = new ArrayList<>();
    Cutter cutter = config.kind().equals(SegmenterConfig.SMARTCN)
        ? smartcn()
        : new JiebaCutter(lexicon, config.hmm() ? DefaultModels.hmm() : null, config.userFirst());
    if (config.protectUrls()) {
      cutter = new UrlGuard(cutter);
    }
    if (config.mode() == SegmenterConfig.Mode.SEARCH) {
      filters.add(new SearchFilter(lexicon));
    }
    if (config.pos()) {
      filters.add(new PosTagger(lexicon, DefaultModels.unknownWordTagger()));
    }
    for (Filter f : config.filters()) {
      if (f instanceof Filter.FullWidth) {
        folds.add(CharFold.fullWidth());
      } else if (f instanceof Filter.TraditionalToSimplified) {
        folds.add(DefaultModels.traditionalToSimplified());
      } else if (f instanceof Filter.LowerCase) {
        filters.add(new LowerCaseFilter());
      } else if (f instanceof Filter.MinLength m) {
        filters.add(new MinLengthFilter(m.codePoints()));
      } else if (f instanceof Filter.Stopwords s) {
        filters.add(new StopFilter(s.words()));
      } else if (f instanceof Filter.Tags t) {
        filters.add(new TagFilter(t));
      } else {
        throw new IllegalStateException("no stage for filter " + f);
      }
    }
    return new ChainSegmenter(config, folds, cutter, filters);
  }

  /**
   * A builder starting from {@link SegmenterConfig#jieba()}.
   *
   * @return a new builder
   */
  public static SegmenterBuilder builder() {
    return new SegmenterBuilder(SegmenterConfig.jieba());
  }

  /**
   * A builder starting from {@code config} (whose user dictionary lines it keeps and adds to).
   *
   * @param config the configuration to start from
   * @return a new builder
   * @throws NullPointerException when {@code config} is {@code null}
   */
  public static SegmenterBuilder builder(SegmenterConfig config) {
    return new SegmenterBuilder(Objects.requireNonNull(config, "config"));
  }
}
