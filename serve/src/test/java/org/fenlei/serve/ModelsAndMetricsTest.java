package org.fenlei.serve;

import static org.fenlei.serve.Fixtures.assertJsonError;
import static org.fenlei.serve.Fixtures.get;
import static org.fenlei.serve.Fixtures.post;
import static org.fenlei.serve.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.fenlei.core.BatchClassifier;
import org.fenlei.core.Classifiers;
import org.fenlei.core.Quantizable;
import org.fenlei.core.Settings;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several models side by side (a float svm, an int8 fastText), what /v1/models says of them, and /metrics. */
class ModelsAndMetricsTest {
  @TempDir
  Path dir;

  @Test
  void twoModelsAreListedAndChosenByName() throws Exception {
    List<Document> train = Fixtures.topics(300, 1);
    TextClassifier svm = Fixtures.train("svm", train);
    TextClassifier ft = Classifiers.builder("fasttext").threads(1).set("dim", "16").set("epoch", "20")
        .set("bucket", "1000").train(Fixtures.renamed(train));
    TextClassifier q = ft.capability(Quantizable.class).orElseThrow().quantize(Settings.empty(), List.of(), 1);
    try (FenleiServer server = FenleiServer.builder().model(Fixtures.save(svm, dir.resolve("news.fenlei")))
        .model("topics", Fixtures.save(q, dir.resolve("ft.q.fenlei"))).port(0).start()) {
      String models = get(server, "/v1/models").body();
      assertTrue(models.startsWith("{\"models\": [{\"name\": \"news\", \"file\": \"news.fenlei\", \"kind\": \"svm\""),
          models);
      int second = models.indexOf("{\"name\": \"topics\", \"file\": \"ft.q.fenlei\", \"kind\": \"fasttext\"");
      assertTrue(second > 0, models);
      assertTrue(models.substring(0, second).contains("\"weights\": \"float\""), models);
      assertTrue(models.substring(second).contains("\"settings\": {\"loss\": \"softmax\", \"dim\": \"16\""), models);
      assertTrue(models.substring(second).contains("\"format\": \"fenlei\", \"format_version\": 1, "
          + "\"weights\": \"int8\""), models);
      HttpResponse<String> none = post(server, "/v1/classify", text("球队"));
      assertEquals(400, none.statusCode());
      assertEquals("\"model\" is required: this server serves 2 models (news, topics)", Fixtures.error(none));
      String t = Fixtures.topics(3, 5).get(0).text();
      HttpResponse<String> r = post(server, "/v1/classify", "{\"text\": " + org.fenlei.core.JsonText.quote(t)
          + ", \"model\": \"topics\", \"top_k\": 2}");
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.body().startsWith("{\"model\": \"topics\", \"labels\": "), r.body());
      assertEquals(Fixtures.expectedLabels(new BatchClassifier(q, 2, Double.NaN, false, 1).predict(t)),
          Fixtures.labelsOf(r.body()));
      assertEquals("{\"status\": \"ok\", \"models\": [\"news\", \"topics\"]}", get(server, "/health").body());
    }
  }

  @Test
  void metricsCountRequestsByRouteAndStatusTheirLatencyDocumentsAndErrors() throws Exception {
    TextClassifier svm = Fixtures.train("svm", Fixtures.topics(300, 1));
    try (FenleiServer server = FenleiServer.builder().model(Fixtures.save(svm, dir.resolve("news.fenlei"))).port(0)
        .start()) {
      String zero = get(server, "/metrics").body();
      assertTrue(zero.contains("fenlei_documents_classified_total{model=\"news\"} 0.0"), zero);
      post(server, "/v1/classify", text("球队比赛"));
      post(server, "/v1/classify", "{\"texts\": [\"a\", \"b\", \"c\"]}");
      post(server, "/v1/classify", "{\"text\": 1}");
      post(server, "/v1/classify", "{\"texts\": [" + "\"a\", ".repeat(1000) + "\"b\"]}");
      get(server, "/nowhere/" + "x".repeat(20));
      assertJsonError(get(server, "/v1/classify"));
      HttpResponse<String> m = get(server, "/metrics");
      assertEquals(200, m.statusCode());
      assertTrue(m.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"),
          m.headers().toString());
      String b = m.body();
      for (String line : List.of(
          "# TYPE fenlei_http_requests_seconds histogram",
          "fenlei_http_requests_seconds_count{method=\"POST\",route=\"/v1/classify\",status=\"200\"} 2",
          "fenlei_http_requests_seconds_count{method=\"POST\",route=\"/v1/classify\",status=\"400\"} 1",
          "fenlei_http_requests_seconds_count{method=\"POST\",route=\"/v1/classify\",status=\"413\"} 1",
          "fenlei_http_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"} 1",
          "fenlei_http_requests_seconds_count{method=\"GET\",route=\"/v1/classify\",status=\"405\"} 1",
          "fenlei_http_requests_seconds_count{method=\"GET\",route=\"/metrics\",status=\"200\"} 1",
          "fenlei_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/classify\",status=\"200\",le=\"+Inf\"} 2",
          "fenlei_documents_classified_total{model=\"news\"} 4.0",
          "fenlei_errors_total{type=\"bad_request\"} 1.0",
          "fenlei_errors_total{type=\"too_large\"} 1.0",
          "fenlei_errors_total{type=\"not_found\"} 1.0",
          "fenlei_errors_total{type=\"method_not_allowed\"} 1.0")) {
        assertTrue(b.lines().anyMatch(l -> l.equals(line)), line + "\n" + b);
      }
      assertTrue(b.contains("fenlei_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/classify\","
          + "status=\"200\",le=\"0.001\"}"), b);
      assertTrue(b.contains("jvm_memory_used_bytes"), b);
      assertTrue(!b.contains("nowhere"), "an unknown path is not a label");
    }
  }
}
