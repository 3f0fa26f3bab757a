package org.fenlei.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the routes (a malformed request line, headers too
 * large, the 503 of a server shutting down): {@code {"error": "Bad Request"}}, whatever the client accepts, never
 * a stack trace or an exception's text.
 */
final class JsonErrorHandler extends ErrorHandler {
  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    String reason = HttpStatus.getMessage(code);
    if (code == HttpStatus.SERVICE_UNAVAILABLE_503) {
      reason = "the server is shutting down";
    }
    byte[] body = (Answers.error(reason) + "\n").getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
