package dev.allclose.plan.interviewday;

import dev.allclose.plan.content.ContentFiles;
import dev.allclose.plan.content.ContentNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Questions to ask interviewers, from {@code content/questions.yaml}: by interviewer role, by team
 * type, and a universal three. Question ids are unique across the file.
 */
public record QuestionBank(
    List<QuestionGroup> roles, List<QuestionGroup> teams, QuestionGroup universal) {
  /** How many questions {@link #pick} chooses. */
  public static final int PICKS = 3;

  public QuestionBank {
    roles = List.copyOf(roles);
    teams = List.copyOf(teams);
  }

  public static QuestionBank load() {
    return read(ContentFiles.resource("questions.yaml"));
  }

  public static QuestionBank read(ContentNode root) {
    root.allow("roles", "teams", "universal");
    List<QuestionGroup> roles = groups(root, "roles");
    List<QuestionGroup> teams = groups(root, "teams");
    ContentNode u = root.child("universal");
    u.allow("title", "questions");
    QuestionGroup universal = new QuestionGroup("any", u.text("title"), questions(u));
    if (universal.questions().size() < PICKS) {
      throw u.error("questions", "must hold at least " + PICKS + " questions");
    }
    Set<String> ids = new HashSet<>();
    Stream.concat(Stream.concat(roles.stream(), teams.stream()), Stream.of(universal))
        .flatMap(g -> g.questions().stream())
        .forEach(
            q -> {
              if (!ids.add(q.id())) {
                throw root.error("", "the question id '" + q.id() + "' is used twice");
              }
            });
    return new QuestionBank(roles, teams, universal);
  }

  private static List<QuestionGroup> groups(ContentNode root, String key) {
    List<QuestionGroup> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ContentNode g : root.list(key)) {
      g.allow("id", "title", "questions");
      QuestionGroup group = new QuestionGroup(g.text("id"), g.text("title"), questions(g));
      if (!ids.add(group.id())) {
        throw g.error("id", "'" + group.id() + "' is used twice");
      }
      out.add(group);
    }
    return out;
  }

  private static List<AskQuestion> questions(ContentNode g) {
    List<AskQuestion> out = new ArrayList<>();
    for (ContentNode q : g.list("questions")) {
      q.allow("id", "text");
      out.add(new AskQuestion(q.text("id"), q.text("text")));
    }
    return out;
  }

  public Optional<QuestionGroup> role(String id) {
    return roles.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  public Optional<QuestionGroup> team(String id) {
    return teams.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  public Optional<AskQuestion> question(String id) {
    return Stream.concat(Stream.concat(roles.stream(), teams.stream()), Stream.of(universal))
        .flatMap(g -> g.questions().stream())
        .filter(q -> q.id().equals(id))
        .findFirst();
  }

  /**
   * The top three for an interview: the role's two best and the team's best when a team is given,
   * else the role's three best; the universal three without a role. Excluded ids are skipped and
   * the next best take their place, the universal questions last.
   */
  public List<AskQuestion> pick(
      Optional<QuestionGroup> role, Optional<QuestionGroup> team, Set<String> excluded) {
    List<AskQuestion> roleQs =
        allowed(role.map(QuestionGroup::questions).orElse(List.of()), excluded);
    List<AskQuestion> teamQs =
        allowed(team.map(QuestionGroup::questions).orElse(List.of()), excluded);
    Set<AskQuestion> picked = new LinkedHashSet<>();
    if (!teamQs.isEmpty()) {
      roleQs.stream().limit(PICKS - 1).forEach(picked::add);
      picked.add(teamQs.get(0));
    }
    Stream.of(roleQs, teamQs, allowed(universal.questions(), excluded))
        .flatMap(List::stream)
        .forEach(
            q -> {
              if (picked.size() < PICKS) {
                picked.add(q);
              }
            });
    return List.copyOf(picked);
  }

  private static List<AskQuestion> allowed(List<AskQuestion> qs, Set<String> excluded) {
    return qs.stream().filter(q -> !excluded.contains(q.id())).toList();
  }
}
