package org.fenlei.segment;

import java.util.List;

/** A stage that keeps the tokens its predicate accepts and drops the others. */
abstract class FilteringTokenFilter extends TokenFilter {
  abstract boolean accept(Token token);

  @Override
  final void process(Token token, List<Token> out) {
    if (accept(token)) {
      out.add(token);
    }
  }
}
