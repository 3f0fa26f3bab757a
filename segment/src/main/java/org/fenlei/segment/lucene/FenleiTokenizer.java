package org.fenlei.segment.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.Token;

/**
 * A Lucene {@link Tokenizer} that runs a fenlei {@link Segmenter} over its input, streaming: it reads the input
 * in chunks of 8,192 characters or more that end at whitespace, so memory stays bounded by the longest run of
 * text without whitespace, not by the document. The jieba segmenter gives the same tokens as on the whole text
 * (it never looks across whitespace); smartcn may see a sentence cut at a chunk's end.
 *
 * <p>Terms are the tokens' texts (after the chain's folds and filters), offsets their spans in the original
 * input (through {@link #correctOffset}), and the type is the part-of-speech tag when the chain tags, else
 * {@code word}. Tokens come in order of start offset. In search mode, the sub-words of a word follow it with a
 * position increment of 0, each with its own offsets inside the word's, so both {@code 中华人民共和国} and
 * {@code 人民} match at that position. Tokens removed by filters leave no position gap.
 */
public final class FenleiTokenizer extends Tokenizer {
  private static final int CHUNK = 8192;
  private static final Comparator<Token> ORDER =
      Comparator.comparingInt(Token::start).thenComparing(Comparator.comparingInt(Token::end).reversed());

  private final Segmenter segmenter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private char[] buffer = new char[CHUNK];
  /** Characters in {@link #buffer}. */
  private int length;
  /** Offset in the input of {@code buffer[0]}. */
  private int bufferStart;
  private boolean exhausted;
  private List<Token> tokens = new ArrayList<>();
  private int next;
  /** Offset in the input of the chunk {@link #tokens} came from. */
  private int chunkStart;
  /** End offset of the last token with a position increment of 1 (sub-words inside it get 0). */
  private int wordEnd;

  /**
   * A tokenizer over {@code segmenter}, with Lucene's default attribute factory.
   *
   * @param segmenter the segmenter to run on each chunk of the input
   * @throws NullPointerException when {@code segmenter} is {@code null}
   */
  public FenleiTokenizer(Segmenter segmenter) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (next >= tokens.size()) {
      if (!nextChunk()) {
        return false;
      }
    }
    Token t = tokens.get(next++);
    int start = chunkStart + t.start();
    int end = chunkStart + t.end();
    term.setEmpty().append(t.text());
    offset.setOffset(correctOffset(start), correctOffset(end));
    boolean inside = start < wordEnd && end <= wordEnd;
    positionIncrement.setPositionIncrement(inside ? 0 : 1);
    if (!inside) {
      wordEnd = end;
    }
    type.setType(t.tag() == null ? TypeAttribute.DEFAULT_TYPE : t.tag());
    return true;
  }

  /**
   * Fills the buffer, then segments it up to its last whitespace (or all of it at the end of the input); a buffer
   * without whitespace grows. False at the end of the input.
   */
  private boolean nextChunk() throws IOException {
    while (true) {
      while (!exhausted && length < buffer.length) {
        int n = input.read(buffer, length, buffer.length - length);
        if (n < 0) {
          exhausted = true;
        } else {
          length += n;
        }
      }
      int cut = exhausted ? length : lastBreak();
      if (cut == 0) {
        if (exhausted) {
          return false;
        }
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
        continue;
      }
      tokens = new ArrayList<>(segmenter.segment(new String(buffer, 0, cut)));
      tokens.sort(ORDER);
      next = 0;
      chunkStart = bufferStart;
      System.arraycopy(buffer, cut, buffer, 0, length - cut);
      length -= cut;
      bufferStart += cut;
      return true;
    }
  }

  /** One past the last whitespace character in the buffer, or 0 when there is none. */
  private int lastBreak() {
    for (int i = length - 1; i >= 0; i--) {
      if (isBreak(buffer[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Whitespace as Python's {@code \s} (and so jieba) has it: segmentation never crosses it. */
  private static boolean isBreak(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F') || c == '\u0085'
        || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
        || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(bufferStart + length);
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    bufferStart = 0;
    exhausted = false;
    tokens = new ArrayList<>();
    next = 0;
    chunkStart = 0;
    wordEnd = 0;
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (buffer.length > CHUNK) {
      buffer = new char[CHUNK];
    }
    tokens = new ArrayList<>();
  }
}
