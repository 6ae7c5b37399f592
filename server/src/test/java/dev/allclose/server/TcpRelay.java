package dev.allclose.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on a loopback port to another address, for cutting a service off as a network fault
 * or an outage would: closing the relay closes every connection through it at once.
 */
final class TcpRelay implements AutoCloseable {
  private final ServerSocket listener;
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  /** Relays {@code port} (0 for a free one) to {@code host:targetPort}. */
  TcpRelay(int port, String host, int targetPort) throws IOException {
    listener = bind(port);
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              while (!listener.isClosed()) {
                try {
                  Socket client = listener.accept();
                  Socket server = new Socket(host, targetPort);
                  open.add(client);
                  open.add(server);
                  pump(client, server);
                  pump(server, client);
                } catch (IOException e) {
                  // closed, or the target refused: the client sees its connection end
                }
              }
            });
  }

  /**
   * Binds the port, waiting a little for a relay just closed on it to let go: a listener closed
   * while its thread waits in accept() keeps the port until that thread has woken up.
   */
  private static ServerSocket bind(int port) throws IOException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (true) {
      ServerSocket s = new ServerSocket();
      s.setReuseAddress(true);
      try {
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return s;
      } catch (java.net.BindException e) {
        s.close();
        if (System.nanoTime() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  int port() {
    return listener.getLocalPort();
  }

  private void pump(Socket from, Socket to) {
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // one side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            });
  }

  @Override
  public void close() {
    closeQuietly(listener);
    open.forEach(TcpRelay::closeQuietly);
    open.clear();
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // already closed
    }
  }
}
