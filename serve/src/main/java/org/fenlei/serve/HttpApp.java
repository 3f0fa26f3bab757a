package org.fenlei.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Set;
import java.util.function.BiConsumer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** The Javalin application: routes, JSON errors, metrics of every request, a Jetty set up to stop gracefully. */
final class HttpApp {
  private static final Set<String> ROUTES = Set.of("/v1/classify", "/v1/models", "/health", "/metrics");
  private static final String STARTED = "fenlei.started";

  private HttpApp() {}

  /**
   * The application, not started.
   *
   * @param b the options
   * @param endpoints the handlers
   * @param metrics where each request is counted
   * @param failures told of each request that failed on the server's side (route, exception)
   */
  static Javalin create(FenleiServer.Builder b, Endpoints endpoints, ServerMetrics metrics,
      BiConsumer<String, Throwable> failures) {
    long idleMillis = Math.max(1000, b.requestTimeout().toMillis());
    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.startup.startupWatcherEnabled = false;
      cfg.http.prefer405over404 = true;
      cfg.http.maxRequestSize = b.maxBodyBytes();
      cfg.jetty.modifyServer(server -> {
        server.insertHandler(new GracefulHandler()); // requests in flight finish when the server stops
        server.setStopTimeout(b.shutdownTimeout().toMillis());
        server.setErrorHandler(new JsonErrorHandler());
      });
      cfg.jetty.addConnector((server, http) -> {
        http.setSendServerVersion(false);
        ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
        c.setHost(b.host());
        c.setPort(b.port());
        c.setIdleTimeout(idleMillis); // a client that stops sending its body is cut off
        return c;
      });
      cfg.routes.post("/v1/classify", endpoints::classify);
      cfg.routes.get("/v1/models", endpoints::models);
      cfg.routes.get("/health", endpoints::health);
      cfg.routes.get("/metrics", endpoints::metrics);
      cfg.routes.exception(ApiException.class, (e, ctx) -> {
        ctx.attribute(Endpoints.ERROR_TYPE, e.type());
        error(ctx, e.status(), e.getMessage());
      });
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        failures.accept(route(ctx.path()), e);
        error(ctx, 500, "internal error: the request could not be answered (" + e.getClass().getSimpleName() + ")");
      });
      cfg.routes.error(404, ctx -> error(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path()
          + " (routes: POST /v1/classify, GET /v1/models, GET /health, GET /metrics)"));
      cfg.routes.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()
          + " (allowed: " + allowed(ctx.path()) + ")"));
      // counted before the answer is written, so that a scrape after an answer always includes it
      cfg.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
      cfg.routes.after(ctx -> {
        Long started = ctx.attribute(STARTED);
        metrics.request(route(ctx.path()), ctx.method().name(), ctx.statusCode(),
            started == null ? 0 : System.nanoTime() - started, ctx.attribute(Endpoints.ERROR_TYPE));
      });
    });
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType(Endpoints.JSON).result(Answers.error(message));
    if (status == 405) {
      ctx.header("Allow", allowed(ctx.path()));
    }
  }

  private static String allowed(String path) {
    return path.equals("/v1/classify") ? "POST" : "GET";
  }

  /** A label for the metrics: the route, or {@code unmatched} for any other path (bounded cardinality). */
  private static String route(String path) {
    return ROUTES.contains(path) ? path : "unmatched";
  }
}
