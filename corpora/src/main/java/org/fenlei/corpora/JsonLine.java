package org.fenlei.corpora;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link Format#JSONL}: one JSON object a line. The text field must be a string; the label field may be a
 * string, a number, an array of strings and numbers, or absent, {@code null}, {@code ""} or {@code []} (no labels).
 * Blank lines are skipped.
 */
final class JsonLine implements RowParser<String> {
  private final Origin origin;
  private final String textField;
  private final String labelField;
  private final String labelSep;

  JsonLine(Origin origin, String textField, String labelField, String labelSep) {
    this.origin = origin;
    this.textField = textField;
    this.labelField = labelField;
    this.labelSep = labelSep;
  }

  @Override
  public Document parse(String line, long number) throws BadRow {
    if (line.isBlank()) {
      return null;
    }
    Object value;
    try {
      value = Json.parse(line);
    } catch (Json.Malformed e) {
      throw BadRow.malformed("malformed JSON at column " + e.column() + ": " + e.getMessage());
    }
    if (!(value instanceof Map)) {
      throw BadRow.malformed("expected a JSON object, found " + Json.typeName(value));
    }
    Map<?, ?> object = (Map<?, ?>) value;
    if (!object.containsKey(textField)) {
      throw BadRow.malformed("no text field \"" + textField + "\" (fields: " + object.keySet() + ")");
    }
    Object text = object.get(textField);
    if (!(text instanceof String)) {
      throw BadRow.malformed("field \"" + textField + "\" must be a string, found " + Json.typeName(text));
    }
    if (((String) text).isBlank()) {
      throw BadRow.empty("field \"" + textField + "\" is empty");
    }
    return origin.document((String) text, labels(object.get(labelField)), number);
  }

  private List<String> labels(Object value) throws BadRow {
    if (value == null) {
      return List.of();
    }
    if (value instanceof String) {
      return Labels.splitOrNone((String) value, labelSep);
    }
    if (value instanceof Json.Num) {
      return List.of(((Json.Num) value).text());
    }
    if (value instanceof List) {
      List<String> labels = new ArrayList<>();
      for (Object item : (List<?>) value) {
        String label = item instanceof String ? (String) item : null;
        if (item instanceof Json.Num) {
          label = ((Json.Num) item).text();
        }
        if (label == null) {
          throw BadRow.malformed("field \"" + labelField + "\" must hold strings or numbers, found "
              + Json.typeName(item));
        }
        label = label.strip();
        if (label.isEmpty()) {
          throw BadRow.malformed("empty label in field \"" + labelField + "\"");
        }
        if (!labels.contains(label)) {
          labels.add(label);
        }
      }
      return labels;
    }
    throw BadRow.malformed("field \"" + labelField + "\" must be a string, a number or an array, found "
        + Json.typeName(value));
  }
}
