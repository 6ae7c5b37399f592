package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.ReportJson;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.run.Isolation;
import dev.allclose.judge.testkit.TestJudge;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@code src/test/resources/hostile/}): submissions in Python and Java that
 * attack the judge the way a cheating or careless solution would, each run for real in the judge's
 * sandbox. Each file says on its first lines which problem it targets and the verdict it must get
 * ({@code expect: wrong_answer}); many are written to return the right answer only when their
 * attack failed, so the verdict itself says whether the sandbox held. After every one the test also
 * checks that nothing leaked or changed:
 *
 * <ul>
 *   <li>a canary file outside the run was not opened (a FIFO that a watcher holds open for writing
 *       notices any reader) and its secret appears nowhere in the report;
 *   <li>a canary environment variable of the judging JVM appears nowhere in the report;
 *   <li>a listener on loopback saw no connection;
 *   <li>the files of the home folder (the database among them), the case cache, the problem package
 *       and the canary folder have the same bytes and permissions as before;
 *   <li>no process of the run is left.
 * </ul>
 *
 * <p>Without a working sandbox (no bubblewrap, user namespaces blocked) the corpus is skipped,
 * unless {@code ALLCLOSE_REQUIRE_SANDBOX=1} (set by {@code .ci/run}) makes that a failure.
 */
class HostileSubmissionsTest {
  /** Set for this test JVM by the surefire configuration; a solution must never see it. */
  static final String ENV_CANARY = "ALLCLOSE_TEST_CANARY";

  static final String SECRET = "canary-secret-7f3a9c";

  @TempDir static Path root;
  static Path home;
  static Path privateDir;
  static Judge judge;

  /** The same judge kept warm: each Python attack also runs in a harness started ahead of time. */
  static Judge warm;

  static Isolation isolation;
  static HostileWatch watch;

  @BeforeAll
  static void setUp() throws Exception {
    home = Files.createDirectories(root.resolve("home"));
    Files.writeString(home.resolve("allclose.db"), "SQLite format 3\u0000 the user's history");
    privateDir = Files.createDirectories(root.resolve("private"));
    Path canary = Files.writeString(privateDir.resolve("canary.txt"), SECRET);
    Files.setPosixFilePermissions(canary, PosixFilePermissions.fromString("r--------"));
    isolation = Isolation.detect(home.resolve("cache"));
    if ("1".equals(System.getenv("ALLCLOSE_REQUIRE_SANDBOX"))) {
      assertThat(isolation.sandboxed()).as(isolation.protections().toString()).isTrue();
    }
    assumeTrue(isolation.sandboxed(), "no sandbox here: " + isolation.warning().orElse(""));
    assertThat(System.getenv(ENV_CANARY))
        .as("the surefire configuration sets the canary")
        .isNotBlank();
    watch = HostileWatch.start(privateDir.resolve("canary.fifo"));
    JudgeSettings settings = new JudgeSettings(10_000, 32, 64L << 20, false);
    judge = TestJudge.in(home, settings, isolation).judge();
    warm = TestJudge.in(home, settings, isolation).judge();
    warm.keepWarm();
    // fills the case cache, so that the snapshots below include it
    for (String problem : List.of("scale", "smallest")) {
      ProblemPackage pkg = JudgeFixture.load(problem);
      judge.judgeSource(
          pkg,
          "def " + problem + "(x, alpha=2.0):\n    return x\n",
          "warm.py",
          Mode.SUBMIT,
          CaseProgress.NONE);
    }
  }

