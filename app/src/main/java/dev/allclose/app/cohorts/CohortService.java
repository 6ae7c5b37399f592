package dev.allclose.app.cohorts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.allclose.app.AppException;
import dev.allclose.app.Workbench;
import dev.allclose.app.accounts.Role;
import dev.allclose.app.cohorts.Dashboard.AssignmentRow;
import dev.allclose.app.cohorts.Dashboard.Cell;
import dev.allclose.app.cohorts.Dashboard.MemberRow;
import dev.allclose.app.practice.TrackedProblem;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.store.Accounts.Account;
import dev.allclose.store.Cohorts;
import dev.allclose.store.Cohorts.Assignment;
import dev.allclose.store.Cohorts.Cohort;
import dev.allclose.store.SubmissionSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Cohorts on a shared server: a coach creates one, adds candidates, assigns problem sets with a
 * deadline or timed assessments, and follows each candidate's work on a dashboard (read from the
 * candidates' own workspaces, read-only) or in CSV. A candidate sees the assignments of their
 * cohorts and starts an assessment's clock. Only a cohort's coaches (and admins) see or change it.
 */
public final class CohortService {
  static final int MAX_PROBLEMS = 20;
  static final int MIN_MINUTES = 5;
  static final int MAX_MINUTES = 600;

  /** Quotes a cell only when it must (a comma, a quote, a line break). */
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private final Workbench server;
  private final Clock clock;

  /**
   * @param server the shared server's workbench: its database holds the cohorts, its workspaces the
   *     candidates' work
   */
  public CohortService(Workbench server, Clock clock) {
    this.server = server;
    this.clock = clock;
  }

  /** What a candidate sees of one assignment: its problems, deadline and, once started, clock. */
  public record CandidateAssignment(
      Assignment assignment,
      String cohort,
      @Nullable Instant startedAt,
      @Nullable Instant endsAt,
      List<Cell> problems) {}

  private Cohorts cohorts() {
    server.accounts().enable();
    return server.store().cohorts();
  }

  /** The cohorts the actor coaches; every cohort for an admin. */
  public List<Cohort> list(Account actor) {
    return isAdmin(actor) ? cohorts().all() : cohorts().coachedBy(actor.id());
  }

  public Cohort create(Account actor, String name) {
    requireCoachRole(actor);
    String n = name.strip();
    if (n.isEmpty() || n.length() > 200) {
      throw AppException.invalid("a cohort's name has 1 to 200 characters");
    }
    return cohorts().create(n, actor.id());
  }

  /** Adds an account to the cohort as a candidate. */
  public void addMember(Account actor, String cohortId, String email) {
    Cohort c = coached(actor, cohortId);
    Account member = account(email);
    if (!cohorts().addMember(c.id(), member.id())) {
      throw AppException.conflict(member.email() + " is in " + c.name() + " already");
    }
  }

  /** Adds a coach or admin account as another coach of the cohort. */
  public void addCoach(Account actor, String cohortId, String email) {
    Cohort c = coached(actor, cohortId);
    Account coach = account(email);
    if (Role.of(coach.role()) == Role.CANDIDATE) {
      throw AppException.invalid(
          coach.email() + " is a candidate; an admin can make them a coach first");
    }
    cohorts().addCoach(c.id(), coach.id());
  }

  /**
   * Assigns problems to the cohort.
   *
   * @param kind {@code set} (due by {@code dueAt}) or {@code assessment} (a clock of {@code
   *     minutes} each candidate starts before {@code dueAt})
   * @param problems numbers or slugs of the catalog's problems
   */
  public Assignment assign(
      Account actor,
      String cohortId,
      String title,
      String kind,
      Instant dueAt,
      @Nullable Integer minutes,
      List<String> problems) {
    Cohort c = coached(actor, cohortId);
    String t = title.strip();
    if (t.isEmpty() || t.length() > 200) {
      throw AppException.invalid("an assignment's title has 1 to 200 characters");
    }
    String k = kind.strip().toLowerCase(Locale.ROOT);
    if (!k.equals("set") && !k.equals("assessment")) {
      throw AppException.invalid(
          "an assignment is a 'set' (a deadline) or an 'assessment' (a clock)");
    }
    if (k.equals("assessment")
        && (minutes == null || minutes < MIN_MINUTES || minutes > MAX_MINUTES)) {
      throw AppException.invalid(
          "an assessment needs \"minutes\" between " + MIN_MINUTES + " and " + MAX_MINUTES);
    }
    if (!dueAt.isAfter(clock.instant())) {
      throw AppException.invalid("the deadline is in the past; give one in the future");
    }
    LinkedHashSet<String> slugs = new LinkedHashSet<>();
    for (String ref : problems) {
      slugs.add(server.problem(ref.strip()).slug());
    }
    if (slugs.isEmpty() || slugs.size() > MAX_PROBLEMS) {
      throw AppException.invalid("an assignment has 1 to " + MAX_PROBLEMS + " problems");
    }
    return cohorts()
        .addAssignment(
            c.id(), t, k, dueAt, k.equals("assessment") ? minutes : null, List.copyOf(slugs));
  }

