package dev.allclose.server.progress;

import dev.allclose.judge.problem.Difficulty;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.problem.Section;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.ServerContext;
import dev.allclose.server.interview.InterviewApi;
import dev.allclose.store.ProgressRow;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tracker and its charts: one row per problem (status, first solved, attempts, time, note),
 * solved counts by section and by difficulty, time per solved problem against its budget,
 * submissions per day, and the interview sessions.
 */
public final class ProgressApi {
  private static final int ACTIVITY_DAYS = 42;
  private final ServerContext app;

  public ProgressApi(ServerContext app) {
    this.app = app;
  }

  public void register(Javalin server) {
    server.get("/api/progress", this::progress);
    server.put("/api/progress/{ref}/note", this::note);
  }

  record Row(
      int number,
      String slug,
      String title,
      int section,
      String difficulty,
      int minutes,
      String status,
      @Nullable Instant firstSolved,
      int attempts,
      @Nullable Long timeMs,
      @Nullable String note) {}

  record Count(String label, int solved, int total) {}

  record Time(String slug, String title, long timeMs, long budgetMs) {}

  record Day(LocalDate date, int submissions) {}

  record Progress(
      List<Row> rows,
      List<Count> bySection,
      List<Count> byDifficulty,
      List<Time> timePerProblem,
      List<Day> activity,
      List<InterviewApi.View> interviews) {}

  record NoteBody(@Nullable String text) {}

  private void progress(Context ctx) {
    List<ProblemPackage> problems = app.workbench().catalog().problems();
    List<ProgressRow> tracker =
        app.workbench()
            .store()
            .progress()
            .rows(problems.stream().map(ProblemPackage::slug).toList());
    List<Row> rows = new ArrayList<>();
    List<Time> times = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      ProblemMetadata m = problems.get(i).metadata();
      ProgressRow r = tracker.get(i);
      rows.add(
          new Row(
              m.number(),
              m.slug(),
              m.title(),
              m.section().number(),
              m.difficulty().id(),
              m.minutes(),
              r.status(),
              r.firstSolved(),
              r.attempts(),
              r.timeMs(),
              r.note()));
      if (r.status().equals("solved") && r.timeMs() != null) {
        times.add(new Time(m.slug(), m.title(), r.timeMs(), m.minutes() * 60_000L));
      }
    }
    List<InterviewApi.View> interviews =
        app.workbench().store().interviews().list().stream()
            .map(s -> InterviewApi.view(s, app.clock()))
            .toList();
    ctx.json(
        new Progress(rows, bySection(rows), byDifficulty(rows), times, activity(), interviews));
  }

  private void note(Context ctx) {
    ProblemPackage p = app.problem(ctx.pathParam("ref"));
    NoteBody body = Bodies.read(ctx, NoteBody.class, "{\"text\": \"...\"}");
    if (body.text() == null) {
      throw ApiError.badRequest("the note needs a \"text\" string");
    }
    app.workbench().store().notes().put(p.slug(), body.text().strip());
    ctx.status(204);
  }

  private static List<Count> bySection(List<Row> rows) {
    List<Count> out = new ArrayList<>();
    for (Section s : Section.values()) {
      List<Row> in = rows.stream().filter(r -> r.section() == s.number()).toList();
      if (!in.isEmpty()) {
        out.add(new Count(s.number() + " " + s.title(), solved(in), in.size()));
      }
    }
    return out;
  }

  private static List<Count> byDifficulty(List<Row> rows) {
    List<Count> out = new ArrayList<>();
    for (Difficulty d : Difficulty.values()) {
      List<Row> in = rows.stream().filter(r -> r.difficulty().equals(d.id())).toList();
      if (!in.isEmpty()) {
        out.add(new Count(d.title(), solved(in), in.size()));
      }
    }
    return out;
  }

  private static int solved(List<Row> rows) {
    return (int) rows.stream().filter(r -> r.status().equals("solved")).count();
  }

  /** The last six weeks, one entry per day including days without submissions (UTC days). */
  private List<Day> activity() {
    Map<Long, Integer> perDay = app.workbench().store().submissions().perDay();
    long today = LocalDate.ofInstant(app.clock().instant(), ZoneOffset.UTC).toEpochDay();
    List<Day> out = new ArrayList<>();
    for (long d = today - ACTIVITY_DAYS + 1; d <= today; d++) {
      out.add(new Day(LocalDate.ofEpochDay(d), perDay.getOrDefault(d, 0)));
    }
    return out;
  }
}
