package org.fenlei.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A stage of the chain after the cutter: owns the loop over the tokens of one text and asks {@link #process} what
 * each token becomes. Subclasses that only drop tokens extend {@link FilteringTokenFilter}, those that only
 * rewrite one token into one extend {@link MappingTokenFilter}. Immutable; safe to share between threads.
 */
abstract class TokenFilter {
  /** The tokens after this stage, in order. */
  final List<Token> apply(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      process(t, out);
    }
    return out;
  }

  /** Appends what {@code token} becomes to {@code out}: nothing, itself, a rewritten token, or several tokens. */
  abstract void process(Token token, List<Token> out);
}
