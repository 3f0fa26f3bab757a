package org.fenlei.serve;

import static org.fenlei.serve.Fixtures.assertJsonError;
import static org.fenlei.serve.Fixtures.post;
import static org.fenlei.serve.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fenlei.core.ModelFile;
import org.fenlei.core.ModelFormatException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Graceful shutdown, timeouts, failures of the server's own, and what start() refuses. */
class LifecycleTest {
  @TempDir
  Path dir;
  ExecutorService pool;

  @BeforeEach
  void drain() {
    SlowClassifier.STARTED.drainPermits();
    pool = Executors.newCachedThreadPool();
  }

  @AfterEach
  void shutdown() {
    pool.shutdownNow();
  }

  private Path slowModel(long sleepMillis) throws IOException {
    Path f = dir.resolve("slow.fenlei");
    ModelFile.save(new SlowClassifier(sleepMillis), f);
    return f;
  }

  @Test
  void stopLetsARequestInFlightFinishAndTakesNoNewOne() throws Exception {
    FenleiServer server = FenleiServer.builder().model(slowModel(3000)).port(0).start();
    int port = server.port();
    Future<HttpResponse<String>> inFlight = pool.submit(() -> post(server, "/v1/classify", text("x")));
    assertTrue(SlowClassifier.STARTED.tryAcquire(20, TimeUnit.SECONDS), "the request reached the model");
    long t0 = System.nanoTime();
    Future<?> stopping = pool.submit(server::stop);
    // the port closes at once, while the request in flight goes on
    boolean refused = false;
    for (int i = 0; i < 200 && !refused; i++) {
      try {
        new Socket("127.0.0.1", port).close();
        Thread.sleep(10);
      } catch (ConnectException e) {
        refused = true;
      }
    }
    assertTrue(refused, "new connections are refused once stopping");
    assertFalse(inFlight.isDone(), "the slow request is still running");
    HttpResponse<String> r = inFlight.get(30, TimeUnit.SECONDS);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("{\"model\": \"slow\", \"labels\": [{\"label\": \"b\", \"score\": 0.750000}]}", r.body());
    stopping.get(30, TimeUnit.SECONDS);
    assertTrue((System.nanoTime() - t0) / 1e6 >= 1500, "stop waited for the request");
    server.stop(); // again: nothing happens
  }

  @Test
  void aRequestWaitingTooLongForAWorkerGets503() throws Exception {
    try (FenleiServer server = FenleiServer.builder().model(slowModel(5000)).port(0).threads(1)
        .requestTimeout(Duration.ofMillis(500)).start()) {
      int coldTimeouts = 0;
      Future<HttpResponse<String>> busy = holdTheWorker(server);
      while (busy.isDone()) {
        // a cold server on a loaded machine can spend the whole 500 ms before its first text: a 503 without the
        // model ever started (the first request loads and compiles the classes of a request); hold the worker again
        assertEquals(503, busy.get().statusCode(), busy.get().body());
        assertTrue(++coldTimeouts < 5, "the first request never reached the model within 500 ms, 5 times");
        busy = holdTheWorker(server);
      }
      HttpResponse<String> r = post(server, "/v1/classify", text("y"));
      assertEquals(503, r.statusCode(), r.body());
      assertJsonError(r);
      assertTrue(Fixtures.error(r).contains("waiting for a worker"), r.body());
      assertEquals(200, busy.get(30, TimeUnit.SECONDS).statusCode(), "a request that got a worker finishes");
      String metrics = Fixtures.get(server, "/metrics").body();
      assertTrue(metrics.contains("fenlei_errors_total{type=\"timeout\"} " + (1 + coldTimeouts) + ".0"), metrics);
    }
  }

