package org.fenlei.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fenlei.classic.TestCorpus;
import org.fenlei.core.Classifiers;
import org.fenlei.core.ModelFile;
import org.fenlei.core.Prediction;
import org.fenlei.core.RecordWriter;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;

/** Small models, an HTTP client and the expected answers, shared by the server's tests. */
final class Fixtures {
  private Fixtures() {}

  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  /** The synthetic three-topic documents (体育, 财经, 科技). */
  static List<Document> topics(int n, long seed) {
    return TestCorpus.topics(n, seed, false);
  }

  /** The same documents under other label names, for a model whose answers are told apart from the first's. */
  static List<Document> renamed(List<Document> docs) {
    List<Document> out = new ArrayList<>();
    for (Document d : docs) {
      String label = switch (d.labels().get(0)) {
        case "体育" -> "sports";
        case "财经" -> "finance";
        default -> "tech";
      };
      out.add(new Document(d.id(), d.text(), List.of(label), null, d.line()));
    }
    return out;
  }

  static TextClassifier train(String kind, List<Document> docs) {
    return Classifiers.builder(kind).threads(1).train(docs);
  }

  static Path save(TextClassifier model, Path file) throws IOException {
    ModelFile.save(model, file);
    return file;
  }

  static HttpResponse<String> post(FenleiServer server, String path, String body) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(FenleiServer server, String path) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30)).GET()
        .build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(FenleiServer server, String path) {
    return server.uri().resolve(path);
  }

  /** {@code {"text": ...}} as JSON. */
  static String text(String text) {
    return "{\"text\": " + org.fenlei.core.JsonText.quote(text) + "}";
  }

  /** The labels array {@code fenlei classify} writes for a prediction, taken from its JSONL record. */
  static String expectedLabels(Prediction p) {
    StringWriter w = new StringWriter();
    String record = new RecordWriter(w, RecordWriter.Format.JSONL, false)
        .record(new Document("x", "x", List.of(), null, 0), p.labels());
    return record.substring(record.indexOf("\"labels\": ") + 10, record.lastIndexOf('}'));
  }

  /** The labels array of a single-text answer {@code {"model": M, "labels": [...]}}. */
  static String labelsOf(String answer) {
    int at = answer.indexOf("\"labels\": ");
    assertTrue(at >= 0, answer);
    return answer.substring(at + 10, answer.lastIndexOf('}'));
  }

  /** The message of a JSON error answer. */
  static String error(HttpResponse<String> r) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("error").asText();
  }

  /** A refusal: {@code {"error": "..."}} and nothing that looks like a stack trace. */
  static void assertJsonError(HttpResponse<String> r) {
    String body = r.body();
    assertTrue(body.startsWith("{\"error\": \""), r.statusCode() + " " + body);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), body);
    assertFalse(body.contains("\tat ") || body.contains("at org.") || body.contains("at java."), body);
    assertFalse(body.contains("\n") && body.indexOf('\n') < body.length() - 1, "one line: " + body);
  }
}
