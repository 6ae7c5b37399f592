package dev.allclose.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.client.Client;
import dev.allclose.client.Rendezvous;
import dev.allclose.client.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background process and both launcher clients, as the launcher runs them: real processes, a
 * real Unix socket in a private folder, the command's output, status, input and working folder
 * carried across; a rebuilt product or a folder open to others sends the command back to a fresh
 * JVM (status 100).
 */
class BackgroundProcessTest {
  private static final Path CLIENT_PY = Path.of("../scripts/client.py").toAbsolutePath();

  @TempDir Path tmp;
  private Path jar;
  private Map<String, String> environment;
  private Process process;

  @BeforeEach
  void start() throws Exception {
    Path runtime = Files.createDirectory(tmp.resolve("run"));
    jar = Files.writeString(tmp.resolve("stamp.jar"), "the product's build");
    environment = new HashMap<>(System.getenv());
    environment.put("XDG_RUNTIME_DIR", runtime.toString());
    environment.put("ALLCLOSE_HOME", tmp.resolve("home").toString());
    environment.put("ALLCLOSE_DAEMON_IDLE_MINUTES", "5");
    ProcessBuilder pb =
        new ProcessBuilder(
                java(),
                "-cp",
                System.getProperty("java.class.path"),
                BackgroundProcess.class.getName(),
                "--jar",
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("process.out").toFile());
    pb.environment().clear();
    pb.environment().putAll(environment);
    process = pb.start();
    Path socket = Rendezvous.of(environment, jar).socket();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(socket) && System.nanoTime() < deadline && process.isAlive()) {
      Thread.sleep(50);
    }
    assertThat(socket).as(Files.readString(tmp.resolve("process.out"))).exists();
  }

  @AfterEach
  void stop() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Test
  void bothClientsRunACommandAsAFreshJvmWould() throws Exception {
    for (List<String> client : clients()) {
      Run list = run(client, tmp, "", "list");
      assertThat(list.status()).as(list.err()).isZero();
      assertThat(list.out()).contains("Multi-Head Self-Attention");

      Run missing = run(client, tmp, "", "show", "99");
      assertThat(missing.status()).isEqualTo(2);
      assertThat(missing.err()).contains("no problem '99' in the catalog");
      assertThat(missing.out()).isEmpty();
    }
  }

  @Test
  void aRelativePathMeansTheLaunchersFolder() throws Exception {
    Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
    Run start = run(clients().get(0), elsewhere, "", "start", "1", "--dir", "work");
    assertThat(start.status()).as(start.err()).isZero();
    assertThat(elsewhere.resolve("work/multi-head-attention/solution.py")).exists();
    Run test =
        run(clients().get(0), elsewhere, "", "test", "1", "work/multi-head-attention/solution.py");
    assertThat(test.err()).doesNotContain("no such file").contains("unchanged");
  }

  @Test
  void anInteractiveCommandReadsTheLaunchersInput() throws Exception {
    String story =
        "Shared GPUs\n"
            + "Two teams wanted the same GPUs in the week before a deadline.\n\n"
            + "Short.\n\n"
            + "I measured real usage for a week and split the budget by need.\n\n"
            + "Both papers shipped on time.\n\n"
            + "\n";
    for (List<String> client : clients()) {
      Run added = run(client, tmp, story, "stories", "add", "conflict");
      assertThat(added.status()).as(added.err()).isZero();
      assertThat(added.out()).contains("Shared GPUs (Conflict)").contains("Title: ");
    }
    assertThat(run(clients().get(0), tmp, "", "stories").out())
        .containsPattern("Conflict +conflict +2");
  }

  @Test
  void aRebuiltProductSendsTheCommandBackAndTheProcessQuits() throws Exception {
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    for (List<String> client : clients()) {
      Run refused = run(client, tmp, "", "list");
      assertThat(refused.status()).isEqualTo(Client.UNAVAILABLE);
      assertThat(refused.out() + refused.err()).isEmpty();
    }
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Rendezvous.of(environment, jar).socket()).doesNotExist();
  }

  @Test
  void aFolderOthersCanEnterIsNotUsed() throws Exception {
    Path folder = Rendezvous.of(environment, jar).folder();
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (List<String> client : clients()) {
      Run refused = run(client, tmp, "", "list");
      assertThat(refused.status()).isEqualTo(Client.UNAVAILABLE);
      assertThat(refused.out() + refused.err()).isEmpty();
    }
  }

  /** An editor needs the user's terminal, which the background process cannot lend it. */
  @Test
  void aRoundThatOpensTheEditorOnATerminalRunsInAFreshJvm() {
    Map<String, String> withEditor = Map.of("EDITOR", "vim");
    assertThat(BackgroundProcess.opensEditor(request(List.of("mock"), true, withEditor))).isTrue();
    assertThat(
            BackgroundProcess.opensEditor(
                request(List.of("--home", "h", "derive", "13"), true, withEditor)))
        .isTrue();
    assertThat(BackgroundProcess.opensEditor(request(List.of("mock"), false, withEditor)))
        .isFalse();
    assertThat(BackgroundProcess.opensEditor(request(List.of("mock"), true, Map.of()))).isFalse();
    assertThat(BackgroundProcess.opensEditor(request(List.of("list"), true, withEditor))).isFalse();
  }

  private static Request request(List<String> args, boolean terminal, Map<String, String> env) {
    return new Request(Request.Kind.RUN, args, "/", terminal, "UTF-8", env);
  }

  @Test
  void anotherEnvironmentGetsAnotherProcess() throws Exception {
    Map<String, String> other = new HashMap<>(environment);
    other.put("VIRTUAL_ENV", tmp.resolve("venv").toString());
    other.put("SOME_TERMINAL_ID", "ignored");
    Map<String, String> unrelated = new HashMap<>(environment);
    unrelated.put("SOME_TERMINAL_ID", "ignored");
    assertThat(Rendezvous.of(other, jar).socket())
        .isNotEqualTo(Rendezvous.of(environment, jar).socket());
    assertThat(Rendezvous.of(unrelated, jar).socket())
        .isEqualTo(Rendezvous.of(environment, jar).socket());
  }

  @Test
  void thePythonClientFindsTheSocketTheJavaSideNamed() throws Exception {
    Map<String, String> odd = new HashMap<>(environment);
    odd.put("ALLCLOSE_NOTE", "grüße, 数学 and a = sign");
    odd.put("PYTHONPATH", "/opt/x:/opt/y");
    String script =
        "import importlib.util, os, sys\n"
            + "spec = importlib.util.spec_from_file_location('client', sys.argv[1])\n"
            + "client = importlib.util.module_from_spec(spec); spec.loader.exec_module(client)\n"
            + "print(client.socket_path(dict(os.environ), sys.argv[2]))\n";
    ProcessBuilder pb =
        new ProcessBuilder(
            python(), "-I", "-S", "-c", script, CLIENT_PY.toString(), jar.toString());
    pb.environment().clear();
    pb.environment().putAll(odd);
    Process p = pb.start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(printed).isEqualTo(Rendezvous.of(odd, jar).socket().toString());
  }

  private record Run(int status, String out, String err) {}

  /** Each launcher client's command line, up to its arguments. */
  private List<List<String>> clients() {
    return List.of(
        List.of(python(), "-I", "-S", CLIENT_PY.toString(), "--jar", jar.toString(), "--"),
        List.of(
            java(),
            "-cp",
            System.getProperty("java.class.path"),
            Client.class.getName(),
            "--jar",
            jar.toString(),
            "--"));
  }

  private Run run(List<String> client, Path folder, String stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(client);
    command.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().clear();
    pb.environment().putAll(environment);
    Process p = pb.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String python() {
    return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
  }
}
