package org.fenlei.segment;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lucene's smartcn ({@code lucene-analysis-smartcn}: sentence breaking, then a hidden Markov model over its own
 * dictionary) as a cutter. Token texts are the input's characters at smartcn's offsets, so Latin words keep
 * their case and full-width characters stay full-width (smartcn itself lower-cases and folds its terms; use the
 * filters for that). Whitespace is dropped: smartcn joins some characters across an ideographic space
 * ({@code U+3000}), and such a token is split there. Each call uses its own Lucene tokenizer, so one
 * instance is safe to share between threads.
 */
final class SmartcnCutter implements Cutter {
  @Override
  public void cut(char[] s, int from, int to, Scratch scratch, List<Token> out) {
    try (HMMChineseTokenizer tokenizer = new HMMChineseTokenizer()) {
      OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
      tokenizer.setReader(new CharArrayReader(s, from, to - from));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        int end = from + offsets.endOffset();
        for (int i = from + offsets.startOffset(); i < end; ) { // the runs between whitespace
          while (i < end && CharClass.isWhitespace(s[i])) {
            i++;
          }
          int start = i;
          while (i < end && !CharClass.isWhitespace(s[i])) {
            i++;
          }
          if (start < i) {
            JiebaCutter.emit(s, start, i, out);
          }
        }
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("smartcn failed on an in-memory text", e);
    }
  }
}
