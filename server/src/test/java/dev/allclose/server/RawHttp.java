package dev.allclose.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 written by hand over a socket, for the requests {@code java.net.http} will not send: a
 * foreign {@code Host} header, no {@code Host} at all, a chunked body of any size. The request ends
 * with {@code Connection: close} and the response is read to the end of the stream. The body is
 * written on its own thread, so a server that answers before reading it all (a 413) is still heard.
 */
final class RawHttp {
  private RawHttp() {}

  /** A response: status, headers with lower-case names, body as text. */
  record Response(int status, Map<String, String> headers, String body) {}

  /**
   * Sends {@code head} (request line and headers, without the final blank line), then {@code body}
   * as it is when {@code chunkSize} is 0, or in chunks of that size with {@code Transfer-Encoding:
   * chunked} added.
   */
  static Response send(int port, String head, byte[] body, int chunkSize) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      String headers =
          head.strip()
              + "\r\nConnection: close\r\n"
              + (chunkSize > 0 ? "Transfer-Encoding: chunked\r\n" : "")
              + "\r\n";
      out.write(headers.getBytes(StandardCharsets.ISO_8859_1));
      CompletableFuture<Void> writing =
          CompletableFuture.runAsync(() -> writeBody(out, body, chunkSize));
      Response response = read(socket.getInputStream());
      writing.exceptionally(e -> null).join();
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request with no body. */
  static Response get(int port, String head) {
    return send(port, head, new byte[0], 0);
  }

  private static void writeBody(OutputStream out, byte[] body, int chunkSize) {
    try {
      if (chunkSize == 0) {
        out.write(body);
      } else {
        for (int at = 0; at < body.length; at += chunkSize) {
          int n = Math.min(chunkSize, body.length - at);
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
          out.write(body, at, n);
          out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      out.flush();
    } catch (IOException e) {
      // the server answered and closed before taking the whole body, which is what a refusal does
    }
  }

  private static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      in.transferTo(all);
    } catch (IOException e) {
      // a reset after the answer arrived; what was read is the answer
      if (all.size() == 0) {
        throw e;
      }
    }
    String text = all.toString(StandardCharsets.ISO_8859_1);
    int split = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, split).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.merge(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip(),
          (a, b) -> a + "\n" + b);
    }
    byte[] raw = all.toByteArray();
    byte[] body = new byte[raw.length - split - 4];
    System.arraycopy(raw, split + 4, body, 0, body.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Response(
        Integer.parseInt(lines[0].split(" ")[1]),
        headers,
        new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int eol = indexOf(chunked, at);
      String size = new String(chunked, at, eol - at, StandardCharsets.ISO_8859_1);
      int n = Integer.parseInt(size.split(";")[0].strip(), 16);
      if (n == 0) {
        return out.toByteArray();
      }
      out.write(chunked, eol + 2, n);
      at = eol + 2 + n + 2;
    }
  }

  private static int indexOf(byte[] data, int from) {
    for (int i = from; i + 1 < data.length; i++) {
      if (data[i] == '\r' && data[i + 1] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("a chunk size line without its end");
  }
}
