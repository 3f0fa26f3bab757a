package org.fenlei.eval;

import java.util.Locale;

/** How reports write numbers and text: undefined values as the word, text escaped for its format. */
final class Fmt {
  private Fmt() {}

  static final String UNDEFINED = "undefined";

  static String num(double v) {
    return Double.isNaN(v) ? UNDEFINED : String.format(Locale.ROOT, "%.4f", v);
  }

  /** A score: three decimals, or two significant digits below 0.001 so that tiny scores are not shown as 0. */
  static String score(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return v == 0 || Math.abs(v) >= 0.001 ? String.format(Locale.ROOT, "%.3f", v)
        : String.format(Locale.ROOT, "%.1e", v);
  }

  /** An axis tick: 0, 0.25, 0.5, 1. */
  static String tick(double v) {
    return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  /** A threshold with up to four decimals: 0.5, 0.01, 0.0005. */
  static String tick3(double v) {
    return java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  static String pct(double v) {
    return Double.isNaN(v) ? UNDEFINED : v > 0 && v < 0.001 ? "<0.1%" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  static String count(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  static String interval(Interval ci) {
    return ci == null ? "" : ci.defined() ? num(ci.low()) + "–" + num(ci.high()) : UNDEFINED;
  }

  static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** A Markdown table cell: pipes escaped, line breaks and HTML-significant characters neutralised. */
  static String md(String s) {
    return oneLine(s).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`");
  }

  static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ");
  }

  /** At most {@code max} code points of {@code text} on one line, with an ellipsis when cut. */
  static String excerpt(String text, int max) {
    if (text == null) {
      return "";
    }
    String s = oneLine(text).strip();
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max)) + "…";
  }
}
