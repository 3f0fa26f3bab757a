package org.fenlei.corpora;

import java.util.Locale;

/** Which character set a corpus is read in; {@link #AUTO} detects it per file (see {@link Charsets#detect}). */
public enum CharsetChoice {
  /** UTF-8. */
  UTF_8,
  /** GB18030, a superset of GBK and GB2312. */
  GB18030,
  /**
   * UTF-8 or GB18030, whichever detection ({@link Charsets}) chooses from a sample of each file's bytes, or of a
   * stream's first 64 KB.
   */
  AUTO;

  /**
   * Parses a character set name, ignoring case and surrounding white space.
   *
   * @param s {@code utf-8}, {@code utf8} or {@code utf_8} for {@link #UTF_8}; {@code gb18030}, {@code gbk} or
   *     {@code gb2312} for {@link #GB18030}; {@code auto} for {@link #AUTO}
   * @return the choice {@code s} names
   * @throws IllegalArgumentException when {@code s} is {@code null} or names none of these (the message lists the
   *     known names)
   */
  public static CharsetChoice parse(String s) {
    String name = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    switch (name) {
      case "utf-8": case "utf8": case "utf_8":
        return UTF_8;
      case "gb18030": case "gbk": case "gb2312":
        return GB18030;
      case "auto":
        return AUTO;
      default:
        throw new IllegalArgumentException("unknown charset '" + s + "' (known: utf-8, utf8, gb18030, gbk, auto)");
    }
  }
}
