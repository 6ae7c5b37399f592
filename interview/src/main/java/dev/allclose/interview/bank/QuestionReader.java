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

  static final Set<String> KEY_POINT_KEYS = Set.of("point", "misconceptions");

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
    List<String> keyPoints = new ArrayList<>();
    List<List<String>> misconceptions = new ArrayList<>();
    keyPoints(node, f, keyPoints, misconceptions);
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
        model,
        misconceptions);
  }

  /**
   * Each item of {@code key_points}: a plain string, or a mapping {@code {point: ...,
   * misconceptions: [...]}}.
   */
  private static void keyPoints(
      JsonNode node, Fields f, List<String> points, List<List<String>> misconceptions) {
    List<JsonNode> items = f.list(node, "key_points", "", 3, 10);
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String path = "key_points[" + i + "]";
      if (item.isObject()) {
        f.onlyKnownKeys(item, path, KEY_POINT_KEYS);
        String point = f.text(item, "point", path);
        points.add(point == null ? "" : Fields.oneLine(point));
        misconceptions.add(f.texts(item, "misconceptions", path, 1, 6));
      } else {
        if (!item.isTextual() || item.asText().isBlank()) {
          f.defect(path, "must be non-empty text or a mapping with point and misconceptions");
        }
        points.add(Fields.oneLine(item.asText()));
        misconceptions.add(List.of());
      }
    }
  }
}
