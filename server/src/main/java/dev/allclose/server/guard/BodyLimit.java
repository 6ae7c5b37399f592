package dev.allclose.server.guard;

import dev.allclose.server.ApiError;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Caps request bodies at {@value #MAX_BYTES} bytes (1 MiB for a solution or draft of at most
 * 1,000,000 characters, plus 64 KiB for the JSON around it and its escapes), whatever the transfer
 * encoding; a longer body is a 413.
 *
 * <p>Javalin 6.7 checks its {@code maxRequestSize} against {@code Content-Length} only, and Jetty
 * 11 has no limit of its own, so a chunked body (no {@code Content-Length}) used to be read whole
 * into memory (javalin/javalin#2416, fixed after 6.7). Two parts close that: the {@link #filter()}
 * wraps every request's input stream in one that throws the 413 past the cap, whoever reads it; and
 * this handler reads the body of each change, through that stream, before any route's handler runs,
 * so an oversized body is refused even by a route that would ignore it. Javalin keeps the bytes
 * read here for the handler's {@code ctx.body()}.
 */
final class BodyLimit implements Handler {
  static final long MAX_BYTES = 1_048_576 + 65_536;

  @Override
  public void handle(Context ctx) {
    if (!StateChanging.is(ctx)) {
      return;
    }
    if (ctx.req().getContentLengthLong() > MAX_BYTES) {
      throw tooLarge();
    }
    ctx.bodyAsBytes();
  }

  static ApiError tooLarge() {
    return new ApiError(
        413,
        "the request body is over "
            + String.format("%,d", MAX_BYTES)
            + " bytes; a solution or a draft may hold at most 1,000,000 characters");
  }

  /** A servlet filter that bounds every request's body stream. */
  static Filter filter() {
    return BodyLimit::bounded;
  }

  private static void bounded(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new Bounded((HttpServletRequest) request), response);
  }

  private static final class Bounded extends HttpServletRequestWrapper {
    private @Nullable ServletInputStream stream;

    Bounded(HttpServletRequest request) {
      super(request);
    }

    @Override
    public synchronized ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new BoundedStream(super.getInputStream());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String charset = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
    }
  }

  /** Counts the bytes read and throws the 413 as soon as they pass the cap. */
  private static final class BoundedStream extends ServletInputStream {
    private final ServletInputStream in;
    private long read;

    BoundedStream(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw tooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
