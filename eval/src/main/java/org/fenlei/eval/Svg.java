package org.fenlei.eval;

import java.util.Locale;

/** Inline SVG, written as text: the few shapes the report's charts are drawn with. */
final class Svg {
  static final String FONT = "font-family=\"inherit\"";
  private final StringBuilder sb = new StringBuilder();

  Svg(double width, double height, String description) {
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(width)).append(' ')
        .append(n(height)).append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
        .append("\" role=\"img\" aria-label=\"").append(Fmt.html(description)).append("\">\n");
  }

  static String n(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** A rectangle with an optional hover title. */
  Svg rect(double x, double y, double w, double h, String fill, String title) {
    sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, w)))
        .append("\" height=\"").append(n(Math.max(0, h))).append("\" fill=\"").append(fill).append('"');
    if (title == null) {
      sb.append("/>\n");
    } else {
      sb.append("><title>").append(Fmt.html(title)).append("</title></rect>\n");
    }
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
    sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(n(width)).append(dashed ? "\" stroke-dasharray=\"4 3\"/>\n" : "\"/>\n");
    return this;
  }

  /** Text anchored {@code start}, {@code middle} or {@code end}; {@code style} adds attributes (may be empty). */
  Svg text(double x, double y, String s, String anchor, double size, String fill, String style) {
    sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
        .append("\" font-size=\"").append(n(size)).append("\" fill=\"").append(fill).append('"')
        .append(style.isEmpty() ? "" : " " + style).append('>').append(Fmt.html(s)).append("</text>\n");
    return this;
  }

  Svg circle(double x, double y, double r, String fill, String title) {
    sb.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(fill).append("\" stroke=\"#fff\" stroke-width=\"1.5\"><title>")
        .append(Fmt.html(title)).append("</title></circle>\n");
    return this;
  }

  /** A polyline through {@code xy} pairs. */
  Svg polyline(double[] xy, String stroke, double width) {
    sb.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width))
        .append("\" stroke-linejoin=\"round\" points=\"");
    for (int i = 0; i + 1 < xy.length; i += 2) {
      sb.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
    }
    sb.append("\"/>\n");
    return this;
  }

  String end() {
    return sb.append("</svg>").toString();
  }

  /** Rough rendered width of {@code s}: CJK and other wide characters one em, the rest 0.6 em. */
  static double width(String s, double size) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      w += c >= 0x1100 ? size : 0.6 * size;
      i += Character.charCount(c);
    }
    return w;
  }

  /** {@code s} cut with an ellipsis to fit {@code max} pixels. */
  static String fit(String s, double size, double max) {
    if (width(s, size) <= max) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (width(out + new String(Character.toChars(c)), size) > max - size) {
        break;
      }
      out.appendCodePoint(c);
      i += Character.charCount(c);
    }
    return out + "…";
  }
}
