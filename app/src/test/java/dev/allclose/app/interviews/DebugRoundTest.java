package dev.allclose.app.interviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.app.AppException;
import dev.allclose.app.Workbench;
import dev.allclose.judge.problem.KnownSubmission;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The debugging round through the application layer both front ends use. */
class DebugRoundTest {
  /** Words in a comment that would give the planted bug away while the round runs. */
  private static final Pattern GIVE_AWAY =
      Pattern.compile(
          "(#|//|/\\*|^\\s*\\*).*\\b(wrong|bug|buggy|should|mistake|incorrect|instead of|oops|fix)\\b",
          Pattern.CASE_INSENSITIVE);

  @TempDir Path home;
  private Workbench app;
  private ProblemPackage dijkstra;

  @BeforeEach
  void open() {
    app = new Workbench(home, List.of(), warning -> {});
    dijkstra = app.problem("dijkstra");
  }

  @Test
  void aRoundStartsFromAWrongSubmissionAndNamesItOnlyWhenItEnds() throws Exception {
    SessionView round = app.interviews().startDebug(dijkstra, Language.PYTHON, new Random(7));

    assertThat(round.debug()).isTrue();
    assertThat(round.running()).isTrue();
    assertThat(round.budgetMinutes()).isEqualTo(dijkstra.metadata().minutes());
    assertThat(round.planted()).as("not named while the clock runs").isNull();
    assertThat(round.code()).contains("def dijkstra(").doesNotContain("Wrong answer");
    assertThat(matchingSubmission(round.code()))
        .as("the code is one of the package's wrong Python submissions, less its description")
        .isNotNull();
    assertThat(app.practice().access(dijkstra).editorialOpen()).isFalse();

    app.interviews().saveDebugDraft(round.id(), "def dijkstra(n, edges, source):\n    pass\n");
    assertThat(app.interviews().runningOn(dijkstra).orElseThrow().code())
        .isEqualTo("def dijkstra(n, edges, source):\n    pass\n");
    assertThat(app.practice().draft(dijkstra, Language.PYTHON))
        .as("the problem's own draft is untouched")
        .doesNotContain("pass\n")
        .isEqualTo(Files.readString(dijkstra.starter(Language.PYTHON).orElseThrow()));

    SessionView over = app.interviews().finish(round.id());
    KnownSubmission planted = matchingSubmission(round.code());
    assertThat(over.running()).isFalse();
    assertThat(over.code()).isNull();
    assertThat(over.verdict()).isEqualTo("none");
    assertThat(over.planted()).isNotNull();
    assertThat(over.planted().submission()).isEqualTo(planted.name());
    assertThat(over.planted().description()).isNotBlank().doesNotStartWith("Wrong answer");
    assertThatThrownBy(() -> app.interviews().saveDebugDraft(round.id(), "late"))
        .isInstanceOf(AppException.class)
        .hasMessageContaining("is over");
  }

  @Test
  void theDrawCoversTheWrongSubmissionsAndNeverASlowOrBannedOne() {
    Set<String> drawn = new HashSet<>();
    Random random = new Random(1);
    for (int i = 0; i < 60; i++) {
      SessionView r = app.interviews().startDebug(dijkstra, Language.PYTHON, random);
      drawn.add(app.interviews().finish(r.id()).planted().submission());
    }
    assertThat(drawn)
        .containsExactlyInAnyOrderElementsOf(
            TimedInterviews.plantable(dijkstra, Language.PYTHON).stream()
                .map(KnownSubmission::name)
                .toList())
        .allMatch(name -> name.startsWith("wrong_answer/") || name.startsWith("runtime_error/"));
  }

  @Test
  void oneSessionAtATime() {
    SessionView round = app.interviews().startDebug(dijkstra, Language.JAVA, new Random(3));

    assertThatThrownBy(() -> app.interviews().start(app.problem("rope"), Language.PYTHON))
        .isInstanceOf(AppException.class)
        .hasMessageContaining("a debugging round on #30");
    assertThatThrownBy(() -> app.interviews().startDebug(dijkstra, Language.PYTHON, new Random()))
        .isInstanceOf(AppException.class)
        .hasMessageContaining("already running");
    assertThat(app.interviews().runningDebug().orElseThrow().id()).isEqualTo(round.id());
  }

  @Test
  void aPlainSessionHasNoDraftToSave() {
    SessionView plain = app.interviews().start(dijkstra, Language.PYTHON);

    assertThat(plain.debug()).isFalse();
    assertThat(plain.code()).isNull();
    assertThat(app.interviews().runningDebug()).isEmpty();
    assertThatThrownBy(() -> app.interviews().saveDebugDraft(plain.id(), "x"))
        .isInstanceOf(AppException.class)
        .hasMessageContaining("is not a debugging round");
  }

  @Test
  void aProblemWithoutAKnownWrongSubmissionIsRefusedWithAMessage(@TempDir Path packages)
      throws Exception {
    // The judge's test package "smallest" keeps only an accepted and a banned-call submission.
    Path source = Path.of("../judge/src/test/resources/packages/smallest");
    try (var files = Files.walk(source)) {
      for (Path f : files.toList()) {
        Path to = packages.resolve("smallest").resolve(source.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Workbench withUserPackage = new Workbench(home, List.of(packages), warning -> {});
    ProblemPackage smallest = withUserPackage.problem("smallest");

    assertThatThrownBy(
            () -> withUserPackage.interviews().startDebug(smallest, Language.PYTHON, new Random()))
        .isInstanceOf(AppException.class)
        .hasMessage(
            "#901 Smallest element without sorting has no known wrong Python submission to debug;"
                + " try the other language or another problem");
  }

  /**
   * Every wrong submission of the catalog can be planted: it opens with the comment that describes
   * its bug (shown when the round ends), and no other comment in it gives the bug away.
   */
  @Test
  void everyWrongSubmissionInTheCatalogIsDescribedAndGivesNothingAway() throws Exception {
    List<String> problems = new java.util.ArrayList<>();
    int planted = 0;
    for (ProblemPackage p : app.catalog().problems()) {
      for (KnownSubmission k : p.submissions()) {
        if (k.expected() != Verdict.WRONG_ANSWER && k.expected() != Verdict.RUNTIME_ERROR) {
          continue;
        }
        planted++;
        PlantedBug bug = PlantedBug.of(Files.readString(k.file()), k.language());
        if (bug.description().isBlank()) {
          problems.add(p.slug() + "/" + k.name() + ": no describing comment");
        }
        bug.code()
            .lines()
            .filter(line -> GIVE_AWAY.matcher(line).find())
            .forEach(line -> problems.add(p.slug() + "/" + k.name() + ": " + line.strip()));
      }
    }
    System.err.println(
        "DBG "
            + app.catalog().problems().stream().map(ProblemPackage::slug).toList()
            + " "
            + planted);
    assertThat(planted).isGreaterThan(100);
    assertThat(problems).isEmpty();
  }

  private KnownSubmission matchingSubmission(String code) throws Exception {
    for (KnownSubmission k : dijkstra.submissions()) {
      if (PlantedBug.of(Files.readString(k.file()), k.language()).code().equals(code)) {
        return k;
      }
    }
    return null;
  }
}
