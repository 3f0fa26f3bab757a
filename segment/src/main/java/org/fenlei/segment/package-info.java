/**
 * Chinese word segmentation as a chain of small stages, configured by data. The API is {@link
 * org.fenlei.segment.Segmenter}, {@link org.fenlei.segment.Token}, {@link org.fenlei.segment.SegmenterConfig} (the
 * whole chain as a record that model files store), {@link org.fenlei.segment.Filter} (the filter stages as data),
 * {@link org.fenlei.segment.Segmenters} (which composes a chain) and {@link org.fenlei.segment.SegmenterBuilder};
 * {@code org.fenlei.segment.lucene} puts a chain behind a Lucene {@code Analyzer}. Everything else is
 * package-private.
 *
 * <p>The chain, composed in {@code Segmenters.create}: {@code CharFold}s (full-width, Traditional-to-Simplified)
 * on the characters; a {@code Cutter} ({@code JiebaCutter} or {@code SmartcnCutter}) behind the {@code UrlGuard}
 * pre-pass; then {@code TokenFilter}s: {@code SearchFilter} (search mode), {@code PosTagger}, and the configured
 * {@code LowerCaseFilter}, {@code StopFilter}, {@code TagFilter}, {@code MinLengthFilter}. {@code TokenFilter}
 * owns the loop; {@code FilteringTokenFilter} subclasses write one {@code accept} predicate.
 *
 * <p>The {@code jieba} cutter reproduces Python jieba 0.42.1's precise mode ({@code jieba.lcut}) token for
 * token, minus whitespace tokens: {@code JiebaCutter} splits blocks and follows the dictionary route
 * ({@code ProbRoute}, or {@code UserFirstRoute} when user words take precedence), {@code FinalSeg} runs the HMM
 * over leftover single characters, {@code Lexicon} answers frequency and tag questions from a shared
 * {@code HashTrie} plus a per-segmenter user-word trie, and {@code DefaultModels} loads jieba's and fenlei's
 * tables once.
 */
package org.fenlei.segment;
