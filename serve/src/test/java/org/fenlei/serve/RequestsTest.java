package org.fenlei.serve;

import static org.fenlei.serve.Fixtures.assertJsonError;
import static org.fenlei.serve.Fixtures.get;
import static org.fenlei.serve.Fixtures.post;
import static org.fenlei.serve.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.fenlei.core.BatchClassifier;
import org.fenlei.core.JsonText;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code POST /v1/classify} answers, and every request it refuses, over real HTTP. */
class RequestsTest {
  @TempDir
  static Path dir;
  static TextClassifier svm;
  static List<Document> test;
  static FenleiServer server;

  @BeforeAll
  static void start() throws Exception {
    svm = Fixtures.train("svm", Fixtures.topics(300, 1));
    test = Fixtures.topics(30, 2);
    server = FenleiServer.builder().model(Fixtures.save(svm, dir.resolve("news.fenlei"))).port(0)
        .maxBodyBytes(64 * 1024).maxTexts(10).maxTextChars(2000).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void aTextGetsTheRecordsOfClassifyUnderTheSameRule() throws Exception {
    for (Document d : test) {
      HttpResponse<String> r = post(server, "/v1/classify", text(d.text()));
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.body().startsWith("{\"model\": \"news\", \"labels\": ["), r.body());
      String expected = Fixtures.expectedLabels(new BatchClassifier(svm, -1, Double.NaN, false, 1).predict(d.text()));
      assertEquals(expected, Fixtures.labelsOf(r.body()));
    }
  }

  @Test
  void topKAndThresholdAreTheDecisionRuleOfClassify() throws Exception {
    String t = test.get(0).text();
    HttpResponse<String> r = post(server, "/v1/classify", "{\"text\": " + JsonText.quote(t) + ", \"top_k\": 3, "
        + "\"threshold\": 0.0}");
    assertEquals(200, r.statusCode(), r.body());
    String expected = Fixtures.expectedLabels(new BatchClassifier(svm, 3, 0.0, false, 1).predict(t));
    assertEquals(expected, Fixtures.labelsOf(r.body()));
    assertEquals(3, r.body().split("\"label\"").length - 1, r.body());
    HttpResponse<String> none = post(server, "/v1/classify", "{\"text\": " + JsonText.quote(t)
        + ", \"threshold\": 1}");
    assertEquals("{\"model\": \"news\", \"labels\": []}", none.body());
  }

