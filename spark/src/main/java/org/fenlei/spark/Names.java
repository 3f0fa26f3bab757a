package org.fenlei.spark;

import java.net.URI;
import java.nio.file.Path;

/** Input files named as the user named them, which is how {@code fenlei classify} names documents. */
final class Names {
  private Names() {}

  /**
   * The name of a file Spark read, in the user's terms.
   *
   * @param given the input as given, e.g. {@code docs/}
   * @param root the input qualified by its file system, e.g. {@code file:/home/u/docs}
   * @param file the file as Spark names it, e.g. {@code file:///home/u/docs/a/1.txt}
   * @return {@code docs/a/1.txt}; {@code given} for the input itself; the file's URI when it is elsewhere
   */
  static String given(String given, String root, String file) {
    String f = normal(file);
    String r = normal(root);
    if (f.equals(r)) {
      return local(given) ? Path.of(given).toString() : given;
    }
    if (f.startsWith(r + "/")) {
      String rest = f.substring(r.length() + 1);
      return local(given) ? Path.of(given).resolve(rest).toString() : given.replaceAll("/+$", "") + "/" + rest;
    }
    return f;
  }

  /** A URI without an empty authority ({@code file:///x} and {@code file:/x} alike) and decoded. */
  private static String normal(String uri) {
    URI u = URI.create(uri.replace(" ", "%20")).normalize();
    String s = u.getScheme() == null ? "" : u.getScheme() + ":";
    if (u.getAuthority() != null && !u.getAuthority().isEmpty()) {
      s += "//" + u.getAuthority();
    }
    return s + u.getPath().replaceAll("/+$", "");
  }

  private static boolean local(String given) {
    return !given.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") || given.startsWith("file:");
  }
}
