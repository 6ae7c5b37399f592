package dev.allclose.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.allclose.app.AppException;
import dev.allclose.app.DatabaseOutage;
import dev.allclose.app.ErrorLog;
import dev.allclose.app.Json;
import dev.allclose.app.Workbench;
import dev.allclose.app.shared.RunQueue;
import dev.allclose.app.shared.RunWatch;
import dev.allclose.server.accounts.AccountApi;
import dev.allclose.server.accounts.AdminApi;
import dev.allclose.server.catalog.CatalogApi;
import dev.allclose.server.catalog.StatementRenderer;
import dev.allclose.server.cohorts.CohortApi;
import dev.allclose.server.derivation.DerivationApi;
import dev.allclose.server.guard.LaunchSecret;
import dev.allclose.server.guard.LocalOnly;
import dev.allclose.server.guard.SignedInOnly;
import dev.allclose.server.interview.InterviewApi;
import dev.allclose.server.progress.ProgressApi;
import dev.allclose.server.runs.JudgeQueue;
import dev.allclose.server.runs.RunApi;
import dev.allclose.store.Accounts.Account;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The web app: pages (plain HTML and ES modules under {@code /static}, libraries from WebJars under
 * {@code /webjars}) and the JSON API under {@code /api}, documented in {@code docs/api.md}. Listens
 * on the loopback interface only and answers only its own pages in the browser that opened {@link
 * #signInLink()} ({@link LocalOnly}). Judging runs on the {@link JudgeQueue}'s workers, so request
 * threads stay free while submissions run. An unexpected failure answers 500 with a line that
 * points at {@code HOME/logs/errors.log}, where its stack trace goes.
 */
public final class AllcloseServer implements AutoCloseable {
  private final Javalin javalin;
  private final JudgeQueue queue;
  private final RunWatch watch;
  private final Access access;
  private final ErrorLog log;
  private final Workbench workbench;

  /** A server with a fresh random secret for this launch. */
  public AllcloseServer(Workbench workbench, int workers, int waiting) {
    this(workbench, workers, waiting, LaunchSecret.random());
  }

  /**
   * @param workers judging threads
   * @param waiting runs that may wait for a judging thread before new ones are refused
   * @param secret what a browser or script must hold to be answered
   */
  public AllcloseServer(Workbench workbench, int workers, int waiting, LaunchSecret secret) {
    this(workbench, workers, waiting, secret, null);
  }

  /**
   * @param broker the queue that hands runs to workers elsewhere, or null to judge them here
   */
  public AllcloseServer(
      Workbench workbench,
      int workers,
      int waiting,
      LaunchSecret secret,
      @Nullable RunQueue broker) {
    this(workbench, workers, waiting, new Access.Local(secret), broker);
  }

  /**
   * @param access who the server answers: the launch secret's holder, or a shared server's accounts
   *     (which need a PostgreSQL database: each account's data is a schema of it)
   */
  public AllcloseServer(
      Workbench workbench, int workers, int waiting, Access access, @Nullable RunQueue broker) {
    this.access = access;
    this.workbench = workbench;
    this.log = new ErrorLog(workbench.home());
    // every request and every run reads or writes the database: keep its connections open
    workbench.keepDatabaseOpen();
    this.queue = new JudgeQueue(workbench, workbench.clock(), workers, waiting, log, broker);
    SignedInOnly accounts = null;
    if (access instanceof Access.Accounts shared) {
      workbench.accounts().enable();
      accounts = new SignedInOnly(shared.site(), workbench.accounts());
      // a server starting again judges what each account's workspace was left with
      for (Account a : workbench.accounts().users()) {
        queue.adopt(workbench.workspace(a.workspace()));
      }
    }
    SignedInOnly guard = accounts;
    this.watch = RunWatch.of(workbench);
    ServerContext app = new ServerContext(workbench, queue, new StatementRenderer(), watch);
    // The application's JSON, as `--json` prints it, on one line
    ObjectMapper json = Json.mapper().disable(SerializationFeature.INDENT_OUTPUT);
    this.javalin =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
              switch (access) {
                case Access.Local local -> new LocalOnly(local.secret()).configure(config);
                case Access.Accounts shared -> Objects.requireNonNull(guard).configure(config);
              }
              config.jsonMapper(new JavalinJackson(json, false));
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/static";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                  });
              config.staticFiles.enableWebjars();
              config.router.ignoreTrailingSlashes = true;
            });
    page("/", "catalog.html");
    problemPage(workbench);
    page("/progress", "progress.html");
    favicon();
    new CatalogApi(app).register(javalin);
    new DerivationApi(app).register(javalin);
    new RunApi(app).register(javalin);
    new ProgressApi(app).register(javalin);
    new InterviewApi(app).register(javalin);
    if (guard != null) {
      page("/login", "login.html");
      page("/invite", "invite.html");
      page("/admin", "admin.html");
      page("/cohorts", "cohorts.html");
      page("/assignments", "assignments.html");
      new AccountApi(workbench.accounts(), guard).register(javalin);
      new AdminApi(workbench.accounts(), guard.site()).register(javalin);
      new CohortApi(workbench.cohorts()).register(javalin);
    }
    for (HandlerType verb :
        new HandlerType[] {
          HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE
        }) {
      javalin.addHttpHandler(
          verb,
          "/api/*",
          ctx -> {
            throw ApiError.notFound(
                "no endpoint " + ctx.method() + " " + ctx.path() + "; see docs/api.md");
          });
    }
    errors();
  }

  private void page(String path, String file) {
    String html = resource("/web/" + file);
    javalin.get(path, ctx -> ctx.html(html));
  }

  /** A problem's page, or a page that says there is no such problem, with a real 404. */
  private void problemPage(Workbench workbench) {
    String problem = resource("/web/problem.html");
    String notFound = resource("/web/not-found.html");
    javalin.get(
        "/problems/{slug}",
        ctx -> {
          if (workbench.catalog().find(ctx.pathParam("slug")).isPresent()) {
            ctx.html(problem);
          } else {
            ctx.status(404).html(notFound);
          }
        });
  }

  /** The icon the pages link to, also where browsers look for one unasked. */
  private void favicon() {
    String svg = resource("/web/favicon.svg");
    javalin.get("/favicon.ico", ctx -> ctx.contentType("image/svg+xml").result(svg));
  }

  private void errors() {
    javalin.exception(
        ApiError.class, (e, ctx) -> error(ctx, e.status(), String.valueOf(e.getMessage())));
    javalin.exception(
        AppException.class,
        (e, ctx) -> error(ctx, statusOf(e.kind()), String.valueOf(e.getMessage())));
    javalin.exception(
        HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), String.valueOf(e.getMessage())));
    javalin.exception(
        Exception.class,
        (e, ctx) -> {
          if (DatabaseOutage.causes(e)) {
            error(ctx, 503, DatabaseOutage.MESSAGE);
            return;
          }
          log.append(e);
          error(ctx, 500, "internal error; the details are in " + log.file());
        });
  }

  /** The HTTP status that says to a client what the application's refusal says to a user. */
  static int statusOf(AppException.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case REFUSED -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case UNAVAILABLE -> 503;
      case LIMITED -> 429;
    };
  }

  /**
   * Answers {@code {"error": "..."}} with the first line of {@code message}: errors are one line.
   */
  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", message.lines().findFirst().orElse("")));
  }

  /** Starts listening on 127.0.0.1; port 0 picks a free port. */
  public AllcloseServer start(int port) {
    return start("127.0.0.1", port);
  }

  /**
   * Starts listening on {@code address} (a shared server's {@code --bind}); port 0 picks a free
   * port.
   */
  public AllcloseServer start(String address, int port) {
    javalin.start(address, port);
    return this;
  }

  public int port() {
    return javalin.port();
  }

  /** Every route, as {@code METHOD PATH}: for the tests that check each route's access rules. */
  List<String> routes() {
    return javalin.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(e -> e.getEndpoint().getMethod() + " " + e.getEndpoint().getPath())
        .toList();
  }

  /**
   * The link that signs a browser in: {@code http://127.0.0.1:PORT/?token=SECRET} for the one-user
   * server (print it once to the user who started it: anyone who has it can use the server), the
   * sign-in page for a shared one.
   */
  public URI signInLink() {
    return switch (access) {
      case Access.Local local ->
          URI.create("http://127.0.0.1:" + port() + "/?token=" + local.secret().text());
      case Access.Accounts shared -> URI.create(shared.site().origin(port()) + "/login");
    };
  }

  @Override
  public void close() {
    javalin.stop();
    queue.close();
    watch.close();
    workbench.closeDatabase();
  }

  private static String resource(String path) {
    try (InputStream in = AllcloseServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing web resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
