package dev.allclose.interview.bank;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.fields.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads and checks {@code questions/<id>.yaml}. */
final class QuestionReader {
  static final Set<String> KEYS =
      Set.of(
          "id",
          "title",
          "area",
          "difficulty",
          "minutes",
          "roles",
          "catalog",
          "source",
          "prompt",
          "assessment",
          "key_points",
          "pitfalls",
          "follow_ups",
          "model_answer");

  private QuestionReader() {}

  static @Nullable Question read(JsonNode node, Fields f) {
    f.onlyKnownKeys(node, "", KEYS);
    String id = f.text(node, "id", "");
    String title = f.text(node, "title", "");
    Area area = Named.read(f, node, "area", "", Area.class);
    Level difficulty = Named.read(f, node, "difficulty", "", Level.class);
    Integer minutes = f.integer(node, "minutes", "", 1, 60);
    List<Role> roles = new ArrayList<>();
    List<String> roleIds = f.texts(node, "roles", "", 1, Role.values().length);
    for (int i = 0; i < roleIds.size(); i++) {
      roles.add(Named.read(f, roleIds.get(i), "roles[" + i + "]", Role.class));
    }
    Integer catalog = node.hasNonNull("catalog") ? f.integer(node, "catalog", "", 35, 45) : null;
    String source = f.text(node, "source", "");
    String prompt = f.text(node, "prompt", "");
    List<String> assessment = f.texts(node, "assessment", "", 1, 6);
    List<String> keyPoints = f.texts(node, "key_points", "", 3, 10);
    List<String> pitfalls = f.texts(node, "pitfalls", "", 2, 6);
    List<String> followUps = f.texts(node, "follow_ups", "", 2, 3);
    String model = f.text(node, "model_answer", "");
    if (id == null || title == null || area == null || difficulty == null || minutes == null) {
      return null;
    }
    if (source == null || prompt == null || model == null || roles.contains(null)) {
      return null;
    }
    if (node.hasNonNull("catalog") && catalog == null) {
      return null;
    }
    return new Question(
        id,
        title,
        area,
        difficulty,
        minutes,
        roles.stream().map(Objects::requireNonNull).toList(),
        catalog,
        source,
        prompt,
        assessment,
        keyPoints,
        pitfalls,
        followUps,
        model);
  }
}
