package org.fenlei.corpora;

import java.util.ArrayList;
import java.util.List;

/** Turns a label value into labels: one label, or several separated by a literal separator. */
final class Labels {
  private Labels() {
  }

  /**
   * The labels of a label column or field that may be empty: none when {@code value} is blank (a document without
   * a label, which multi-label tasks take as a negative for every label), else {@link #split}.
   */
  static List<String> splitOrNone(String value, String sep) throws BadRow {
    return value.isBlank() ? List.of() : split(value, sep);
  }

  /**
   * The labels in {@code value}: the whole value when {@code sep} is {@code null}, else its parts; each part is
   * stripped of surrounding white space, repeats are dropped, and an empty part is malformed.
   */
  static List<String> split(String value, String sep) throws BadRow {
    if (sep == null) {
      String label = value.strip();
      if (label.isEmpty()) {
        throw BadRow.malformed("empty label");
      }
      return List.of(label);
    }
    List<String> labels = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = value.indexOf(sep, from);
      String label = value.substring(from, at < 0 ? value.length() : at).strip();
      if (label.isEmpty()) {
        throw BadRow.malformed("empty label in '" + value + "' (labels separated by '" + sep + "')");
      }
      if (!labels.contains(label)) {
        labels.add(label);
      }
      if (at < 0) {
        return labels;
      }
      from = at + sep.length();
    }
  }
}