  @AfterAll
  static void tearDown() {
    if (watch != null) {
      watch.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyAttackFailsAndNothingLeaks() throws Exception {
    Path corpus = resource("/hostile");
    List<Path> files;
    try (Stream<Path> all = Files.walk(corpus)) {
      files = all.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(35);
    return files.stream()
        .flatMap(
            f -> {
              String name = corpus.relativize(f).toString();
              Stream<DynamicTest> cold = Stream.of(dynamicTest(name, () -> attack(f, judge)));
              return name.endsWith(".py")
                  ? Stream.concat(
                      cold, Stream.of(dynamicTest("warm " + name, () -> attack(f, warm))))
                  : cold;
            });
  }

  private static void attack(Path file, Judge judge) throws Exception {
    Attack a = Attack.read(file, placeholders());
    if (a.needsProcessLimit()) {
      assumeTrue(
          isolation.protections().stream()
              .anyMatch(p -> p.name().startsWith("memory and process") && p.active()),
          "no bound on the process count here");
    }
    HostileWatch.Snapshot before = snapshot();
    watch.reset();
    SubmissionReport report =
        judge.judgeSource(
            JudgeFixture.load(a.problem()),
            a.source(),
            a.fileName(),
            Mode.SUBMIT,
            CaseProgress.NONE);
    String json = ReportJson.mapper().writeValueAsString(report);
    assertThat(report.verdict()).as(a.fileName() + ": " + report.message()).isEqualTo(a.expected());
    if (a.expected() == Verdict.MEMORY_LIMIT) {
      // the control group's count of the whole run, read before the group is removed
      assertThat(report.cases())
          .as("the peak memory of the run that hit the limit")
          .anyMatch(c -> c.verdict() == Verdict.MEMORY_LIMIT && c.memoryKb() > 0);
    }
    for (String shown : a.mustShow()) {
      assertThat(json).as("the report of " + a.fileName()).contains(shown);
    }
    assertThat(json).as("the canary file's secret").doesNotContain(SECRET);
    assertThat(json).as("the canary variable").doesNotContain(System.getenv(ENV_CANARY));
    assertThat(watch.fifoOpened()).as("the canary FIFO was opened").isFalse();
    assertThat(watch.connections()).as("connections to the loopback listener").isZero();
    assertThat(snapshot()).as("files outside the run").isEqualTo(before);
    assertThat(HostileWatch.leftovers(home, warm.waitingProcesses()))
        .as("processes left by the run")
        .isEmpty();
  }

  private static HostileWatch.Snapshot snapshot() throws IOException {
    return HostileWatch.Snapshot.of(
        List.of(
            home,
            privateDir,
            JudgeFixture.packageDir("scale"),
            JudgeFixture.packageDir("smallest")),
        home.resolve("work"));
  }

  private static Map<String, String> placeholders() {
    return Map.of(
        "{{HOME}}", home.toString(),
        "{{DB}}", home.resolve("allclose.db").toString(),
        "{{CANARY_FILE}}", privateDir.resolve("canary.txt").toString(),
        "{{CANARY_FIFO}}", privateDir.resolve("canary.fifo").toString(),
        "{{CANARY_DIR}}", privateDir.toString(),
        "{{PORT}}", Integer.toString(watch.port()),
        "{{CACHE}}", home.resolve("cache").toString());
  }

  /**
   * One corpus file: its header ({@code expect:}, {@code problem:}, optional {@code shows:} and
   * {@code needs: process-limit}) in comments on its first lines, and its source with the
   * placeholders filled in.
   */
  record Attack(
      String fileName,
      String problem,
      Verdict expected,
      List<String> mustShow,
      boolean needsProcessLimit,
      String source) {

    static Attack read(Path file, Map<String, String> placeholders) throws IOException {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (Map.Entry<String, String> p : placeholders.entrySet()) {
        text = text.replace(p.getKey(), p.getValue());
      }
      String problem = "scale";
      Verdict expected = null;
      List<String> shows = new java.util.ArrayList<>();
      boolean needs = false;
      for (String line : text.lines().limit(6).toList()) {
        String header = line.replaceFirst("^\\s*(#|//)\\s*", "");
        if (header.startsWith("expect:")) {
          expected = verdict(header.substring(7).strip());
        } else if (header.startsWith("problem:")) {
          problem = header.substring(8).strip();
        } else if (header.startsWith("shows:")) {
          shows.add(header.substring(6).strip());
        } else if (header.startsWith("needs: process-limit")) {
          needs = true;
        }
      }
      if (expected == null) {
        throw new IllegalStateException(file + " has no 'expect:' line");
      }
      return new Attack(String.valueOf(file.getFileName()), problem, expected, shows, needs, text);
    }

    private static Verdict verdict(String id) {
      for (Verdict v : Verdict.values()) {
        if (v.id().equals(id.toLowerCase(Locale.ROOT))) {
          return v;
        }
      }
      throw new IllegalArgumentException("unknown verdict " + id);
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(HostileSubmissionsTest.class.getResource(name).toURI());
  }
}
