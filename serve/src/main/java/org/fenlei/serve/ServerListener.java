package org.fenlei.serve;

import java.nio.file.Path;

/**
 * What a {@link FenleiServer} reports instead of printing: model reloads and unexpected failures. Called from the
 * server's threads (the reload poller, request threads); an implementation must be quick and thread-safe, and
 * whatever it throws is ignored. Every method does nothing unless overridden.
 */
public interface ServerListener {
  /** A listener that ignores everything. */
  ServerListener NONE = new ServerListener() {};

  /**
   * A replaced model file was loaded and now answers requests.
   *
   * @param model the model's name
   * @param file its file
   */
  default void modelReloaded(String model, Path file) {}

  /**
   * A replaced model file could not be loaded; the previous model goes on answering requests. The same file
   * (same size, time and file key) is not tried again until it changes.
   *
   * @param model the model's name
   * @param file its file
   * @param error why it could not be loaded (its message names the file)
   */
  default void modelReloadFailed(String model, Path file, Exception error) {}

  /**
   * A request failed for a reason that is not the client's: it was answered with status 500 and a one-line
   * JSON error, never this exception's stack trace.
   *
   * @param route the route, e.g. {@code /v1/classify}
   * @param error what was thrown
   */
  default void requestFailed(String route, Throwable error) {}
}
