package org.fenlei.corpora;

import java.util.Locale;

/** Which character set a corpus is read in; {@link #AUTO} detects it per file (see {@link Charsets#detect}). */
public enum CharsetChoice {
  UTF_8,
  /** GB18030, a superset of GBK and GB2312. */
  GB18030,
  AUTO;

  /** Parses {@code utf-8}, {@code utf8}, {@code gb18030}, {@code gbk} or {@code auto}, ignoring case. */
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
