package org.fenlei.segment.lucene;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;

/**
 * A Lucene {@link Analyzer} over a fenlei segmenter's whole chain (folds, cutter, search-mode sub-words, tags,
 * filters), so Lucene indexes Chinese text exactly as fenlei segments it for classification:
 * <pre>{@code
 * Analyzer a = new FenleiAnalyzer(SegmenterConfig.jieba()
 *     .withMode(SegmenterConfig.Mode.SEARCH)
 *     .withFilters(List.of(Filter.fullWidth(), Filter.lowerCase(), Filter.defaultStopwords())));
 * }</pre>
 * See {@link FenleiTokenizer} for offsets, positions and types. Thread-safe, as analyzers must be.
 */
public final class FenleiAnalyzer extends Analyzer {
  private final Segmenter segmenter;

  /**
   * An analyzer over the segmenter {@link Segmenters#create} makes for {@code config}.
   *
   * @param config the chain to run
   * @throws NullPointerException when {@code config} is {@code null}
   * @throws IllegalArgumentException naming the line, if a user dictionary line is malformed
   * @throws IllegalStateException naming the resource, if a dictionary or table cannot be loaded
   */
  public FenleiAnalyzer(SegmenterConfig config) {
    this(Segmenters.create(config));
  }

  /**
   * An analyzer over {@code segmenter}, which every token stream it creates shares.
   *
   * @param segmenter the segmenter to run
   * @throws NullPointerException when {@code segmenter} is {@code null}
   */
  public FenleiAnalyzer(Segmenter segmenter) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  /**
   * The segmenter this analyzer runs.
   *
   * @return the segmenter
   */
  public Segmenter segmenter() {
    return segmenter;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new FenleiTokenizer(segmenter));
  }
}
