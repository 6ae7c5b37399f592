package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allclose.judge.testkit.PackageFolders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line through picocli's {@code execute()}, with a fresh home folder: real catalog,
 * real SQLite database, real judge processes.
 */
class CliTest {
  @TempDir Path tmp;
  Path home;

  /** What one invocation printed and returned. */
  record Run(int exit, String out, String err) {}

  @BeforeEach
  void home() {
    home = tmp.resolve("home");
  }

  Run run(String... args) {
    CommandLine cmd =
        Main.commandLine(Environment.of(Map.of("ALLCLOSE_HOME", home.toString()), tmp), args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  Path solution(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  static final String MHA =
      """
      import numpy as np

      def multi_head_attention(X, W_Q, W_K, W_V, W_O, n_heads, causal=False):
          B, T, D = X.shape
          d_k = D // n_heads
          split = lambda M: M.reshape(B, T, n_heads, d_k).transpose(0, 2, 1, 3)
          Q, K, V = split(X @ W_Q), split(X @ W_K), split(X @ W_V)
          s = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(d_k)
          if causal:
              s = np.where(np.triu(np.ones((T, T), bool), 1), -np.inf, s)
          w = np.exp(s - s.max(-1, keepdims=True))
          w /= w.sum(-1, keepdims=True)
          return (w @ V).transpose(0, 2, 1, 3).reshape(B, T, D) @ W_O
      """;

  /** The command line with its subcommands, depth first, the root first. */
  static Stream<CommandLine> commandTree(CommandLine cmd) {
    return Stream.concat(
        Stream.of(cmd), cmd.getSubcommands().values().stream().flatMap(CliTest::commandTree));
  }

  /** The arguments that name {@code cmd} below the root, then {@code more}. */
  static String[] argsOf(CommandLine cmd, String... more) {
    List<String> args =
        new ArrayList<>(List.of(cmd.getCommandSpec().qualifiedName(" ").split(" ")));
    args.remove(0);
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** What {@code --help} prints for {@code cmd}, at a width that never wraps a line. */
  String unwrappedHelp(CommandLine cmd) {
    CommandLine cli =
        Main.commandLine(Environment.of(Map.of("ALLCLOSE_HOME", home.toString()), tmp));
    cli.setUsageHelpWidth(10_000);
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute(argsOf(cmd, "--help"))).isZero();
    return out.toString();
  }

  @Test
  void everyCommandAndSubcommandPrintsItsHelpAndExitsZero() {
    commandTree(Main.commandLine(Environment.of(Map.of(), tmp)))
        .forEach(
            cmd -> {
              String name = cmd.getCommandSpec().qualifiedName(" ");
              Run r = run(argsOf(cmd, "--help"));
              assertThat(r.exit()).as(name + ": " + r.err()).isZero();
              assertThat(r.err()).as(name).isEmpty();
              assertThat(r.out()).as(name).contains("Usage: " + name);
            });
  }

  @Test
  void aCommandLineThatNamesOneSubcommandBehavesAsTheWholeTree() {
    // Main builds only the subcommand the arguments name; its help, options and subcommands must
    // be exactly those of the whole tree, root options before the name included.
    commandTree(Main.commandLine(Environment.of(Map.of(), tmp)))
        .skip(1)
        .forEach(
            cmd -> {
              String[] args = argsOf(cmd, "--help");
              String[] withRoot = new String[args.length + 2];
              withRoot[0] = "--home";
              withRoot[1] = home.toString();
              System.arraycopy(args, 0, withRoot, 2, args.length);
              CommandLine whole = Main.commandLine(Environment.of(Map.of(), tmp));
              CommandLine one = Main.commandLine(Environment.of(Map.of(), tmp), withRoot);
              assertThat(one.getSubcommands()).hasSize(1);
              assertThat(help(one, withRoot))
                  .as(String.join(" ", args))
                  .isEqualTo(help(whole, withRoot));
            });
  }

  @Test
  void aCommandLineThatNamesNoSubcommandBuildsThemAll() {
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"--help"},
            new String[] {"lst"},
            new String[] {"--home", "list"})) {
      assertThat(Main.commandLine(Environment.of(Map.of(), tmp), args).getSubcommands())
          .as(String.join(" ", args))
          .hasSameSizeAs(AllcloseCommand.SUBCOMMANDS);
    }
    assertThat(run("lst").err()).contains("Did you mean: allclose test");
  }

  private static String help(CommandLine cli, String[] args) {
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    cli.execute(args);
    return out.toString();
  }

