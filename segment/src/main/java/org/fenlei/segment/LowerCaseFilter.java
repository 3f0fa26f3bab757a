package org.fenlei.segment;

import java.util.Locale;

/** Lower-cases token text ({@link Locale#ROOT} rules); spans stay those of the original characters. */
final class LowerCaseFilter extends MappingTokenFilter {
  @Override
  Token map(Token token) {
    String lower = token.text().toLowerCase(Locale.ROOT);
    return lower.equals(token.text()) ? token : new Token(lower, token.start(), token.end(), token.tag());
  }
}
