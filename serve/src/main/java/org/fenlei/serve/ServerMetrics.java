package org.fenlei.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The server's meters, exposed at {@code GET /metrics} in Prometheus' text format:
 *
 * <ul>
 *   <li>{@code fenlei_http_requests_seconds} (histogram; {@code route}, {@code method}, {@code status}): every
 *       request and its latency, its {@code _count} the requests by route and status;
 *   <li>{@code fenlei_documents_classified_total} ({@code model}): texts classified;
 *   <li>{@code fenlei_errors_total} ({@code type}: {@code bad_request}, {@code too_large}, {@code not_found},
 *       {@code method_not_allowed}, {@code timeout}, {@code unavailable}, {@code internal},
 *       {@code reload_failed});
 *   <li>{@code fenlei_model_reloads_total} ({@code model}, {@code result}: {@code ok}, {@code failed});
 *   <li>the JVM's memory, threads and CPU.
 * </ul>
 */
final class ServerMetrics {
  /** Latency bucket bounds: from a short text on an idle server to a timed-out batch. */
  private static final Duration[] BUCKETS = {
      Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
      Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
      Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

  private final PrometheusMeterRegistry registry;

  ServerMetrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
  }

  /** One answered request; {@code errorType} null to name the error by its status. */
  void request(String route, String method, int status, long nanos, String errorType) {
    Timer.builder("fenlei.http.requests").description("HTTP requests by route, method and status, and their latency")
        .tags("route", route, "method", method, "status", Integer.toString(status))
        .serviceLevelObjectives(BUCKETS).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    String error = errorType != null ? errorType : switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 408 -> "timeout";
      case 413 -> "too_large";
      case 500 -> "internal";
      case 503 -> "unavailable";
      default -> status >= 400 ? "other" : null;
    };
    if (error != null) {
      error(error);
    }
  }

  /** Texts classified by a model. */
  void documents(String model, int count) {
    Counter.builder("fenlei.documents.classified").description("Texts classified")
        .tag("model", model).register(registry).increment(count);
  }

  /** A model file reloaded, or that failed to. */
  void reload(String model, boolean ok) {
    Counter.builder("fenlei.model.reloads").description("Reloads of replaced model files")
        .tags("model", model, "result", ok ? "ok" : "failed").register(registry).increment();
    if (!ok) {
      error("reload_failed");
    }
  }

  private void error(String type) {
    Counter.builder("fenlei.errors").description("Errors: refused or failed requests, failed reloads")
        .tag("type", type).register(registry).increment();
  }

  /** Registers the counters every scrape should show from the start, at zero. */
  void initialise(Iterable<String> models) {
    for (String m : models) {
      Counter.builder("fenlei.documents.classified").description("Texts classified").tag("model", m)
          .register(registry);
    }
  }

  /** The meters in Prometheus' text format. */
  String scrape() {
    return registry.scrape();
  }
}
