package org.fenlei.segment;

/**
 * Gives each token a part-of-speech tag of jieba's tag set, by these rules in order:
 * <ol>
 *   <li>a word of the user dictionary with a tag, or of jieba's dictionary: that tag (as Python jieba's
 *       {@code posseg} takes it from {@code dict.txt});</li>
 *   <li>a URL or e-mail address ({@link UrlGuard}): {@code xu} (the URL tag of the ICTCLAS family; jieba's set has
 *       none);</li>
 *   <li>a number, ASCII digits with {@code . , %} among them ({@code 2024}, {@code 3.14%}): {@code m}
 *       (full-width digits, which jieba cuts one by one, are {@code x} as in {@code posseg}, unless the
 *       full-width fold turned them into ASCII first);</li>
 *   <li>a Latin word, ASCII letters with digits or {@code + # & . _ % -} among them ({@code Python},
 *       {@code iPhone15}): {@code eng};</li>
 *   <li>a word of two or more characters of {@code [\u4E00-\u9FD5]} (an HMM word): what the
 *       {@link UnknownWordTagger} guesses from its first and last character;</li>
 *   <li>any other word of two or more characters with a letter among them (a user word mixing scripts, say):
 *       {@code nz};</li>
 *   <li>anything else (punctuation, symbols, emoji, a rare character alone): {@code x}.</li>
 * </ol>
 * Where Python's {@code posseg} cuts the same token, the tags agree on 98-99% of tokens of the MSR and PKU test
 * texts (BENCHMARKS.md); {@code posseg} runs its own joint HMM over unknown words and tags lone digits {@code x}.
 */
final class PosTagger extends MappingTokenFilter {
  private final Lexicon lexicon;
  private final UnknownWordTagger unknown;

  PosTagger(Lexicon lexicon, UnknownWordTagger unknown) {
    this.lexicon = lexicon;
    this.unknown = unknown;
  }

  @Override
  Token map(Token token) {
    return new Token(token.text(), token.start(), token.end(), tag(token.text()));
  }

  String tag(String w) {
    String known = lexicon.tag(w);
    if (known != null) {
      return known;
    }
    if (w.length() > 4 && UrlGuard.isWhole(w)) {
      return "xu";
    }
    boolean digit = false;
    boolean letter = false;
    boolean numberOnly = true;
    boolean latinOnly = true;
    boolean han = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean d = CharClass.isAsciiDigit(c);
      boolean l = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      digit |= d;
      letter |= l;
      numberOnly &= d || c == '.' || c == ',' || c == '%';
      latinOnly &= l || (c < 128 && CharClass.isBlock(c));
      han &= CharClass.isHan(c);
    }
    if (digit && numberOnly) {
      return "m";
    }
    if (letter && latinOnly) {
      return "eng";
    }
    if (han && w.length() >= 2) {
      return unknown.tag(w);
    }
    return w.codePointCount(0, w.length()) >= 2 && w.codePoints().anyMatch(Character::isLetter) ? "nz" : "x";
  }
}
