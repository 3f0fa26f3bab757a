package org.fenlei.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.fenlei.corpora.CorpusException;

/**
 * The text field of a JSON line, with the checks of fenlei's JSON-lines reader: an object, the field present, a
 * string, not blank. Parsed with Spark's own Jackson.
 */
final class JsonField {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonField() {}

  static String text(String line, String field, Path file, long number) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new CorpusException(file, number, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new CorpusException(file, number, "expected a JSON object, found " + (node == null ? "nothing"
          : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
    }
    JsonNode text = node.get(field);
    if (text == null) {
      throw new CorpusException(file, number, "no text field \"" + field + "\"");
    }
    if (!text.isTextual()) {
      throw new CorpusException(file, number, "field \"" + field + "\" must be a string, found "
          + text.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (text.textValue().isBlank()) {
      throw new CorpusException(file, number, "empty document: field \"" + field + "\" is empty");
    }
    return text.textValue();
  }
}