  @Test
  void textsAreAnsweredInOrder() throws Exception {
    List<Document> some = test.subList(0, 10);
    StringBuilder body = new StringBuilder("{\"texts\": [");
    StringBuilder expected = new StringBuilder("{\"model\": \"news\", \"results\": [");
    BatchClassifier rule = new BatchClassifier(svm, -1, Double.NaN, false, 1);
    for (int i = 0; i < some.size(); i++) {
      body.append(i == 0 ? "" : ", ").append(JsonText.quote(some.get(i).text()));
      expected.append(i == 0 ? "" : ", ").append("{\"labels\": ")
          .append(Fixtures.expectedLabels(rule.predict(some.get(i).text()))).append('}');
    }
    HttpResponse<String> r = post(server, "/v1/classify", body.append("], \"model\": \"news\"}").toString());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(expected.append("]}").toString(), r.body());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "``|empty request body",
      "{\"text\": \"a\"|malformed JSON",
      "{\"text\": \"a\"} {}|malformed JSON",
      "{\"text\": \"a\", \"text\": \"b\"}|malformed JSON: Duplicate field 'text'",
      "[\"a\"]|must be a JSON object",
      "\"a\"|must be a JSON object",
      "{}|missing \"text\"",
      "{\"model\": \"news\"}|missing \"text\"",
      "{\"text\": \"\"}|\"text\" is empty",
      "{\"text\": \"  \\n \"}|\"text\" is empty",
      "{\"text\": null}|\"text\" must be a string, not null",
      "{\"text\": 3}|\"text\" must be a string, not a number",
      "{\"text\": [\"a\"]}|\"text\" must be a string, not an array",
      "{\"texts\": \"a\"}|\"texts\" must be an array of strings, not a string",
      "{\"texts\": []}|\"texts\" is empty",
      "{\"texts\": [\"a\", 2]}|\"texts[1]\" must be a string, not a number",
      "{\"texts\": [\"a\", \"\"]}|\"texts[1]\" is empty",
      "{\"text\": \"a\", \"texts\": [\"b\"]}|either \"text\" or \"texts\"",
      "{\"text\": \"a\", \"topk\": 3}|unknown field \"topk\"",
      "{\"text\": \"a\", \"model\": \"nosuch\"}|unknown model \"nosuch\" (served: news)",
      "{\"text\": \"a\", \"model\": 1}|\"model\" must be a string",
      "{\"text\": \"a\", \"top_k\": 0}|\"top_k\" must be a whole number >= 1, not 0",
      "{\"text\": \"a\", \"top_k\": -5}|\"top_k\" must be a whole number >= 1, not -5",
      "{\"text\": \"a\", \"top_k\": 1.5}|\"top_k\" must be a whole number >= 1, not 1.5",
      "{\"text\": \"a\", \"top_k\": \"3\"}|\"top_k\" must be a whole number >= 1, not \"3\"",
      "{\"text\": \"a\", \"top_k\": 99999999999}|\"top_k\" must be a whole number >= 1",
      "{\"text\": \"a\", \"threshold\": 2}|\"threshold\" must be a number between 0 and 1",
      "{\"text\": \"a\", \"threshold\": -0.1}|\"threshold\" must be a number between 0 and 1",
      "{\"text\": \"a\", \"threshold\": \"0.5\"}|\"threshold\" must be a number between 0 and 1",
      "{\"text\": \"a\", \"threshold\": true}|\"threshold\" must be a number between 0 and 1"})
  void badRequestsAre400WithAOneLineJsonError(String body, String message) throws Exception {
    HttpResponse<String> r = post(server, "/v1/classify", body == null ? "" : body);
    assertEquals(400, r.statusCode(), r.body());
    assertJsonError(r);
    assertTrue(Fixtures.error(r).contains(message), r.body());
  }

  @Test
  void invalidUtf8Is400() throws Exception {
    byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    HttpRequest req = HttpRequest.newBuilder(Fixtures.uri(server, "/v1/classify"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    HttpResponse<String> r = Fixtures.HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r.statusCode(), r.body());
    assertJsonError(r);
  }

  @Test
  void overTheLimitsIs413() throws Exception {
    HttpResponse<String> big = post(server, "/v1/classify", text("体".repeat(70 * 1024 / 3)));
    assertEquals(413, big.statusCode(), big.body());
    assertJsonError(big);
    assertTrue(big.body().contains("the limit is 65536 bytes"), big.body());
    // without a declared length (chunked), the limit holds as the body is read
    HttpRequest chunked = HttpRequest.newBuilder(Fixtures.uri(server, "/v1/classify"))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
            text("x".repeat(100_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build();
    HttpResponse<String> r = Fixtures.HTTP.send(chunked, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, r.statusCode(), r.body());
    assertJsonError(r);
    HttpResponse<String> many = post(server, "/v1/classify", "{\"texts\": [" + "\"a\", ".repeat(10) + "\"b\"]}");
    assertEquals(413, many.statusCode(), many.body());
    assertEquals("11 texts in one request; the limit is 10", Fixtures.error(many));
    HttpResponse<String> ok = post(server, "/v1/classify", text("𠀀".repeat(2000)));
    assertEquals(200, ok.statusCode(), "2000 characters, 4000 UTF-16 units: within the limit");
    HttpResponse<String> lng = post(server, "/v1/classify", "{\"texts\": [\"a\", " + JsonText.quote("b".repeat(2001))
        + "]}");
    assertEquals(413, lng.statusCode(), lng.body());
    assertEquals("\"texts[1]\" has 2001 characters; the limit is 2000", Fixtures.error(lng));
  }

  @Test
  void unknownRoutesAndMethodsAreJson404And405() throws Exception {
    HttpResponse<String> r = get(server, "/v2/nothing");
    assertEquals(404, r.statusCode(), r.body());
    assertJsonError(r);
    HttpResponse<String> m = get(server, "/v1/classify");
    assertEquals(405, m.statusCode(), m.body());
    assertJsonError(m);
    assertEquals("POST", m.headers().firstValue("Allow").orElse(""));
    HttpResponse<String> p = post(server, "/v1/models", "{}");
    assertEquals(405, p.statusCode(), p.body());
    assertJsonError(p);
  }

  @Test
  void aMalformedHttpRequestGetsJsonAndNoStackTrace() throws Exception {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write("POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
      assertTrue(answer.contains("{\"error\": \"Bad Request\"}"), answer);
      assertTrue(!answer.contains("\tat ") && !answer.contains("Exception"), answer);
    }
  }

  @Test
  void healthAndModels() throws Exception {
    HttpResponse<String> h = get(server, "/health");
    assertEquals(200, h.statusCode());
    assertEquals("{\"status\": \"ok\", \"models\": [\"news\"]}", h.body());
    HttpResponse<String> m = get(server, "/v1/models");
    assertEquals(200, m.statusCode());
    String b = m.body();
    assertTrue(b.startsWith("{\"models\": [{\"name\": \"news\", \"file\": \"news.fenlei\", \"kind\": \"svm\", "
        + "\"labels\": [\"体育\", \"科技\", \"财经\"], \"multi_label\": false, \"settings\": {"), b);
    assertTrue(b.contains("\"format\": \"fenlei\", \"format_version\": 1, \"weights\": \"float\", \"loaded_at\": "),
        b);
    for (var e : svm.settings().entrySet()) {
      assertTrue(b.contains(JsonText.quote(e.getKey()) + ": " + JsonText.quote(e.getValue())), b);
    }
  }

  @Test
  void aSlowClientIsCutOffAfterTheRequestTimeout(@TempDir Path tmp) throws Exception {
    try (FenleiServer s = FenleiServer.builder().model(Fixtures.save(svm, tmp.resolve("m.fenlei"))).port(0)
        .requestTimeout(Duration.ofMillis(1500)).start();
        java.net.Socket socket = new java.net.Socket("127.0.0.1", s.port())) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write("POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"te"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      long t0 = System.nanoTime();
      byte[] answer = socket.getInputStream().readAllBytes(); // the server answers or closes; it never hangs
      long ms = (System.nanoTime() - t0) / 1_000_000;
      String a = new String(answer, java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(ms < 15_000, ms + " ms");
      assertTrue(a.startsWith("HTTP/1.1 408"), a);
      assertTrue(a.endsWith("\r\n\r\n{\"error\": \"the request body did not arrive within 1500 ms\"}"), a);
    }
  }

  /** A client that waits for 100 Continue before an over-limit body gets the 413 at once, never the 100. */
  @Test
  void anOverLimitBodyAwaitingContinueGets413WithoutA100() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write(("POST /v1/classify HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
          + "Content-Length: 10000000\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String a = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(a.startsWith("HTTP/1.1 413"), a);
      assertFalse(a.contains("100 Continue"), a);
    }
  }

  /** Dropping an over-limit body stops at the request timeout: a client trickling it holds no server thread. */
  @Test
  void aTricklingOverLimitBodyIsDroppedForNoLongerThanTheTimeout(@TempDir Path tmp) throws Exception {
    try (FenleiServer s = FenleiServer.builder().model(Fixtures.save(svm, tmp.resolve("m.fenlei"))).port(0)
        .maxBodyBytes(1000).requestTimeout(Duration.ofMillis(1000)).start();
        java.net.Socket socket = new java.net.Socket("127.0.0.1", s.port())) {
      socket.setSoTimeout(200);
      var out = socket.getOutputStream();
      out.write("POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      long t0 = System.nanoTime();
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      while (System.nanoTime() - t0 < 20_000_000_000L && !answer.toString(java.nio.charset.StandardCharsets.UTF_8)
          .contains("\r\n\r\n{")) {
        try {
          out.write('x'); // a byte every 200 ms: each read of the drain returns, none times out
        } catch (IOException e) {
          answer.write(socket.getInputStream().readAllBytes()); // closed after answering: what it said
          break;
        }
        try {
          int n = socket.getInputStream().read(buf);
          if (n < 0) {
            break;
          }
          answer.write(buf, 0, n);
        } catch (java.net.SocketTimeoutException e) {
          // nothing yet
        } catch (IOException e) {
          break; // the server closed the connection after answering
        }
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      String a = answer.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(a.startsWith("HTTP/1.1 413"), a);
      assertTrue(ms < 6_000, "answered after " + ms + " ms");
    }
  }
}
