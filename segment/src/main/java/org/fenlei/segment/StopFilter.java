package org.fenlei.segment;

import java.util.List;
import java.util.Set;

/** Drops tokens whose text is one of the stopwords (exact match; put a lower-case filter first to ignore case). */
final class StopFilter extends FilteringTokenFilter {
  private final Set<String> stopwords;

  StopFilter(List<String> stopwords) {
    this.stopwords = Set.copyOf(stopwords); // duplicates allowed: one of each is kept
  }

  @Override
  boolean accept(Token token) {
    return !stopwords.contains(token.text());
  }
}
