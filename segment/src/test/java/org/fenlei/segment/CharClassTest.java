package org.fenlei.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CharClassTest {
  /** Every BMP character matching Python 3.11's {@code re.match(r'\s', c)}. */
  private static final Set<Integer> PYTHON_WHITESPACE = Set.of(0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f,
      0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
      0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000);

  @Test
  void whitespaceIsPythonsBackslashS() {
    for (int c = 0; c <= 0xFFFF; c++) {
      assertEquals(PYTHON_WHITESPACE.contains(c), CharClass.isWhitespace((char) c), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void blockCharactersAreReHanDefault() {
    String ascii = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#&._%-";
    for (int c = 0; c <= 0xFFFF; c++) {
      boolean expected = (c >= 0x4E00 && c <= 0x9FD5) || ascii.indexOf(c) >= 0;
      assertEquals(expected, CharClass.isBlock((char) c), "U+" + Integer.toHexString(c));
    }
  }
}
