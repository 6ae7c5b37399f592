package dev.allclose.interview.bank;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.fields.Fields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads and checks {@code papers/<id>.yaml}. */
final class PaperReader {
  static final Set<String> KEYS =
      Set.of(
          "id",
          "title",
          "minutes",
          "abstract",
          "method",
          "results",
          "ablation",
          "claim",
          "flaws",
          "first_experiment");
  static final Set<String> FLAW_KEYS = Set.of("id", "kind", "signs", "explanation");

  private PaperReader() {}

  static @Nullable Paper read(JsonNode node, Fields f) {
    f.onlyKnownKeys(node, "", KEYS);
    String id = f.text(node, "id", "");
    String title = f.text(node, "title", "");
    Integer minutes = f.integer(node, "minutes", "", 5, 90);
    String abstractText = f.text(node, "abstract", "");
    String method = f.text(node, "method", "");
    String results = f.text(node, "results", "");
    String ablation = f.optionalText(node, "ablation", "");
    String claim = f.line(node, "claim", "");
    List<Flaw> flaws = flaws(node, f);
    String first = f.text(node, "first_experiment", "");
    if (results != null && !results.contains("|")) {
      f.defect("results", "must be a table (Markdown, with | between columns)");
    }
    if (id == null || title == null || minutes == null || abstractText == null) {
      return null;
    }
    if (method == null || results == null || claim == null || first == null || flaws == null) {
      return null;
    }
    return new Paper(
        id, title, minutes, abstractText, method, results, ablation, claim, flaws, first);
  }

  private static @Nullable List<Flaw> flaws(JsonNode node, Fields f) {
    List<JsonNode> items = f.list(node, "flaws", "", 2, 8);
    List<Flaw> flaws = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean complete = true;
    for (int i = 0; i < items.size(); i++) {
      String path = "flaws[" + i + "]";
      JsonNode item = items.get(i);
      if (!item.isObject()) {
        f.defect(path, "must be a mapping with id, kind, signs and explanation");
        complete = false;
        continue;
      }
      f.onlyKnownKeys(item, path, FLAW_KEYS);
      String id = f.text(item, "id", path);
      FlawKind kind = Named.read(f, item, "kind", path, FlawKind.class);
      List<String> signs = f.texts(item, "signs", path, 1, 6);
      String explanation = f.line(item, "explanation", path);
      if (id != null && !ids.add(id)) {
        f.defect(path + ".id", "'" + id + "' is used by another flaw of this paper");
      }
      if (id == null || kind == null || explanation == null) {
        complete = false;
      } else {
        flaws.add(new Flaw(id, kind, signs, explanation));
      }
    }
    return complete && !items.isEmpty() ? flaws : null;
  }
}
