package org.fenlei.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.fenlei.core.BatchClassifier;
import org.fenlei.core.Prediction;

/**
 * The routes' handlers. Classification runs on the request's thread once it holds one of the server's worker
 * permits, so at most {@code threads} requests classify at once and the others wait, up to the request timeout.
 */
final class Endpoints {
  static final String JSON = "application/json; charset=utf-8";
  /** The context attribute naming an error for the metrics. */
  static final String ERROR_TYPE = "fenlei.error";

  private final Map<String, ModelSource> models;
  private final Limits limits;
  private final Semaphore workers;
  private final ServerMetrics metrics;

  Endpoints(Map<String, ModelSource> models, Limits limits, int threads, ServerMetrics metrics) {
    this.models = models;
    this.limits = limits;
    this.workers = new Semaphore(threads, true);
    this.metrics = metrics;
  }

  /** {@code POST /v1/classify}. */
  void classify(Context ctx) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + limits.requestTimeout().toNanos();
    ClassifyRequest req = ClassifyRequest.parse(body(ctx, deadline), limits);
    ModelSource source = select(req.model());
    ModelSource.Loaded loaded = source.current(); // one model for the whole request, whatever reloads meanwhile
    BatchClassifier rule;
    try {
      rule = new BatchClassifier(loaded.model(), req.topK(), req.threshold(), false, 1);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    if (!workers.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      throw ApiException.timeout("timed out after " + limits.requestTimeout().toMillis() + " ms waiting for a "
          + "worker: the server is overloaded, retry later");
    }
    List<Prediction> out = new ArrayList<>(req.texts().size());
    try {
      for (String text : req.texts()) {
        if (System.nanoTime() - deadline > 0) {
          throw ApiException.timeout("timed out after " + limits.requestTimeout().toMillis() + " ms with "
              + out.size() + " of " + req.texts().size() + " texts classified: send fewer texts a request");
        }
        out.add(rule.predict(text));
      }
    } finally {
      workers.release();
    }
    metrics.documents(source.name(), out.size());
    ctx.contentType(JSON).result(Answers.classified(source.name(), out, req.batch()));
  }

  /** {@code GET /v1/models}. */
  void models(Context ctx) {
    ctx.contentType(JSON).result(Answers.models(List.copyOf(models.values())));
  }

  /** {@code GET /health}: the server answers and every model is loaded (a model is never unloaded). */
  void health(Context ctx) {
    StringBuilder sb = new StringBuilder("{\"status\": \"ok\", \"models\": [");
    int i = 0;
    for (String name : models.keySet()) {
      sb.append(i++ == 0 ? "" : ", ").append(org.fenlei.core.JsonText.quote(name));
    }
    ctx.contentType(JSON).result(sb.append("]}").toString());
  }

  /** {@code GET /metrics}. */
  void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  /** The model a request names, or the only one served. */
  private ModelSource select(String name) {
    if (name == null) {
      if (models.size() == 1) {
        return models.values().iterator().next();
      }
      throw ApiException.badRequest("\"model\" is required: this server serves " + models.size() + " models ("
          + String.join(", ", models.keySet()) + ")");
    }
    ModelSource s = models.get(name);
    if (s == null) {
      throw ApiException.badRequest("unknown model \"" + name + "\" (served: " + String.join(", ", models.keySet())
          + ")");
    }
    return s;
  }

  /**
   * Reads and drops up to {@code bytes} more of the request body, until {@code deadline} ({@link System#nanoTime});
   * a failure to read ends it quietly. Nothing is read from a client that waits for {@code 100 Continue} before
   * sending its body: reading would send the 100 and invite the upload the 413 refuses.
   */
  private static void drain(Context ctx, long bytes, long deadline) {
    if ("100-continue".equalsIgnoreCase(ctx.req().getHeader("Expect"))) {
      return;
    }
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] scratch = new byte[16 * 1024];
      for (long left = bytes; left > 0 && deadline - System.nanoTime() > 0; ) {
        int n = in.read(scratch, 0, (int) Math.min(scratch.length, left));
        if (n < 0) {
          break;
        }
        left -= n;
      }
    } catch (IOException e) {
      // the client went away or went silent: the 413 is all there is to say
    }
  }

  /** Whether reading failed because the client went silent (Jetty's idle timeout), not because it went away. */
  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.util.concurrent.TimeoutException) {
        return true;
      }
    }
    return false;
  }

  /**
   * At most this much of a body over the limit is read and dropped before the 413 goes out, and for no longer than
   * the request timeout: a client still sending when the server closes the connection may get a reset instead of
   * the answer (a test saw it, 1 run in 8), but a slow or huge upload must not hold a server thread.
   */
  private static final long DRAIN_BYTES = 4L << 20;

  /**
   * The request body, refused with 413 past the limit (by its declared length before keeping any of it);
   * {@code deadline} ends the dropping of an over-limit body.
   */
  private byte[] body(Context ctx, long deadline) {
    long max = limits.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      drain(ctx, Math.min(declared, DRAIN_BYTES), deadline);
      throw ApiException.tooLarge("request body of " + declared + " bytes; the limit is " + max + " bytes");
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] data = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
      if (data.length > max) {
        drain(ctx, DRAIN_BYTES, deadline);
        throw ApiException.tooLarge("request body over the limit of " + max + " bytes");
      }
      return data;
    } catch (IOException e) {
      throw ApiException.unreadable(timedOut(e)
          ? "the request body did not arrive within " + limits.requestTimeout().toMillis() + " ms"
          : "the connection failed while the request body was sent");
    }
  }
}
