package org.fenlei.serve;

/**
 * A request the server refuses, with its HTTP status and a one-line message for the client: answered as
 * {@code {"error": message}}. Carries no stack trace (none is ever shown).
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String type;

  private ApiException(int status, String type, String message) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
  }

  /** 400: the request is malformed or asks for something that does not exist. */
  static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }

  /** 413: the request is over one of the server's limits. */
  static ApiException tooLarge(String message) {
    return new ApiException(413, "too_large", message);
  }

  /** 503: the request ran out of time, waiting for a worker or being classified. */
  static ApiException timeout(String message) {
    return new ApiException(503, "timeout", message);
  }

  /** 408: the client did not send its body in time, or the connection failed while it did. */
  static ApiException unreadable(String message) {
    return new ApiException(408, "timeout", message);
  }

  /** The error's name in the {@code fenlei_errors_total} metric. */
  String type() {
    return type;
  }

  int status() {
    return status;
  }
}
