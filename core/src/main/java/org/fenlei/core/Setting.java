package org.fenlei.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One typed model setting: its key, default, parser, allowed values and help text, written once. A trainer lists
 * its settings; {@link Settings#validate} checks every {@code key=value} against that list before any work is
 * done, and {@code fenlei train --help} is generated from it.
 *
 * <pre>{@code
 * static final Setting<Double> C = Setting.real("c", 1.0, "inverse regularisation strength").positive();
 * double c = settings.get(C);
 * }</pre>
 *
 * @param <T> the value's type
 */
public final class Setting<T> {
  private final String key;
  private final T defaultValue;
  private final String defaultText;
  private final Function<String, T> parser;
  private final String expected;
  private final Predicate<T> check;
  private final String checkText;
  private final String help;

  private Setting(String key, T defaultValue, String defaultText, Function<String, T> parser, String expected,
      Predicate<T> check, String checkText, String help) {
    if (key == null || key.isBlank() || key.indexOf('=') >= 0) {
      throw new IllegalArgumentException("bad setting key '" + key + "'");
    }
    this.key = key;
    this.defaultValue = defaultValue;
    this.defaultText = Objects.requireNonNull(defaultText, "defaultText");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.expected = expected;
    this.check = check;
    this.checkText = checkText;
    this.help = Objects.requireNonNull(help, "help");
  }

  /**
   * A setting of any type.
   *
   * @param key the key, as written in {@code --set key=value}
   * @param defaultValue the value when the key is absent (may be null: "automatic" or "none")
   * @param parser turns the text into a value; throws {@link IllegalArgumentException} for a bad one
   * @param expected what a value looks like, for error messages (e.g. "an integer")
   * @param help one line for the help text
   * @param <T> the value's type
   * @return the setting
   */
  public static <T> Setting<T> of(String key, T defaultValue, Function<String, T> parser, String expected,
      String help) {
    return new Setting<>(key, defaultValue, String.valueOf(defaultValue == null ? "none" : defaultValue), parser,
        expected, null, null, help);
  }

  /**
   * An integer setting.
   *
   * @param key the key
   * @param defaultValue its default
   * @param help one line of help
   * @return the setting
   */
  public static Setting<Integer> integer(String key, int defaultValue, String help) {
    return of(key, defaultValue, Integer::parseInt, "an integer", help);
  }

  /**
   * A long integer setting (seeds).
   *
   * @param key the key
   * @param defaultValue its default
   * @param help one line of help
   * @return the setting
   */
  public static Setting<Long> longInteger(String key, long defaultValue, String help) {
    return of(key, defaultValue, Long::parseLong, "an integer", help);
  }

  /**
   * A real-number setting.
   *
   * @param key the key
   * @param defaultValue its default
   * @param help one line of help
   * @return the setting
   */
  public static Setting<Double> real(String key, double defaultValue, String help) {
    return of(key, defaultValue, Setting::parseReal, "a number", help);
  }

  /**
   * A boolean setting: {@code true/false}, {@code yes/no}, {@code on/off}, {@code 1/0}.
   *
   * @param key the key
   * @param defaultValue its default
   * @param help one line of help
   * @return the setting
   */
  public static Setting<Boolean> bool(String key, boolean defaultValue, String help) {
    return of(key, defaultValue, Setting::parseBool, "true or false", help);
  }

  /**
   * A free-text setting (a file name, a list).
   *
   * @param key the key
   * @param defaultValue its default; null shows as "none"
   * @param help one line of help
   * @return the setting
   */
  public static Setting<String> text(String key, String defaultValue, String help) {
    return of(key, defaultValue, v -> v, "a text", help);
  }

  /**
   * A setting that takes one of a few words.
   *
   * @param key the key
   * @param defaultValue its default (one of {@code choices}, or null for a default decided elsewhere)
   * @param help one line of help
   * @param choices the allowed words (lower case)
   * @return the setting
   */
  public static Setting<String> choice(String key, String defaultValue, String help, String... choices) {
    List<String> allowed = List.of(choices);
    String expected = "one of " + String.join(", ", allowed);
    return new Setting<>(key, defaultValue, String.valueOf(defaultValue == null ? "none" : defaultValue), v -> {
      String w = v.toLowerCase(Locale.ROOT);
      if (!allowed.contains(w)) {
        throw new IllegalArgumentException(w);
      }
      return w;
    }, expected, null, null, help);
  }

  /**
   * This setting with a range check.
   *
   * @param ok the check every given value must pass
   * @param requirement what it requires, for the error message (e.g. "must be > 0")
   * @return a new setting
   */
  public Setting<T> requiring(Predicate<T> ok, String requirement) {
    return new Setting<>(key, defaultValue, defaultText, parser, expected, ok, requirement, help);
  }

  /**
   * This setting with its default shown differently in help (e.g. "auto", or "softmax; ova when multi-label").
   *
   * @param text how the default reads
   * @return a new setting
   */
  public Setting<T> shownAs(String text) {
    return new Setting<>(key, defaultValue, text, parser, expected, check, checkText, help);
  }

  /**
   * This setting accepting a word (such as {@code auto}) that means its default.
   *
   * @param word the word
   * @return a new setting, whose default shows as that word
   */
  public Setting<T> orDefault(String word) {
    Function<String, T> p = parser;
    return new Setting<>(key, defaultValue, word, v -> v.equalsIgnoreCase(word) ? defaultValue : p.apply(v),
        expected + " or " + word, check == null ? null : v -> v == defaultValue || check.test(v), checkText, help);
  }

  /**
   * The key.
   *
   * @return the key, as written in {@code --set key=value}
   */
  public String key() {
    return key;
  }

  /**
   * The default value.
   *
   * @return the value when the key is absent (may be null)
   */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * The help line: {@code key (default): help}.
   *
   * @return one line
   */
  public String helpLine() {
    return key + " (" + defaultText + "): " + help;
  }

  /**
   * Parses and checks a value.
   *
   * @param raw the text after {@code key=}
   * @return the value
   * @throws SettingsException naming the key, the value and what was expected
   */
  public T parse(String raw) {
    T v;
    try {
      v = parser.apply(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new SettingsException("setting " + key + " expects " + expected + ", got '" + raw + "'");
    }
    if (check != null && !check.test(v)) {
      throw new SettingsException("setting " + key + " " + checkText + ", got '" + raw + "'");
    }
    return v;
  }

  private static double parseReal(String v) {
    double d = Double.parseDouble(v);
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException(v);
    }
    return d;
  }

  private static boolean parseBool(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new IllegalArgumentException(v);
    };
  }

  @Override
  public String toString() {
    return helpLine();
  }
}
