/**
 * Chinese word segmentation. The API is {@link org.fenlei.segment.Segmenter}, {@link org.fenlei.segment.Token},
 * {@link org.fenlei.segment.SegmenterConfig} and {@link org.fenlei.segment.Segmenters}; everything else is
 * package-private.
 *
 * <p>The {@code jieba} segmenter reproduces Python jieba 0.42.1's precise mode ({@code jieba.lcut}) token for
 * token, minus whitespace tokens: {@code JiebaCutter} splits blocks and follows the dictionary route,
 * {@code FinalSeg} runs the HMM over leftover single characters, {@code Lexicon} answers frequency questions
 * from a shared {@code HashTrie} plus a per-segmenter user-word trie, and {@code DefaultModels} loads jieba's
 * tables once.
 */
package org.fenlei.segment;
