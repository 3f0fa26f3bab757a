package org.fenlei.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A trainer's {@code key=value} settings (the command's {@code --set}). Every key must be read by the trainer:
 * {@link #requireAllUsed} fails on the others, naming the keys the trainer knows. Bad values throw
 * {@link SettingsException}.
 */
public final class Settings {
  private final Map<String, String> values = new LinkedHashMap<>();
  private final TreeSet<String> known = new TreeSet<>();

  public Settings(List<String> pairs) {
    for (String p : pairs) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new SettingsException("a setting is key=value, got '" + p + "'");
      }
      values.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
    }
  }

  /**
   * Runs {@code build} (typically an options constructor fed from settings) and reports any
   * {@link IllegalArgumentException} it throws as a {@link SettingsException}: a bad value is bad usage.
   */
  public static <T> T validated(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (SettingsException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
  }

  public String string(String key, String fallback) {
    known.add(key);
    return values.getOrDefault(key, fallback);
  }

  public int integer(String key, int fallback) {
    String v = string(key, null);
    try {
      return v == null ? fallback : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new SettingsException("setting " + key + " expects an integer, got '" + v + "'");
    }
  }

  public double real(String key, double fallback) {
    String v = string(key, null);
    try {
      return v == null ? fallback : Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new SettingsException("setting " + key + " expects a number, got '" + v + "'");
    }
  }

  public boolean bool(String key, boolean fallback) {
    String v = string(key, null);
    if (v == null) {
      return fallback;
    }
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new SettingsException("setting " + key + " expects true or false, got '" + v + "'");
    };
  }

  /** Fails on any key that no accessor asked for, naming the keys the model kind knows. */
  public void requireAllUsed(String kind) {
    List<String> unknown = new ArrayList<>();
    for (String k : values.keySet()) {
      if (!known.contains(k)) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      throw new SettingsException("unknown setting(s) " + unknown + " for model " + kind + " (known: "
          + String.join(", ", known) + ")");
    }
  }
}
