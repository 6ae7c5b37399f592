package dev.allclose.app.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.MessageProperties;
import dev.allclose.app.AppException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The judging queue of a shared server, on RabbitMQ: one durable queue whose messages name stored
 * runs. The server publishes each run after storing it, as a persistent message confirmed by the
 * broker; a worker takes at most {@code concurrency} at once and acknowledges one only after its
 * report is stored, so a worker that dies mid-run leaves its runs to be delivered again. The
 * connection recovers by itself from a broker restart. Thread-safe.
 */
public final class RunQueue implements AutoCloseable {
  /** The queue's name unless {@link #NAME_VARIABLE} says another. */
  public static final String DEFAULT_NAME = "allclose.runs";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long CONFIRM_MS = 5_000;

  private final Connection connection;
  private final String name;
  private final String where;
  private @Nullable Channel publishing;
  private @Nullable ExecutorService handlers;
  private @Nullable Channel consuming;
  private @Nullable String consumerTag;

  private RunQueue(Connection connection, String name, String where) {
    this.connection = connection;
    this.name = name;
    this.where = where;
  }

  /** Names the queue, so that several deployments can share one broker. */
  public static final String NAME_VARIABLE = "ALLCLOSE_RUN_QUEUE";

  /** Connects as below, to the queue {@code $ALLCLOSE_RUN_QUEUE} names in {@code variables}. */
  public static RunQueue connect(String uri, Map<String, String> variables, String client) {
    String name = variables.get(NAME_VARIABLE);
    return connect(uri, name == null || name.isBlank() ? DEFAULT_NAME : name, client);
  }

  /**
   * Connects to the broker at {@code uri} ({@code amqp://USER:PASSWORD@HOST:5672[/VHOST]}) and
   * declares the queue.
   *
   * @throws AppException (unavailable) with one line when the broker cannot be reached
   */
  public static RunQueue connect(String uri, String name, String client) {
    String where = redacted(uri);
    ConnectionFactory factory = new ConnectionFactory();
    try {
      factory.setUri(uri);
    } catch (URISyntaxException | GeneralSecurityException | IllegalArgumentException e) {
      throw AppException.invalid(
          "not a RabbitMQ address: " + where + "; write amqp://USER:PASSWORD@HOST:5672");
    }
    factory.setAutomaticRecoveryEnabled(true);
    factory.setTopologyRecoveryEnabled(true);
    // tried again every second (the client's default is 5 s): after a broker restart, submissions
    // are refused for about a second rather than five
    factory.setNetworkRecoveryInterval(1_000);
    factory.setConnectionTimeout(5_000);
    try {
      Connection c = factory.newConnection(client);
      try (Channel ch = c.createChannel()) {
        declare(ch, name);
      }
      return new RunQueue(c, name, where);
    } catch (IOException | TimeoutException e) {
      throw new AppException(
          AppException.Kind.UNAVAILABLE, "cannot reach the queue " + where + ": " + firstLine(e));
    }
  }

  private static void declare(Channel ch, String name) throws IOException {
    ch.queueDeclare(name, true, false, false, null); // durable: it outlives a broker restart
  }

  public String name() {
    return name;
  }

  /** The broker's address without its password, for messages. */
  public String where() {
    return where;
  }

  /**
   * Publishes one run, persistent, and waits for the broker's confirmation that it has it.
   *
   * @throws AppException (unavailable) when the broker did not confirm it
   */
  public synchronized void publish(RunMessage message) {
    try {
      if (publishing == null || !publishing.isOpen()) {
        publishing = connection.createChannel();
        publishing.confirmSelect();
      }
      publishing.basicPublish(
          "", name, MessageProperties.PERSISTENT_TEXT_PLAIN, JSON.writeValueAsBytes(message));
      publishing.waitForConfirmsOrDie(CONFIRM_MS);
    } catch (IOException | TimeoutException | InterruptedException | RuntimeException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new AppException(
          AppException.Kind.UNAVAILABLE,
          "the judging queue did not take the run (" + whyNot(e) + "); try again in a moment");
    }
  }

  /**
   * Why a publish failed, in a few words: the client's own message for a closed connection is a
   * long dump of the broker's close frame.
   */
  private String whyNot(Exception e) {
    if (!connection.isOpen()) {
      return "the broker at " + where + " cannot be reached";
    }
    if (e instanceof TimeoutException) {
      return "the broker did not confirm it within " + CONFIRM_MS / 1000 + " s";
    }
    String line = firstLine(e);
    return line.length() > 160 ? line.substring(0, 160) + "..." : line;
  }

  /** What a worker does with a delivered run; the answer says whether to acknowledge it. */
  public interface Handler {
    /**
     * @return true to acknowledge (the run ended, or it cannot be judged here and never will be);
     *     false to hand it back to the queue for another try
     */
    boolean handle(RunMessage message);
  }

  /**
   * Takes runs from the queue, at most {@code concurrency} at once, each handled on a thread of its
   * own, until {@link #close}.
   */
  public void consume(int concurrency, Handler handler) throws IOException {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            concurrency, r -> Thread.ofPlatform().name("run-" + n.incrementAndGet()).unstarted(r));
    handlers = pool;
    Channel ch = connection.createChannel();
    ch.basicQos(concurrency);
    consuming = ch;
    consumerTag =
        ch.basicConsume(
            name,
            false,
            new DefaultConsumer(ch) {
              @Override
              public void handleDelivery(
                  String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                try {
                  pool.execute(() -> deliver(ch, envelope.getDeliveryTag(), body, handler));
                } catch (java.util.concurrent.RejectedExecutionException e) {
                  // closing: left unacknowledged, the run goes back to the queue with the channel
                }
              }
            });
  }

  private static void deliver(Channel ch, long tag, byte[] body, Handler handler) {
    boolean ack;
    try {
      ack = handler.handle(JSON.readValue(body, RunMessage.class));
    } catch (IOException e) {
      ack = true; // not a run message: nothing could ever judge it
    }
    try {
      synchronized (ch) {
        if (ack) {
          ch.basicAck(tag, false);
        } else {
          ch.basicNack(tag, false, true);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the channel closed: the broker delivers the run again to whoever is there
    }
  }

  /** Stops taking runs, lets the ones in hand end (a little while), and disconnects. */
  @Override
  public void close() {
    Channel ch = consuming;
    if (ch != null && consumerTag != null) {
      try {
        ch.basicCancel(consumerTag);
      } catch (IOException | RuntimeException e) {
        // the channel is already closed
      }
    }
    ExecutorService pool = handlers;
    if (pool != null) {
      pool.shutdown();
      try {
        pool.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      connection.close(5_000);
    } catch (IOException | RuntimeException e) {
      // already gone
    }
  }

  /** The address with its password hidden. */
  static String redacted(String uri) {
    return uri.replaceAll("(://[^:/@]*:)[^@/]*@", "$1***@");
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage();
    if (m == null && e.getCause() != null) {
      m = e.getCause().getMessage();
    }
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
  }
}
