package org.fenlei.serve;

import static org.fenlei.serve.Fixtures.post;
import static org.fenlei.serve.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.fenlei.core.BatchClassifier;
import org.fenlei.core.JsonText;
import org.fenlei.core.ModelFile;
import org.fenlei.core.TextClassifier;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many clients at once: answers equal to the library's, and a model file replaced while they run. */
class LoadTest {
  @TempDir
  Path dir;

  /** Each text's expected labels array under a model's own rule, as {@code fenlei classify} writes it. */
  private static Map<String, String> expected(TextClassifier model, List<Document> docs) {
    BatchClassifier rule = new BatchClassifier(model, -1, Double.NaN, false, 1);
    Map<String, String> out = new HashMap<>();
    for (Document d : docs) {
      out.put(d.text(), Fixtures.expectedLabels(rule.predict(d.text())));
    }
    return out;
  }

  @Test
  void concurrentClientsGetTheLibrarysAnswers() throws Exception {
    TextClassifier svm = Fixtures.train("svm", Fixtures.topics(300, 1));
    List<Document> docs = Fixtures.topics(100, 7);
    Map<String, String> expected = expected(svm, docs);
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try (FenleiServer server = FenleiServer.builder().model(Fixtures.save(svm, dir.resolve("news.fenlei"))).port(0)
        .start()) {
      List<Future<Integer>> done = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        long seed = c;
        done.add(clients.submit(() -> {
          Random r = new Random(seed);
          for (int i = 0; i < 200; i++) {
            String t = docs.get(r.nextInt(docs.size())).text();
            HttpResponse<String> a = post(server, "/v1/classify", text(t));
            assertEquals(200, a.statusCode(), a.body());
            assertEquals(expected.get(t), Fixtures.labelsOf(a.body()), t);
          }
          return 200;
        }));
      }
      int answered = 0;
      for (Future<Integer> f : done) {
        answered += f.get(5, TimeUnit.MINUTES);
      }
      assertEquals(1600, answered);
      String metrics = Fixtures.get(server, "/metrics").body();
      assertTrue(metrics.contains("fenlei_documents_classified_total{model=\"news\"} 1600.0"), metrics);
      assertTrue(metrics.contains(
          "fenlei_http_requests_seconds_count{method=\"POST\",route=\"/v1/classify\",status=\"200\"} 1600"), metrics);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aModelFileReplacedUnderLoadIsSwappedWithoutAFailedRequest() throws Exception {
    List<Document> train = Fixtures.topics(300, 1);
    TextClassifier before = Fixtures.train("svm", train);
    TextClassifier after = Fixtures.train("nb", Fixtures.renamed(train));
    List<Document> docs = Fixtures.topics(60, 9);
    Map<String, String> oldAnswers = expected(before, docs);
    Map<String, String> newAnswers = expected(after, docs);
    Path file = Fixtures.save(before, dir.resolve("news.fenlei"));
    LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
    ServerListener listener = new ServerListener() {
      @Override
      public void modelReloaded(String model, Path f) {
        events.add("reloaded " + model);
      }

      @Override
      public void modelReloadFailed(String model, Path f, Exception error) {
        events.add("failed " + model + ": " + error.getMessage());
      }
    };
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger requests = new AtomicInteger();
    List<String> problems = new CopyOnWriteArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try (FenleiServer server = FenleiServer.builder().model(file).port(0).reloadInterval(Duration.ofMillis(50))
        .listener(listener).start()) {
      List<Future<int[]>> done = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        long seed = c;
        done.add(clients.submit((Callable<int[]>) () -> {
          Random r = new Random(seed);
          int olds = 0;
          int news = 0;
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
          while (!stop.get() && System.nanoTime() < deadline) {
            // a batch of three: all answered by one model, the old one until the new one is seen, never again after
            List<String> texts = List.of(pick(docs, r), pick(docs, r), pick(docs, r));
            String body = "{\"texts\": [" + String.join(", ", texts.stream().map(JsonText::quote).toList()) + "]}";
            HttpResponse<String> a = post(server, "/v1/classify", body);
            requests.incrementAndGet();
            if (a.statusCode() != 200) {
              problems.add(a.statusCode() + " " + a.body());
              continue;
            }
            String asOld = answer(texts, oldAnswers);
            String asNew = answer(texts, newAnswers);
            if (a.body().equals(asNew)) {
              news++;
            } else if (a.body().equals(asOld) && news == 0) {
              olds++;
            } else {
              problems.add("unexpected answer " + a.body() + " after " + news + " new ones");
            }
          }
          return new int[] {olds, news};
        }));
      }
      waitForRequests(requests, 100);
      ModelFile.save(after, file); // a new file renamed over the old one, as fenlei saves models
      assertEquals("reloaded news", events.poll(30, TimeUnit.SECONDS));
      int atSwap = requests.get();
      waitForRequests(requests, atSwap + 100);
      // a damaged replacement: the new model goes on serving, the failure is reported once
      Path junk = Files.write(dir.resolve(".junk.tmp"), new byte[] {(byte) 0x89, 'F', 'N', 'L', 1, 2, 3});
      Files.move(junk, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      String failed = events.poll(30, TimeUnit.SECONDS);
      assertTrue(failed != null && failed.startsWith("failed news: " + file), failed);
      int atFailure = requests.get();
      waitForRequests(requests, atFailure + 100);
      stop.set(true);
      int olds = 0;
      int news = 0;
      for (Future<int[]> f : done) {
        int[] n = f.get(2, TimeUnit.MINUTES);
        olds += n[0];
        news += n[1];
      }
      assertEquals(List.of(), problems);
      assertTrue(olds > 0 && news >= 200, olds + " old answers, " + news + " new ones");
      assertEquals(null, events.poll(), "one report a replacement");
      String metrics = Fixtures.get(server, "/metrics").body();
      assertTrue(metrics.contains("fenlei_model_reloads_total{model=\"news\",result=\"ok\"} 1.0"), metrics);
      assertTrue(metrics.contains("fenlei_model_reloads_total{model=\"news\",result=\"failed\"} 1.0"), metrics);
      assertTrue(metrics.contains("fenlei_errors_total{type=\"reload_failed\"} 1.0"), metrics);
      assertTrue(Fixtures.get(server, "/v1/models").body().contains("\"kind\": \"nb\""));
    } finally {
      stop.set(true);
      clients.shutdownNow();
    }
  }

  private static String pick(List<Document> docs, Random r) {
    return docs.get(r.nextInt(docs.size())).text();
  }

  private static String answer(List<String> texts, Map<String, String> labels) {
    StringBuilder sb = new StringBuilder("{\"model\": \"news\", \"results\": [");
    for (int i = 0; i < texts.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append("{\"labels\": ").append(labels.get(texts.get(i))).append('}');
    }
    return sb.append("]}").toString();
  }

  private static void waitForRequests(AtomicInteger requests, int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (requests.get() < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }
}
