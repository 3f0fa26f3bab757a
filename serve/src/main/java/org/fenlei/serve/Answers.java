package org.fenlei.serve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fenlei.core.JsonText;
import org.fenlei.core.Prediction;
import org.fenlei.core.ScoredLabel;
import org.fenlei.core.TextClassifier;

/** The JSON bodies the server answers with; label records exactly as {@code fenlei classify} writes them. */
final class Answers {
  private Answers() {}

  /** {@code {"error": message}}. */
  static String error(String message) {
    return "{\"error\": " + JsonText.quote(message) + "}";
  }

  /** {@code {"model": name, "labels": [...]}}, or {@code {"model": name, "results": [{"labels": [...]}, ...]}}. */
  static String classified(String model, List<Prediction> predictions, boolean batch) {
    StringBuilder sb = new StringBuilder(64 + 64 * predictions.size());
    sb.append("{\"model\": ").append(JsonText.quote(model));
    if (batch) {
      sb.append(", \"results\": [");
      for (int i = 0; i < predictions.size(); i++) {
        sb.append(i == 0 ? "{\"labels\": " : ", {\"labels\": ");
        labels(sb, predictions.get(i).labels());
        sb.append('}');
      }
      sb.append("]}");
    } else {
      sb.append(", \"labels\": ");
      labels(sb, predictions.get(0).labels());
      sb.append('}');
    }
    return sb.toString();
  }

  /** The records of {@code fenlei classify}'s JSONL output: {@code [{"label": L, "score": 0.930000}, ...]}. */
  static void labels(StringBuilder sb, List<ScoredLabel> labels) {
    sb.append('[');
    for (int i = 0; i < labels.size(); i++) {
      ScoredLabel s = labels.get(i);
      sb.append(i == 0 ? "" : ", ").append("{\"label\": ").append(JsonText.quote(s.label()))
          .append(", \"score\": ").append(String.format(Locale.ROOT, "%.6f", s.score())).append('}');
    }
    sb.append(']');
  }

  /** {@code {"models": [{name, file, kind, labels, multi_label, settings, format, format_version, weights, ...}]}}. */
  static String models(List<ModelSource> sources) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("{\"models\": [");
    for (int i = 0; i < sources.size(); i++) {
      ModelSource src = sources.get(i);
      ModelSource.Loaded loaded = src.current();
      TextClassifier m = loaded.model();
      sb.append(i == 0 ? "" : ", ").append("{\"name\": ").append(JsonText.quote(src.name()));
      sb.append(", \"file\": ").append(JsonText.quote(String.valueOf(src.file().getFileName())));
      sb.append(", \"kind\": ").append(JsonText.quote(m.kind()));
      sb.append(", \"labels\": [");
      List<String> labels = m.labels();
      for (int j = 0; j < labels.size(); j++) {
        sb.append(j == 0 ? "" : ", ").append(JsonText.quote(labels.get(j)));
      }
      sb.append("], \"multi_label\": ").append(m.multiLabel());
      sb.append(", \"settings\": {");
      int j = 0;
      for (Map.Entry<String, String> e : m.settings().entrySet()) {
        sb.append(j++ == 0 ? "" : ", ").append(JsonText.quote(e.getKey())).append(": ")
            .append(JsonText.quote(e.getValue()));
      }
      sb.append("}, \"format\": ").append(JsonText.quote(loaded.format()));
      sb.append(", \"format_version\": ").append(loaded.formatVersion() < 0 ? "null" : loaded.formatVersion());
      sb.append(", \"weights\": ").append(JsonText.quote(loaded.weights()));
      sb.append(", \"loaded_at\": ").append(JsonText.quote(loaded.loadedAt().toString())).append('}');
    }
    sb.append("]}");
    return sb.toString();
  }
}
