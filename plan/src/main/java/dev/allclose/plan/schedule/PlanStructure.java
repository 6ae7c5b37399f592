package dev.allclose.plan.schedule;

import dev.allclose.plan.content.ContentFiles;
import dev.allclose.plan.content.ContentNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shape of a study plan for one focus, read from {@code content/study-plan/<focus>.yaml}: its
 * phases in order and the tasks of the day before the interview. See {@code content/README.md}.
 */
public record PlanStructure(
    Focus focus, String title, int minutesPerDay, List<Phase> phases, List<TaskTemplate> finalDay) {
  public PlanStructure {
    phases = List.copyOf(phases);
    finalDay = List.copyOf(finalDay);
  }

  /** The shipped structure for a focus. */
  public static PlanStructure load(Focus focus) {
    return read(ContentFiles.resource("study-plan/" + focus.id() + ".yaml"));
  }

  /** Reads and validates a structure; a defect is a {@code ContentException} naming the field. */
  public static PlanStructure read(ContentNode root) {
    root.allow("focus", "title", "minutes_per_day", "phases", "final_day");
    String focusText = root.text("focus");
    Focus focus =
        Focus.of(focusText)
            .orElseThrow(
                () ->
                    root.error("focus", "must be engineer or scientist, not '" + focusText + "'"));
    List<Phase> phases = new ArrayList<>();
    for (ContentNode p : root.list("phases")) {
      phases.add(phase(p));
    }
    List<TaskTemplate> finalDay =
        root.optionalList("final_day").stream().map(TaskTemplate::read).toList();
    checkIds(root, phases, finalDay);
    long catchAll = phases.stream().filter(Phase::others).count();
    if (catchAll != 1) {
      throw root.error(
          "phases", "exactly one phase must say 'others: true' (found " + catchAll + ")");
    }
    return new PlanStructure(
        focus, root.text("title"), root.integer("minutes_per_day", 15, 720), phases, finalDay);
  }

  private static Phase phase(ContentNode p) {
    p.allow(
        "id",
        "title",
        "weeks",
        "problems_per_day",
        "problems",
        "others",
        "tasks_per_day",
        "tasks",
        "daily",
        "empty_day");
    List<ProblemSelector> problems =
        p.optionalList("problems").stream().map(ProblemSelector::read).toList();
    List<TaskTemplate> tasks = p.optionalList("tasks").stream().map(TaskTemplate::read).toList();
    boolean others = p.flag("others", false);
    if (problems.isEmpty() && tasks.isEmpty() && !others) {
      throw p.error("", "selects no problems and lists no tasks");
    }
    return new Phase(
        p.text("id"),
        p.text("title"),
        p.integer("weeks", 1, 8),
        p.optionalInteger("problems_per_day", 1, 6, 1),
        problems,
        others,
        p.optionalInteger("tasks_per_day", 1, 6, 1),
        tasks,
        p.optionalList("daily").stream().map(TaskTemplate::read).toList(),
        p.optionalChild("empty_day").map(TaskTemplate::read).orElse(null));
  }

  private static void checkIds(ContentNode root, List<Phase> phases, List<TaskTemplate> finalDay) {
    Set<String> phaseIds = new HashSet<>();
    Set<String> taskIds = new HashSet<>();
    List<TaskTemplate> all = new ArrayList<>(finalDay);
    for (Phase phase : phases) {
      if (!phaseIds.add(phase.id())) {
        throw root.error("phases", "the id '" + phase.id() + "' is used twice");
      }
      all.addAll(phase.tasks());
      all.addAll(phase.daily());
      if (phase.emptyDay() != null) {
        all.add(phase.emptyDay());
      }
    }
    for (TaskTemplate t : all) {
      if (!taskIds.add(t.id())) {
        throw root.error("phases", "the task id '" + t.id() + "' is used twice");
      }
    }
  }
}
