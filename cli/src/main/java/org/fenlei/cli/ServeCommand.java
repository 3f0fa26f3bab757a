package org.fenlei.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.fenlei.serve.FenleiServer;
import org.fenlei.serve.ServerListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Serve models over HTTP (JSON): classify texts, list the models, health and Prometheus metrics. "
        + "A model file replaced on disk is reloaded without dropping requests.",
    footer = {"", "Endpoints:",
        "  POST /v1/classify  {\"text\": \"...\"} or {\"texts\": [...]}, optional \"model\", \"top_k\", \"threshold\"",
        "                     -> {\"model\": M, \"labels\": [{\"label\": L, \"score\": S}, ...]} (texts: \"results\")",
        "  GET  /v1/models    names, kinds, labels, settings, format version, int8 or float",
        "  GET  /health       GET /metrics (Prometheus text)",
        "", "Examples:",
        "  fenlei serve --model news.fenlei --port 8080",
        "  curl -s localhost:8080/v1/classify -d '{\"text\": \"国足客场战平叙利亚\"}'",
        "  fenlei serve --model news=models/news.q.fenlei --model senti=senti.fenlei --host 0.0.0.0 --port 8080"})
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "[NAME=]FILE", required = true,
      description = "A model file to serve (repeatable), named by its file name without extension or by NAME.")
  List<String> models;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: all).")
  String host;

  @Option(names = "--port", paramLabel = "N", required = true, description = "The port to listen on (0: any free).")
  int port;

  @Option(names = "--threads", paramLabel = "N",
      description = "Requests classified at once; others wait up to --timeout (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "1048576",
      description = "The largest request body (default: ${DEFAULT-VALUE}); larger ones get 413.")
  long maxBodyBytes;

  @Option(names = "--max-texts", paramLabel = "N", defaultValue = "1000",
      description = "The most texts in one request (default: ${DEFAULT-VALUE}); more get 413.")
  int maxTexts;

  @Option(names = "--max-text-chars", paramLabel = "N", defaultValue = "100000",
      description = "The longest text in characters (default: ${DEFAULT-VALUE}); longer ones get 413.")
  int maxTextChars;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "How long a request may wait and be classified before a 503 (default: ${DEFAULT-VALUE}).")
  double timeout;

  @Option(names = "--reload-interval", paramLabel = "SECONDS", defaultValue = "1",
      description = "How often model files are checked for a replacement; 0 never (default: ${DEFAULT-VALUE}).")
  double reloadInterval;

  @Option(names = "--shutdown-timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "On SIGTERM or Ctrl-C, how long requests in flight may take to finish (default: "
          + "${DEFAULT-VALUE}).")
  double shutdownTimeout;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    FenleiServer.Builder b = FenleiServer.builder();
    try {
      for (String m : models) {
        int eq = m.indexOf('=');
        if (eq > 0 && !Files.exists(Path.of(m))) {
          b.model(m.substring(0, eq), Path.of(m.substring(eq + 1)));
        } else {
          b.model(Path.of(m));
        }
      }
      b.host(host).port(port).threads(threads).maxBodyBytes(maxBodyBytes).maxTexts(maxTexts)
          .maxTextChars(maxTextChars).requestTimeout(seconds(timeout, "--timeout", false))
          .reloadInterval(seconds(reloadInterval, "--reload-interval", true))
          .shutdownTimeout(seconds(shutdownTimeout, "--shutdown-timeout", true));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    b.listener(new ServerListener() {
      @Override
      public void modelReloaded(String model, Path file) {
        err.println("fenlei serve: reloaded model " + model + " from " + file);
      }

      @Override
      public void modelReloadFailed(String model, Path file, Exception error) {
        err.println("fenlei serve: kept the previous model " + model + ": " + Main.message(error));
      }

      @Override
      public void requestFailed(String route, Throwable error) {
        err.println("fenlei serve: " + route + " failed: " + Main.message(error));
        if (verbose) {
          error.printStackTrace(err);
        }
      }
    });
    FenleiServer server = b.start();
    Thread hook = new Thread(server::stop, "fenlei-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook); // SIGTERM, Ctrl-C: requests in flight finish
    err.println("fenlei serve: listening on " + server.uri() + " (models: " + String.join(", ", server.models())
        + ")");
    try {
      server.join();
    } catch (InterruptedException e) {
      server.stop(); // an embedding program's way to stop the command
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is the one stopping the server
      }
    }
    err.println("fenlei serve: stopped");
    return 0;
  }

  private static Duration seconds(double s, String option, boolean zeroAllowed) {
    if (!(s >= 0) || (s == 0 && !zeroAllowed) || s > 1e6) {
      throw new UsageException(option + " must be " + (zeroAllowed ? "0" : "more than 0") + " to 1000000 seconds: "
          + s);
    }
    return Duration.ofNanos(Math.round(s * 1e9));
  }
}