  @Test
  void everyLineOfEveryHelpEndsASentence() {
    // Each element of a description (and the summary picocli lists a command by) is printed on a
    // line of its own, so one written as a fragment of a sentence shows as a line cut mid-sentence.
    List<String> cut = new ArrayList<>();
    commandTree(Main.commandLine(Environment.of(Map.of(), tmp)))
        .forEach(
            cmd ->
                unwrappedHelp(cmd)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("Usage: ") && !l.equals("Commands:"))
                    .filter(l -> !l.matches(".*(?<!\\.\\.)[.!?][)'\"`]?"))
                    .forEach(l -> cut.add(cmd.getCommandSpec().qualifiedName(" ") + ": " + l)));
    assertThat(cut).isEmpty();
  }

  @Test
  void doctorListsEveryProtectionAndTheDataFolderIsTheUsersAlone() throws IOException {
    Run r = run("doctor");
    assertThat(r.out())
        .contains("sandbox")
        .contains("Python and NumPy")
        .contains("JDK")
        .contains("data folder")
        .contains("database");
    if ("1".equals(System.getenv("ALLCLOSE_REQUIRE_SANDBOX"))) {
      assertThat(r.exit()).as(r.out()).isZero();
      assertThat(r.out()).contains("All protections are on.");
    }
    assertThat(java.nio.file.Files.getPosixFilePermissions(home))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    Run json = run("doctor", "--json");
    assertThat(json.out()).contains("\"name\" : \"sandbox\"").contains("\"fix\"");
    run("progress");
    assertThat(java.nio.file.Files.getPosixFilePermissions(home.resolve("allclose.db")))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void listShowsTheCatalogAndFilters() {
    Run all = run("list");
    assertThat(all.exit()).isZero();
    assertThat(all.out())
        .contains("Multi-Head Self-Attention")
        .contains("Paper implementation")
        .contains("Hard")
        .contains("todo");
    assertThat(run("list", "--section", "3").out()).doesNotContain("Multi-Head").contains("Top-K");
    assertThat(run("list", "--difficulty", "medium").out()).doesNotContain("Multi-Head");
    assertThat(run("list", "--tag", "anthropic").out()).contains("Multi-Head");
    assertThat(run("list", "--status", "solved").out()).contains("No problem matches");
  }

  @Test
  void showPrintsTheStatementWithLatexAndOptionallyHints() {
    Run r = run("show", "1", "--hints", "1");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("#1 Multi-Head Self-Attention")
        .contains("\\sqrt{d_k}")
        .contains("## Hint 1")
        .doesNotContain("## Hint 2");
  }

  @Test
  void theEditorialOfAnUnsolvedProblemOpensOnlyOnceTheUserGivesUp() {
    Run closed = run("show", "multi-head-attention", "--editorial");
    assertThat(closed.exit()).isEqualTo(2);
    assertThat(closed.err()).contains("allclose give-up 1");

    assertThat(run("give-up", "1").out()).contains("Editorial");
    assertThat(run("show", "multi-head-attention", "--editorial").out()).contains("Editorial");
  }

  @Test
  void unknownProblemsAndFilesAreOneLineUsageErrors() throws IOException {
    Run unknown = run("show", "99");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err().strip())
        .isEqualTo("allclose: no problem '99' in the catalog; `allclose list` shows every problem");

    Run missing = run("submit", "1", tmp.resolve("nope.py").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err().strip())
        .startsWith("allclose: ")
        .endsWith("nope.py: no such file")
        .doesNotContain("\n");

    Run text = run("submit", "1", solution("notes.txt", "hello").toString());
    assertThat(text.exit()).isEqualTo(2);
    assertThat(text.err()).contains("cannot tell the language");

    Run option = run("list", "--status", "finished");
    assertThat(option.exit()).isEqualTo(2);
    assertThat(option.err()).contains("--status must be todo, attempted or solved");

    Run badFlag = run("submit", "--bogus");
    assertThat(badFlag.exit()).isEqualTo(2);
    assertThat(badFlag.err()).doesNotContain("Exception");
  }

  @Test
  void startKeepsAnExistingFileAndTheClockAndTestRunsTheSamples() throws IOException {
    Run start = run("start", "1", "--dir", tmp.toString());
    assertThat(start.exit()).isZero();
    Path starter = tmp.resolve("multi-head-attention/solution.py");
    assertThat(starter)
        .exists()
        .content()
        .contains("def multi_head_attention(X, W_Q, W_K, W_V, W_O, n_heads, causal=False)");

    Files.writeString(starter, "# my work so far\n");
    Run again = run("start", "1", "--dir", tmp.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out())
        .contains(starter + " exists already: kept as it is, and the clock started ")
        .contains("Run samples:    allclose test 1 " + starter)
        .contains("Submit:         allclose submit 1 " + starter);
    assertThat(starter).hasContent("# my work so far");
    Run fresh = run("start", "1", "--dir", tmp.toString(), "--force");
    assertThat(fresh.out()).startsWith("Wrote " + starter);
    assertThat(starter).content().contains("def multi_head_attention(");

    Run java = run("start", "1", "--lang", "java", "--dir", tmp.resolve("j").toString());
    assertThat(java.exit()).isZero();
    assertThat(tmp.resolve("j/multi-head-attention/Solution.java")).exists();

    Run test = run("test", "1", starter.toString());
    assertThat(test.exit()).isEqualTo(2);
    assertThat(test.err())
        .contains("solution.py is the starter of multi-head-attention, unchanged")
        .doesNotContain("NotImplementedError");
  }

  @Test
  void submitJsonFollowsTheDocumentedSchema() throws IOException {
    Run r = run("submit", "1", solution("mha.py", MHA).toString(), "--json");
    assertThat(r.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("problem").asText()).isEqualTo("multi-head-attention");
    assertThat(json.get("verdict").asText()).isEqualTo("accepted");
    assertThat(json.get("passed").asInt()).isEqualTo(json.get("total").asInt()).isGreaterThan(5);
    assertThat(json.get("time_ms").asLong()).isPositive();
    JsonNode firstCase = json.get("cases").get(0);
    for (String key :
        new String[] {
          "name",
          "visible",
          "verdict",
          "message",
          "time_ms",
          "max_abs_error",
          "max_rel_error",
          "worst",
          "outputs",
          "stdout"
        }) {
      assertThat(firstCase.has(key)).as(key).isTrue();
    }
    assertThat(firstCase.get("worst").get("index").isArray()).isTrue();
  }

  @Test
  void aRejectedSubmissionPrintsTheWorstElementAndExitsOne() throws IOException {
    Run r =
        run("submit", "1", solution("unscaled.py", MHA.replace(" / np.sqrt(d_k)", "")).toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("WRONG ANSWER")
        .contains("worst at [")
        .contains("expected[")
        .contains("actual  [");
  }

  @Test
  void progressRecordsAttemptsTimeAndNotes() throws IOException {
    run("start", "1", "--dir", tmp.toString());
    run(
        "submit",
        "1",
        solution("bad.py", "def multi_head_attention(*a, **k):\n    return None\n").toString());
    run("submit", "1", solution("mha.py", MHA).toString());
    assertThat(run("note", "1", "remember", "the", "transpose").exit()).isZero();
    Run p = run("progress");
    assertThat(p.exit()).isZero();
    String row = p.out().lines().filter(l -> l.contains("Multi-Head")).findFirst().orElseThrow();
    assertThat(row).contains("solved").contains(" 2 ").contains("remember the transpose");
    assertThat(p.out()).contains("1 of ");
    assertThat(run("list", "--status", "solved").out()).contains("Multi-Head");
  }

  @Test
  void verifyReportsEveryDefectOfABrokenPackage() throws IOException {
    Path pkg = tmp.resolve("my-problem");
    Files.createDirectories(pkg.resolve("submissions/accepted"));
    Files.writeString(
        pkg.resolve("problem.yaml"), "number: 500\nslug: my-problem\ntitle: Mine\nsection: 9\n");
    Run r = run("problem", "verify", pkg.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("invalid package")
        .contains("problem.yaml: section: must be between 1 and 5, not 9")
        .contains("problem.yaml: difficulty: is missing")
        .contains("statement.md: is missing")
        .contains("hints/1.md: is missing")
        .contains("submissions/accepted: holds no solution");
  }

  @Test
  void verifyChecksEveryKnownSubmissionOfAUserPackage() throws IOException {
    Path copy = tmp.resolve("user-problems/top-k-copy");
    Path builtIn =
        Path.of(System.getProperty("user.dir")).resolve("../problems/catalog/top-k").normalize();
    copyTree(builtIn, copy);
    Run r = run("problem", "verify", copy.toString());
    assertThat(r.out()).contains("slug: 'top-k' differs from the folder name 'top-k-copy'");
    Files.move(copy, copy.resolveSibling("top-k"));
    Run ok = run("problem", "verify", copy.resolveSibling("top-k").toString());
    assertThat(ok.exit()).as(ok.out()).isZero();
    assertThat(ok.out())
        .contains("accepted/bounded_heap.py")
        .contains("banned_call/full_numpy_sort.py")
        .contains("All verified.");
  }

  private static void copyTree(Path from, Path to) {
    PackageFolders.copy(from, to);
  }
}