  /** The cohort's coaches, candidates and every candidate's work on every assignment. */
  public Dashboard dashboard(Account actor, String cohortId) {
    Cohort c = coached(actor, cohortId);
    List<Account> members = cohorts().members(c.id());
    List<Assignment> assignments = cohorts().assignments(c.id());
    // each candidate's workspace is read once, for all the assignments
    List<Work> work = new ArrayList<>();
    for (Account m : members) {
      work.add(Work.of(server.workspace(m.workspace()), server, assignments));
    }
    List<AssignmentRow> rows = new ArrayList<>();
    for (Assignment a : assignments) {
      Map<String, Instant> starts = cohorts().starts(a.id());
      List<MemberRow> memberRows = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        Account m = members.get(i);
        Instant started = starts.get(m.id());
        List<Cell> cells = work.get(i).cells(a, started);
        int solved = (int) cells.stream().filter(cell -> cell.solvedAt() != null).count();
        memberRows.add(new MemberRow(m.email(), started, windowEnd(a, started), solved, cells));
      }
      rows.add(new AssignmentRow(a, memberRows));
    }
    return new Dashboard(
        c,
        cohorts().coaches(c.id()).stream().map(Account::email).toList(),
        members.stream().map(Account::email).toList(),
        rows);
  }

  /**
   * The dashboard as CSV, a row per candidate, assignment and problem: what a spreadsheet takes. A
   * cell that a spreadsheet would read as a formula gets a leading apostrophe.
   */
  public String csv(Account actor, String cohortId) {
    Dashboard d = dashboard(actor, cohortId);
    CsvSchema schema =
        CsvSchema.builder()
            .addColumn("candidate")
            .addColumn("assignment")
            .addColumn("kind")
            .addColumn("due")
            .addColumn("problem")
            .addColumn("solved_in_window")
            .addColumn("solved_at")
            .addColumn("attempts")
            .addColumn("time_minutes")
            .addColumn("derivation_score")
            .build()
            .withHeader();
    List<List<String>> lines = new ArrayList<>();
    for (AssignmentRow a : d.assignments()) {
      for (MemberRow m : a.members()) {
        for (Cell cell : m.problems()) {
          lines.add(
              List.of(
                  safe(m.email()),
                  safe(a.assignment().title()),
                  a.assignment().kind(),
                  a.assignment().dueAt().toString(),
                  cell.problem(),
                  cell.solvedAt() != null ? "yes" : "no",
                  cell.solvedAt() == null ? "" : cell.solvedAt().toString(),
                  String.valueOf(cell.attempts()),
                  cell.timeMs() == null
                      ? ""
                      : String.format(Locale.ROOT, "%.1f", cell.timeMs() / 60_000.0),
                  cell.derivationScore() == null
                      ? ""
                      : String.format(Locale.ROOT, "%.2f", cell.derivationScore())));
        }
      }
    }
    try {
      return CSV.writer(schema).writeValueAsString(lines);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CSV of plain strings cannot fail: " + e.getMessage(), e);
    }
  }

  /** The assignments of the candidate's cohorts, with their own work on each. */
  public List<CandidateAssignment> assignmentsOf(Account candidate) {
    return assignmentsOf(candidate, cohorts().assignmentsFor(candidate.id()));
  }

  private List<CandidateAssignment> assignmentsOf(Account candidate, List<Assignment> assignments) {
    Work work = Work.of(server.workspace(candidate.workspace()), server, assignments);
    List<CandidateAssignment> out = new ArrayList<>();
    for (Assignment a : assignments) {
      Instant started = cohorts().startOf(a.id(), candidate.id()).orElse(null);
      String cohort = cohorts().get(a.cohortId()).map(Cohort::name).orElse("");
      out.add(
          new CandidateAssignment(
              a, cohort, started, windowEnd(a, started), work.cells(a, started)));
    }
    return out;
  }

  /**
   * Starts the candidate's clock on an assessment of one of their cohorts (once: starting again
   * answers the first start).
   */
  public CandidateAssignment start(Account candidate, String assignmentId) {
    Assignment a =
        cohorts().assignmentsFor(candidate.id()).stream()
            .filter(x -> x.id().equals(assignmentId))
            .findFirst()
            .orElseThrow(() -> AppException.notFound("no assignment " + assignmentId));
    if (!a.kind().equals("assessment")) {
      throw AppException.invalid("'" + a.title() + "' is a problem set; it has no clock to start");
    }
    if (cohorts().startOf(a.id(), candidate.id()).isEmpty()
        && !clock.instant().isBefore(a.dueAt())) {
      throw AppException.refused("'" + a.title() + "' closed at " + a.dueAt());
    }
    cohorts().start(a.id(), candidate.id());
    return assignmentsOf(candidate, List.of(a)).get(0);
  }

  /**
   * The timed assessment running now on {@code slug} for the owner of {@code workspace}, in words
   * ("the timed assessment 'Mock' runs, until 14:05 UTC"); empty when none is. While it runs the
   * problem's hints and editorial stay closed, as in an interview.
   */
  public Optional<String> runningAssessment(String workspace, String slug) {
    Optional<Account> owner = server.accounts().byWorkspace(workspace);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    for (Assignment a : cohorts().assignmentsFor(owner.get().id())) {
      if (!a.kind().equals("assessment") || !a.problems().contains(slug)) {
        continue;
      }
      Instant started = cohorts().startOf(a.id(), owner.get().id()).orElse(null);
      Instant end = windowEnd(a, started);
      if (started != null && end != null && now.isBefore(end)) {
        return Optional.of("the timed assessment '" + a.title() + "' runs, until " + end);
      }
    }
    return Optional.empty();
  }

  /**
   * What one candidate's workspace holds for a set of assignments, read in two queries: the
   * tracker's rows of their problems, and the summaries of every submission (no sources).
   */
  private record Work(Map<String, TrackedProblem> rows, List<SubmissionSummary> submissions) {
    static Work of(Workbench work, Workbench server, List<Assignment> assignments) {
      List<ProblemPackage> problems = new ArrayList<>();
      for (String slug :
          assignments.stream().flatMap(a -> a.problems().stream()).distinct().toList()) {
        server.catalog().find(slug).ifPresent(problems::add);
      }
      Map<String, TrackedProblem> rows = new HashMap<>();
      work.tracker().rows(problems).forEach(r -> rows.put(r.slug(), r));
      return new Work(rows, work.store().history().all());
    }

    /**
     * Each problem of the assignment, counting only the full submissions within its window: up to
     * the deadline for a set; from the start of the clock to its end (or the deadline, if sooner)
     * for an assessment, and nothing before it is started.
     */
    List<Cell> cells(Assignment a, @Nullable Instant started) {
      Instant from = a.kind().equals("assessment") ? started : Instant.MIN;
      Instant to = windowEnd(a, started);
      List<Cell> cells = new ArrayList<>();
      for (String slug : a.problems()) {
        TrackedProblem row = rows.get(slug);
        if (row == null) {
          cells.add(
              new Cell(slug, slug + " (no longer in the catalog)", "todo", null, 0, null, null));
          continue;
        }
        Instant solvedAt = null;
        int attempts = 0;
        if (from != null && to != null) {
          for (SubmissionSummary s : submissions) {
            if (!s.problem().equals(slug)
                || !s.full()
                || s.createdAt().isBefore(from)
                || s.createdAt().isAfter(to)) {
              continue;
            }
            attempts++;
            if (s.accepted() && solvedAt == null) {
              solvedAt = s.createdAt(); // the summaries come oldest first
            }
          }
        }
        cells.add(
            new Cell(
                slug,
                row.title(),
                row.status().id(),
                solvedAt,
                attempts,
                row.timeMs(),
                row.derivationScore()));
      }
      return cells;
    }
  }

  /** When the candidate's window closes: the deadline, or the end of their clock if sooner. */
  private static @Nullable Instant windowEnd(Assignment a, @Nullable Instant started) {
    if (!a.kind().equals("assessment")) {
      return a.dueAt();
    }
    if (started == null || a.minutes() == null) {
      return null;
    }
    Instant end = started.plus(Duration.ofMinutes(a.minutes()));
    return end.isBefore(a.dueAt()) ? end : a.dueAt();
  }

  /** The cohort, if the actor coaches it or is an admin; else a 404, as if it did not exist. */
  private Cohort coached(Account actor, String cohortId) {
    requireCoachRole(actor);
    Optional<Cohort> c = cohorts().get(cohortId);
    if (c.isEmpty() || !(isAdmin(actor) || cohorts().isCoach(cohortId, actor.id()))) {
      throw AppException.notFound("no cohort " + cohortId + " that you coach");
    }
    return c.get();
  }

  private Account account(String email) {
    return server
        .accounts()
        .byEmail(email)
        .orElseThrow(
            () ->
                AppException.notFound(
                    "no account for "
                        + email.strip().toLowerCase(Locale.ROOT)
                        + "; an admin invites them first (/admin)"));
  }

  private static void requireCoachRole(Account actor) {
    if (Role.of(actor.role()) == Role.CANDIDATE) {
      throw AppException.refused("only coaches and admins manage cohorts");
    }
  }

  private static boolean isAdmin(Account actor) {
    return Role.of(actor.role()) == Role.ADMIN;
  }

  /** A cell a spreadsheet would run as a formula, made plain text. */
  static String safe(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
