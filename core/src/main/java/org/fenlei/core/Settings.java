package org.fenlei.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A model's {@code key=value} settings (the command's {@code --set}), immutable. {@link #validate} checks them
 * against the {@link Setting}s a trainer declares (unknown keys, with the nearest known key suggested, and bad
 * values are rejected at once); {@link #get} then gives each typed value or its default.
 */
public final class Settings {
  private static final Settings EMPTY = new Settings(Map.of());
  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * No settings: every key at its default.
   *
   * @return the empty settings
   */
  public static Settings empty() {
    return EMPTY;
  }

  /**
   * Settings from {@code key=value} texts; a later key replaces an earlier one.
   *
   * @param pairs texts of the form {@code key=value}
   * @return the settings
   * @throws SettingsException for a text without {@code =} or with an empty key
   */
  public static Settings parse(List<String> pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String p : pairs) {
      int eq = p.indexOf('=');
      if (eq <= 0 || p.substring(0, eq).isBlank()) {
        throw new SettingsException("a setting is key=value, got '" + p + "'");
      }
      m.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
    }
    return new Settings(m);
  }

  /**
   * Settings from a map of keys to values.
   *
   * @param values keys and values
   * @return the settings
   */
  public static Settings of(Map<String, String> values) {
    return new Settings(values);
  }

  /**
   * These settings with one more (or another value for a key).
   *
   * @param key the key
   * @param value the value, as it would be written after {@code =}
   * @return new settings
   */
  public Settings with(String key, String value) {
    Map<String, String> m = new LinkedHashMap<>(values);
    m.put(key, value);
    return new Settings(m);
  }

  /**
   * These settings without some keys.
   *
   * @param keys the keys to drop
   * @return new settings
   */
  public Settings without(String... keys) {
    Map<String, String> m = new LinkedHashMap<>(values);
    for (String k : keys) {
      m.remove(k);
    }
    return new Settings(m);
  }

  /**
   * Checks every key against {@code known} and parses every value, before any work is done.
   *
   * @param kind the model kind, for messages
   * @param known the settings the kind takes
   * @return these settings
   * @throws SettingsException for an unknown key (naming the nearest known one) or a bad value
   */
  public Settings validate(String kind, List<Setting<?>> known) {
    Map<String, Setting<?>> byKey = new HashMap<>();
    for (Setting<?> s : known) {
      byKey.put(s.key(), s);
    }
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      Setting<?> s = byKey.get(e.getKey());
      if (s == null) {
        unknown.add(e.getKey());
      } else {
        s.parse(e.getValue());
      }
    }
    if (!unknown.isEmpty()) {
      String first = unknown.get(0);
      String near = nearest(first, byKey.keySet());
      List<String> keys = new ArrayList<>(byKey.keySet());
      Collections.sort(keys);
      throw new SettingsException("unknown setting" + (unknown.size() > 1 ? "s " + unknown : " '" + first + "'")
          + " for model " + kind + (near == null ? "" : " (did you mean '" + near + "'?)") + "; known: "
          + String.join(", ", keys));
    }
    return this;
  }

  /**
   * A setting's value: the given one parsed, else its default.
   *
   * @param setting the setting
   * @param <T> its type
   * @return the value (null only when the default is null and no value was given)
   * @throws SettingsException for a bad value
   */
  public <T> T get(Setting<T> setting) {
    String v = values.get(setting.key());
    return v == null ? setting.defaultValue() : setting.parse(v);
  }

  /**
   * Whether a value was given for this setting.
   *
   * @param setting the setting
   * @return true when its key is present
   */
  public boolean has(Setting<?> setting) {
    return values.containsKey(setting.key());
  }

  /**
   * Runs {@code build} (typically an options record's constructor fed from settings) and reports any
   * {@link IllegalArgumentException} it throws as a {@link SettingsException}: a bad value is bad usage.
   *
   * @param build what to run
   * @param <T> what it builds
   * @return what it built
   */
  public static <T> T validated(Supplier<T> build) {
    try {
      return build.get();
    } catch (SettingsException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
  }

  /** The known key within edit distance 2 of {@code key}, or null. */
  static String nearest(String key, Iterable<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String k : known) {
      int d = distance(key.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