  /**
   * Sends a request to the slow model and returns once the model has started on it, or once the request has
   * ended without reaching the model (then the future is done).
   */
  private Future<HttpResponse<String>> holdTheWorker(FenleiServer server) throws InterruptedException {
    Future<HttpResponse<String>> busy = pool.submit(() -> post(server, "/v1/classify", text("x")));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < until) {
      if (SlowClassifier.STARTED.tryAcquire(20, TimeUnit.MILLISECONDS)) {
        return busy;
      }
      if (busy.isDone()) {
        return busy;
      }
    }
    throw new AssertionError("the request neither reached the model nor ended in 20 s");
  }

  @Test
  void aBatchOverTheTimeoutStopsBetweenTexts() throws Exception {
    try (FenleiServer server = FenleiServer.builder().model(slowModel(400)).port(0)
        .requestTimeout(Duration.ofMillis(600)).start()) {
      HttpResponse<String> r = post(server, "/v1/classify", "{\"texts\": [\"x\", \"y\", \"z\", \"w\", \"v\"]}");
      assertEquals(503, r.statusCode(), r.body());
      assertJsonError(r);
      assertTrue(Fixtures.error(r).matches("timed out after 600 ms with [0-2] of 5 texts classified: .*"), r.body());
    }
  }

  @Test
  void aFailureOfTheServersOwnIs500WithoutItsStackOrMessage() throws Exception {
    List<String> failures = new CopyOnWriteArrayList<>();
    ServerListener listener = new ServerListener() {
      @Override
      public void requestFailed(String route, Throwable error) {
        failures.add(route + " " + error.getMessage());
      }
    };
    try (FenleiServer server = FenleiServer.builder().model(slowModel(0)).port(0).listener(listener).start()) {
      HttpResponse<String> r = post(server, "/v1/classify", text("explode"));
      assertEquals(500, r.statusCode(), r.body());
      assertJsonError(r);
      assertFalse(r.body().contains("SlowClassifier") || r.body().contains("own"), r.body());
      assertEquals(List.of("/v1/classify a failure of the model's own, at " + SlowClassifier.class.getName()),
          failures);
      assertEquals(200, post(server, "/v1/classify", text("fine")).statusCode(), "the server goes on");
    }
  }

  @Test
  void aDeletedFileKeepsItsModelAndAFileThatReturnsIsLoaded() throws Exception {
    Path file = slowModel(0);
    List<String> events = new CopyOnWriteArrayList<>();
    ServerListener listener = new ServerListener() {
      @Override
      public void modelReloaded(String model, Path f) {
        events.add("reloaded " + model);
        throw new IllegalStateException("a listener's failure changes nothing");
      }
    };
    try (FenleiServer server = FenleiServer.builder().model(file).port(0).reloadInterval(Duration.ZERO)
        .listener(listener).start()) {
      Files.delete(file);
      server.reloadChangedModels();
      assertEquals(200, post(server, "/v1/classify", text("x")).statusCode());
      ModelFile.save(new SlowClassifier(1), file);
      server.reloadChangedModels();
      server.reloadChangedModels(); // unchanged since: not loaded again
      assertEquals(List.of("reloaded slow"), events);
      assertTrue(Fixtures.get(server, "/metrics").body()
          .contains("fenlei_model_reloads_total{model=\"slow\",result=\"ok\"} 1.0"));
    }
  }

  @Test
  void startRefusesWhatCannotBeServed() throws Exception {
    Path good = slowModel(0);
    assertThrows(IllegalStateException.class, () -> FenleiServer.builder().start());
    NoSuchFileException missing = assertThrows(NoSuchFileException.class,
        () -> FenleiServer.builder().model(dir.resolve("nosuch.fenlei")).port(0).start());
    assertTrue(missing.getMessage().contains("nosuch.fenlei"), missing.getMessage());
    Path junk = Files.writeString(dir.resolve("junk.fenlei"), "not a model");
    ModelFormatException bad = assertThrows(ModelFormatException.class,
        () -> FenleiServer.builder().model(good).model(junk).port(0).start());
    assertTrue(bad.getMessage().startsWith(junk.toString()), bad.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> FenleiServer.builder().model(good).model(dir.resolve("sub/slow.fenlei")));
    assertTrue(twice.getMessage().contains("two models named 'slow'"), twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FenleiServer.builder().model(" ", good));
    assertThrows(IllegalArgumentException.class, () -> FenleiServer.builder().port(65_536));
    assertThrows(IllegalArgumentException.class, () -> FenleiServer.builder().threads(0));
    assertThrows(IllegalArgumentException.class, () -> FenleiServer.builder().maxTexts(0));
    assertThrows(IllegalArgumentException.class, () -> FenleiServer.builder().requestTimeout(Duration.ZERO));
    try (FenleiServer first = FenleiServer.builder().model(good).port(0).start()) {
      IOException taken = assertThrows(IOException.class,
          () -> FenleiServer.builder().model(good).port(first.port()).start());
      assertTrue(taken.getMessage().startsWith("cannot serve on 127.0.0.1:" + first.port() + ": "),
          taken.getMessage());
    }
  }
}
