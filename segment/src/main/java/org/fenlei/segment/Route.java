package org.fenlei.segment;

/**
 * Chooses the route through a block's word graph: fills {@code scratch.next[i]}, the end of the word the route
 * takes at block position {@code i} (relative to the block start). Immutable.
 */
interface Route {
  void calc(char[] s, int start, int end, Scratch scratch);
}
