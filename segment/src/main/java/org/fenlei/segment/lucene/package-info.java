/**
 * A fenlei segmenter's whole chain behind Lucene's analysis API: {@link org.fenlei.segment.lucene.FenleiAnalyzer}
 * (an {@code Analyzer} built from a {@link org.fenlei.segment.SegmenterConfig} or a
 * {@link org.fenlei.segment.Segmenter}) and {@link org.fenlei.segment.lucene.FenleiTokenizer} (the streaming
 * {@code Tokenizer} it creates, which documents terms, offsets, position increments and types). Lucene is an
 * optional dependency of fenlei-segment: code that uses this package needs {@code lucene-core} on the class path.
 */
package org.fenlei.segment.lucene;
