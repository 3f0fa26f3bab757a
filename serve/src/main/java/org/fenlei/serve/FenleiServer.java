package org.fenlei.serve;

import io.javalin.Javalin;
import io.javalin.util.JavalinException;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An HTTP JSON service over fenlei model files, on Javalin and Jetty: what {@code fenlei serve} runs.
 *
 * <pre>{@code
 * try (FenleiServer server = FenleiServer.builder().model(Path.of("news.fenlei")).port(8080).start()) {
 *   server.join(); // until stop() or close() from another thread
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code POST /v1/classify}: {@code {"text": "..."}} or {@code {"texts": [...]}}, optional {@code model}
 *       (required when several are served), {@code top_k}, {@code threshold}; answers {@code {"model": M,
 *       "labels": [{"label": L, "score": S}, ...]}} or {@code {"model": M, "results": [{"labels": [...]}, ...]}},
 *       the records of {@code fenlei classify} under the same decision rule;
 *   <li>{@code GET /v1/models}: each model's name, kind, labels, settings, file format and version, int8 or float;
 *   <li>{@code GET /health}; {@code GET /metrics} (Prometheus text, see the builder's {@link Builder#registry}).
 * </ul>
 *
 * <p>Every refusal is {@code {"error": "..."}} with status 400 (malformed request, unknown model), 413 (over a
 * limit), 404, 405 or 503 (timed out, shutting down); a failure of the server's own is a 500 with a one-line
 * message, reported to the {@link ServerListener}; no answer ever carries a stack trace. A model file replaced on
 * disk (renamed over, as fenlei saves models) is loaded and swapped in while requests go on; one that fails to
 * load leaves the old model serving. {@link #stop()} lets requests in flight finish. The server prints nothing.
 */
public final class FenleiServer implements AutoCloseable {
  private final Javalin app;
  private final Map<String, ModelSource> models;
  private final ScheduledExecutorService poller;
  private final ServerListener listener;
  private final ServerMetrics metrics;
  private final String host;
  private final int port;
  private final Duration reloadInterval;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private FenleiServer(Builder b, Map<String, ModelSource> models) {
    this.models = models;
    this.listener = b.listener;
    this.host = b.host;
    this.port = b.port;
    this.metrics = new ServerMetrics(b.registry);
    metrics.initialise(models.keySet());
    Limits limits = new Limits(b.maxBodyBytes, b.maxTexts, b.maxTextChars, b.requestTimeout);
    Endpoints endpoints = new Endpoints(models, limits, b.threads, metrics);
    this.app = HttpApp.create(b, endpoints, metrics, this::report);
    this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "fenlei-serve-reload");
      t.setDaemon(true);
      return t;
    });
    this.reloadInterval = b.reloadInterval;
  }

  /** Binds the port and starts the poller; on failure nothing is left running. */
  private void listen() throws IOException {
    try {
      app.start();
    } catch (JavalinException e) {
      poller.shutdownNow();
      stopped.countDown();
      throw new IOException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    if (!reloadInterval.isZero()) {
      long ms = Math.max(1, reloadInterval.toMillis());
      poller.scheduleWithFixedDelay(this::pollModels, ms, ms, TimeUnit.MILLISECONDS);
    }
  }

  /** Tells the listener of a request that failed on the server's side. */
  private void report(String route, Throwable e) {
    tell(() -> listener.requestFailed(route, e));
  }

  /** Reloads every model file that changed; never throws (the poller would stop). */
  private synchronized void pollModels() {
    for (ModelSource source : models.values()) {
      boolean reloaded;
      try {
        reloaded = source.reloadIfChanged();
      } catch (IOException e) {
        metrics.reload(source.name(), false);
        tell(() -> listener.modelReloadFailed(source.name(), source.file(), e));
        continue;
      }
      if (reloaded) {
        metrics.reload(source.name(), true);
        tell(() -> listener.modelReloaded(source.name(), source.file()));
      }
    }
  }

  /** Calls the listener; what it throws is ignored (it must not stop the poller nor change an answer). */
  private static void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException ignored) {
      // the listener's own failure
    }
  }

  /**
   * A builder with the defaults of {@code fenlei serve}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The port the server listens on (the one chosen by the system when built with port 0).
   *
   * @return the port
   */
  public int port() {
    return app.port();
  }

  /**
   * The server's base address, e.g. {@code http://127.0.0.1:8080/}.
   *
   * @return the address
   */
  public URI uri() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port() + "/");
  }

  /**
   * The names of the served models, in the order given.
   *
   * @return the names
   */
  public List<String> models() {
    return List.copyOf(models.keySet());
  }

  /**
   * Checks every model file now for a replacement, as the poller does every reload interval; for tests and for
   * a caller that knows a file was just replaced.
   */
  public void reloadChangedModels() {
    pollModels();
  }

  /**
   * Stops the server gracefully: no new connections, requests in flight finish (up to the shutdown timeout), then
   * everything stops. Safe to call more than once and from any thread; later calls wait for the first.
   *
   * @throws IllegalStateException when requests were still running after the shutdown timeout (the server is
   *     stopped all the same)
   */
  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      awaitStopped();
      return;
    }
    poller.shutdownNow();
    try {
      app.stop();
    } catch (JavalinException e) {
      throw new IllegalStateException("the server did not stop cleanly: " + e.getMessage(), e);
    } finally {
      stopped.countDown();
    }
  }

  private void awaitStopped() {
    boolean interrupted = false;
    while (true) {
      try {
        stopped.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Waits until the server has stopped.
   *
   * @throws InterruptedException when this thread is interrupted while waiting
   */
  public void join() throws InterruptedException {
    stopped.await();
  }

  /**
   * The options of a server, then {@link #start()}. Not thread-safe; the server it starts is.
   */
  public static final class Builder {
    private final Map<String, Path> files = new LinkedHashMap<>();
    private String host = "127.0.0.1";
    private int port = 8080;
    private int threads = Runtime.getRuntime().availableProcessors();
    private long maxBodyBytes = 1 << 20;
    private int maxTexts = 1000;
    private int maxTextChars = 100_000;
    private Duration requestTimeout = Duration.ofSeconds(10);
    private Duration reloadInterval = Duration.ofSeconds(1);
    private Duration shutdownTimeout = Duration.ofSeconds(30);
    private ServerListener listener = ServerListener.NONE;
    private PrometheusMeterRegistry registry;

    private Builder() {}

    /**
     * A model file to serve, named by its file name without the extension ({@code news.fenlei}: {@code news}).
     *
     * @param file a fenlei model file, or the fastText tool's .bin/.ftz
     * @return this builder
     * @throws IllegalArgumentException when another model already has that name
     */
    public Builder model(Path file) {
      String n = String.valueOf(file.getFileName());
      int dot = n.lastIndexOf('.');
      return model(dot > 0 ? n.substring(0, dot) : n, file);
    }

    /**
     * A model file to serve under a name, which requests give as {@code "model"}.
     *
     * @param name the model's name: not blank, without control characters
     * @param file a fenlei model file, or the fastText tool's .bin/.ftz
     * @return this builder
     * @throws IllegalArgumentException for a blank or repeated name
     */
    public Builder model(String name, Path file) {
      Objects.requireNonNull(file, "file");
      if (name == null || name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException("a model name must not be blank nor hold control characters: '" + name
            + "'");
      }
      if (files.putIfAbsent(name, file) != null) {
        throw new IllegalArgumentException("two models named '" + name + "' (" + files.get(name) + ", " + file
            + "): name them with NAME=FILE");
      }
      return this;
    }

    /**
     * The address to listen on (default {@code 127.0.0.1}: this machine only; {@code 0.0.0.0} for every
     * interface).
     *
     * @param host a host name or address
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * The port to listen on (default 8080; 0 lets the system choose, see {@link FenleiServer#port()}).
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException outside that range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * How many requests classify at once (default: the number of cores); others wait, up to the request timeout.
     * A request's texts are classified one after another.
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * The largest request body (default 1 MiB); a larger one is refused with 413.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws IllegalArgumentException below 1
     */
    public Builder maxBodyBytes(long bytes) {
      this.maxBodyBytes = positive(bytes, "the body size limit");
      return this;
    }

    /**
     * The most texts in one request (default 1000); more are refused with 413.
     *
     * @param texts at least 1
     * @return this builder
     * @throws IllegalArgumentException below 1
     */
    public Builder maxTexts(int texts) {
      this.maxTexts = (int) positive(texts, "the batch size limit");
      return this;
    }

    /**
     * The longest text in characters (Unicode code points; default 100,000); a longer one is refused with 413.
     *
     * @param chars at least 1
     * @return this builder
     * @throws IllegalArgumentException below 1
     */
    public Builder maxTextChars(int chars) {
      this.maxTextChars = (int) positive(chars, "the text length limit");
      return this;
    }

    /**
     * How long a request may wait for a worker and be classified (default 10 s; answered 503 past it), and how
     * long a connection may stay silent while sending its request.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder requestTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the request timeout must be positive: " + timeout);
      }
      this.requestTimeout = timeout;
      return this;
    }

    /**
     * How often the model files are checked for a replacement (size, modification time, file key; default 1 s).
     *
     * @param interval positive, or zero never to reload
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder reloadInterval(Duration interval) {
      if (interval.isNegative()) {
        throw new IllegalArgumentException("the reload interval must not be negative: " + interval);
      }
      this.reloadInterval = interval;
      return this;
    }

    /**
     * How long {@link FenleiServer#stop()} waits for requests in flight (default 30 s).
     *
     * @param timeout zero or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder shutdownTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("the shutdown timeout must not be negative: " + timeout);
      }
      this.shutdownTimeout = timeout;
      return this;
    }

    /**
     * Where reloads and failures are reported (default: nowhere; they are counted in the metrics all the same).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ServerListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The registry the server's meters go to and {@code GET /metrics} shows (default: a new one of its own), to
     * share one with the rest of an application.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(PrometheusMeterRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Loads every model, then listens.
     *
     * @return the running server
     * @throws IllegalStateException when no model was given
     * @throws java.nio.file.NoSuchFileException when a model file is missing
     * @throws org.fenlei.core.ModelFormatException when a model file cannot be read, naming it
     * @throws IOException when a file cannot be read or the address cannot be bound (the port is taken)
     */
    public FenleiServer start() throws IOException {
      if (files.isEmpty()) {
        throw new IllegalStateException("no model to serve: give at least one model file");
      }
      Map<String, ModelSource> sources = new LinkedHashMap<>();
      for (Map.Entry<String, Path> e : files.entrySet()) {
        sources.put(e.getKey(), ModelSource.open(e.getKey(), e.getValue()));
      }
      if (registry == null) {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      }
      FenleiServer server = new FenleiServer(this, java.util.Collections.unmodifiableMap(sources));
      server.listen();
      return server;
    }

    String host() {
      return host;
    }

    int port() {
      return port;
    }

    long maxBodyBytes() {
      return maxBodyBytes;
    }

    Duration requestTimeout() {
      return requestTimeout;
    }

    Duration shutdownTimeout() {
      return shutdownTimeout;
    }

    private static long positive(long v, String what) {
      if (v < 1) {
        throw new IllegalArgumentException(what + " must be >= 1: " + v);
      }
      return v;
    }
  }
}
