package org.fenlei.segment;

import java.util.List;

/**
 * Search mode, Python jieba's {@code cut_for_search}: before each word longer than two characters come the
 * dictionary words (frequency > 0) among its 2-grams, left to right, and, for words longer than three
 * characters, among its 3-grams; then the word itself. Lengths count code points, as Python's {@code len} does;
 * the sub-words carry their own spans inside the word's. So {@code 中华人民共和国} gives {@code 中华 华人 人民 共和
 * 共和国 中华人民共和国}.
 */
final class SearchFilter extends TokenFilter {
  private final Lexicon lexicon;

  SearchFilter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  void process(Token token, List<Token> out) {
    String w = token.text();
    int units = w.length();
    if (units > 2) {
      int points = w.codePointCount(0, units);
      if (points > 2) {
        grams(token, 2, points, out);
      }
      if (points > 3) {
        grams(token, 3, points, out);
      }
    }
    out.add(token);
  }

  /** The dictionary words among the {@code n}-grams of {@code token} (of {@code points} code points). */
  private void grams(Token token, int n, int points, List<Token> out) {
    String w = token.text();
    int from = 0;
    int to = w.offsetByCodePoints(0, n);
    for (int i = 0; i + n <= points; i++) {
      if (lexicon.freq(w, from, to) > 0) {
        out.add(new Token(w.substring(from, to), token.start() + from, token.start() + to));
      }
      if (i + n < points) {
        from += Character.charCount(w.codePointAt(from));
        to += Character.charCount(w.codePointAt(to));
      }
    }
  }
}
