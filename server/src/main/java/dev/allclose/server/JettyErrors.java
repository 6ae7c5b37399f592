package dev.allclose.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.jspecify.annotations.Nullable;

/**
 * The answers Jetty gives itself, before the app sees a request, in the app's form: one line of
 * JSON, {@code {"error": "..."}}, instead of an HTML page. They are requests Jetty cannot parse (an
 * HTTP/1.1 request without {@code Host}, two {@code Host} headers, headers over 8 KiB) and errors
 * that escape the app, which are answered with the status's reason alone, never an exception.
 */
final class JettyErrors extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpField JSON_TYPE =
      new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");

  @Override
  public ByteBuffer badMessageError(
      int status, @Nullable String reason, HttpFields.Mutable fields) {
    fields.put(JSON_TYPE);
    String what =
        reason == null ? HttpStatus.getMessage(status) : reason.lines().findFirst().orElse("");
    return ByteBuffer.wrap(json("the request is malformed (" + what + ")"));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      @Nullable String message)
      throws IOException {
    baseRequest.setHandled(true);
    response.setContentType(JSON_TYPE.getValue());
    response.getOutputStream().write(json(HttpStatus.getMessage(code)));
  }

  private static byte[] json(String message) {
    try {
      return JSON.writeValueAsString(Map.of("error", message)).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
