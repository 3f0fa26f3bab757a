package org.fenlei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fenlei.core.Classifiers;
import org.fenlei.core.ModelFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fenlei serve}: its usage errors, and a real run answering over HTTP until it is stopped. */
class ServeCommandTest {
  @TempDir
  static Path dir;
  static Path model;

  @BeforeAll
  static void train() throws Exception {
    model = dir.resolve("sports.fenlei");
    ModelFile.save(Classifiers.builder("nb").threads(1).train(
        List.of("球队赢了比赛", "球员进球", "教练谈联赛", "股票大涨", "银行利率下调", "基金投资市场"),
        List.of("体育", "体育", "体育", "财经", "财经", "财经")), model);
  }

  @Test
  void usageErrorsExit2AndAMissingModelExits1() {
    CliRun.Result noPort = CliRun.run("serve", "--model", model.toString());
    assertEquals(2, noPort.code(), noPort.err());
    assertTrue(noPort.err().contains("--port"), noPort.err());
    for (List<String> args : List.of(List.of("--port", "70000"), List.of("--port", "0", "--threads", "0"),
        List.of("--port", "0", "--timeout", "0"), List.of("--port", "0", "--timeout", "NaN"),
        List.of("--port", "0", "--max-texts", "-1"), List.of("--port", "0", "--model", "sports=" + model))) {
      List<String> all = new java.util.ArrayList<>(List.of("serve", "--model", model.toString()));
      all.addAll(args);
      CliRun.Result r = CliRun.run(all.toArray(String[]::new));
      assertEquals(2, r.code(), args + ": " + r.err());
      assertTrue(r.err().startsWith("fenlei serve: "), r.err());
    }
    CliRun.Result missing = CliRun.run("serve", "--model", dir.resolve("nosuch.fenlei").toString(), "--port", "0");
    assertEquals(1, missing.code());
    assertEquals("fenlei: error: no such file: " + dir.resolve("nosuch.fenlei") + "\n", missing.err());
  }

  @Test
  void servesUntilInterrupted() throws Exception {
    StringBuffer err = new StringBuffer();
    Writer sink = new Writer() {
      @Override
      public void write(char[] c, int off, int len) {
        err.append(c, off, len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    AtomicInteger code = new AtomicInteger(-1);
    Thread command = new Thread(() -> code.set(Main.run(new PrintWriter(new StringWriter()),
        new PrintWriter(sink, true), "serve", "--model", "news=" + model, "--port", "0", "--threads", "2")));
    command.start();
    Pattern listening = Pattern.compile("fenlei serve: listening on (http://127\\.0\\.0\\.1:\\d+/) \\(models: news\\)");
    Matcher m = listening.matcher("");
    for (int i = 0; i < 600 && !m.reset(err).find(); i++) {
      Thread.sleep(50);
    }
    assertTrue(m.reset(err).find(), err.toString());
    URI base = URI.create(m.group(1));
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/v1/classify"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"球员在比赛中进球\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().startsWith("{\"model\": \"news\", \"labels\": [{\"label\": \"体育\", \"score\": "), r.body());
    command.interrupt();
    command.join(60_000);
    assertEquals(0, code.get(), err.toString());
    assertTrue(err.toString().endsWith("fenlei serve: stopped\n"), err.toString());
  }
}
