package org.fenlei.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated {@code POST /v1/classify} body: {@code {"text": "..."}} or {@code {"texts": ["...", ...]}}, with an
 * optional {@code model}, {@code top_k} (at least 1) and {@code threshold} (in [0, 1]). Anything else (malformed
 * JSON, a repeated or unknown field, a wrong type, an empty text) is refused with a message saying what is wrong.
 *
 * @param texts the texts, in order
 * @param batch whether they came as {@code texts} (answered with {@code results}) rather than {@code text}
 * @param model the model's name, or null when not given
 * @param topK at most this many labels a text, or -1 for the model's default
 * @param threshold the score a label needs, or NaN for the model's own thresholds
 */
record ClassifyRequest(List<String> texts, boolean batch, String model, int topK, double threshold) {
  private static final Set<String> FIELDS = Set.of("text", "texts", "model", "top_k", "threshold");

  /** Strict parsing: a repeated key or anything after the value is an error. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * Parses and checks a request body.
   *
   * @param body the body's bytes (UTF-8 JSON)
   * @param limits the batch size and text length limits
   * @return the request
   * @throws ApiException 400 for a malformed request, 413 over a limit
   */
  static ClassifyRequest parse(byte[] body, Limits limits) {
    if (body.length == 0) {
      throw ApiException.badRequest("empty request body: send a JSON object such as {\"text\": \"...\"}");
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage() + " (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (IOException e) {
      throw ApiException.badRequest("unreadable JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object such as {\"text\": \"...\"}, not "
          + (root == null ? "nothing" : type(root)));
    }
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      String key = field.getKey();
      if (!FIELDS.contains(key)) {
        throw ApiException.badRequest("unknown field \"" + key + "\" (known: text, texts, model, top_k, threshold)");
      }
    }
    JsonNode text = root.get("text");
    JsonNode texts = root.get("texts");
    if (text != null && texts != null) {
      throw ApiException.badRequest("give either \"text\" or \"texts\", not both");
    }
    if (text == null && texts == null) {
      throw ApiException.badRequest("missing \"text\" (a string) or \"texts\" (an array of strings)");
    }
    List<String> out;
    if (text != null) {
      out = List.of(checkText(text, "text", limits));
    } else {
      if (!texts.isArray()) {
        throw ApiException.badRequest("\"texts\" must be an array of strings, not " + type(texts));
      }
      if (texts.isEmpty()) {
        throw ApiException.badRequest("\"texts\" is empty: give at least one text");
      }
      if (texts.size() > limits.maxTexts()) {
        throw ApiException.tooLarge(texts.size() + " texts in one request; the limit is " + limits.maxTexts());
      }
      out = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        out.add(checkText(texts.get(i), "texts[" + i + "]", limits));
      }
    }
    return new ClassifyRequest(out, texts != null, model(root.get("model")), topK(root.get("top_k")),
        threshold(root.get("threshold")));
  }

  private static String checkText(JsonNode node, String what, Limits limits) {
    if (!node.isTextual()) {
      throw ApiException.badRequest("\"" + what + "\" must be a string, not " + type(node));
    }
    String s = node.textValue();
    if (s.isBlank()) {
      throw ApiException.badRequest("\"" + what + "\" is empty");
    }
    if (s.length() > limits.maxTextChars() && s.codePointCount(0, s.length()) > limits.maxTextChars()) {
      throw ApiException.tooLarge("\"" + what + "\" has " + s.codePointCount(0, s.length())
          + " characters; the limit is " + limits.maxTextChars());
    }
    return s;
  }

  private static String model(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw ApiException.badRequest("\"model\" must be a string, not " + type(node));
    }
    return node.textValue();
  }

  private static int topK(JsonNode node) {
    if (node == null || node.isNull()) {
      return -1;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
      throw ApiException.badRequest("\"top_k\" must be a whole number >= 1, not " + shown(node));
    }
    return node.intValue();
  }

  private static double threshold(JsonNode node) {
    if (node == null || node.isNull()) {
      return Double.NaN;
    }
    if (!node.isNumber() || !(node.doubleValue() >= 0 && node.doubleValue() <= 1)) {
      throw ApiException.badRequest("\"threshold\" must be a number between 0 and 1 (scores are probabilities), "
          + "not " + shown(node));
    }
    return node.doubleValue();
  }

  /** A value as the client wrote it, cut short: error messages stay one short line. */
  private static String shown(JsonNode node) {
    String s = node.toString();
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  private static String type(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }
}
