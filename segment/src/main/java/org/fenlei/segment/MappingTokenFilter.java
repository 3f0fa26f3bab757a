package org.fenlei.segment;

import java.util.List;

/** A stage that rewrites each token into exactly one token (same span). */
abstract class MappingTokenFilter extends TokenFilter {
  abstract Token map(Token token);

  @Override
  final void process(Token token, List<Token> out) {
    out.add(map(token));
  }
}
