package org.fenlei.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The {@code --set key=value} options of a verb; every key must be used by the chosen model kind. */
final class Settings {
  private final Map<String, String> values = new LinkedHashMap<>();
  private final TreeSet<String> known = new TreeSet<>();

  Settings(List<String> pairs) {
    for (String p : pairs) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--set expects key=value, got '" + p + "'");
      }
      values.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
    }
  }

  String string(String key, String fallback) {
    known.add(key);
    return values.getOrDefault(key, fallback);
  }

  int integer(String key, int fallback) {
    String v = string(key, null);
    try {
      return v == null ? fallback : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException("--set " + key + " expects an integer, got '" + v + "'");
    }
  }

  double real(String key, double fallback) {
    String v = string(key, null);
    try {
      return v == null ? fallback : Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new UsageException("--set " + key + " expects a number, got '" + v + "'");
    }
  }

  boolean bool(String key, boolean fallback) {
    String v = string(key, null);
    if (v == null) {
      return fallback;
    }
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new UsageException("--set " + key + " expects true or false, got '" + v + "'");
    };
  }

  /** Fails on any key that no accessor asked for, naming the keys the model kind knows. */
  void requireAllUsed(String kind) {
    List<String> unknown = new ArrayList<>();
    for (String k : values.keySet()) {
      if (!known.contains(k)) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      throw new UsageException("unknown --set key(s) " + unknown + " for model " + kind + " (known: "
          + String.join(", ", known) + ")");
    }
  }
}
