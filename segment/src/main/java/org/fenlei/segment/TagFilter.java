package org.fenlei.segment;

import java.util.List;

/**
 * Keeps (or drops) tokens whose part-of-speech tag belongs to one of the given tag classes; see
 * {@link Filter.Tags#matches} for what a class matches. Runs after the tagger, so every token has a tag.
 */
final class TagFilter extends FilteringTokenFilter {
  private final Filter.Tags tags;

  TagFilter(Filter.Tags tags) {
    this.tags = tags;
  }

  @Override
  boolean accept(Token token) {
    return tags.matches(token.tag()) == tags.keep();
  }
}
