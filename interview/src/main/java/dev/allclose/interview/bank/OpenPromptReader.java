package dev.allclose.interview.bank;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.fields.Fields;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads and checks {@code open/<id>.yaml}. */
final class OpenPromptReader {
  static final Set<String> KEYS =
      Set.of("id", "field", "title", "minutes", "prompt", "reference", "papers");

  private OpenPromptReader() {}

  static @Nullable OpenPrompt read(JsonNode node, Fields f) {
    f.onlyKnownKeys(node, "", KEYS);
    String id = f.text(node, "id", "");
    OpenField field = Named.read(f, node, "field", "", OpenField.class);
    String title = f.text(node, "title", "");
    Integer minutes = f.integer(node, "minutes", "", 5, 60);
    String prompt = f.text(node, "prompt", "");
    Map<OpenPart, String> reference = reference(node, f);
    List<String> papers = f.texts(node, "papers", "", 2, 10);
    if (id == null || field == null || title == null || minutes == null || prompt == null) {
      return null;
    }
    return reference == null
        ? null
        : new OpenPrompt(id, field, title, minutes, prompt, reference, papers);
  }

  private static @Nullable Map<OpenPart, String> reference(JsonNode node, Fields f) {
    JsonNode r = f.object(node, "reference", "");
    if (r == null) {
      return null;
    }
    f.onlyKnownKeys(
        r,
        "reference",
        Arrays.stream(OpenPart.values()).map(OpenPart::id).collect(Collectors.toSet()));
    Map<OpenPart, String> out = new EnumMap<>(OpenPart.class);
    for (OpenPart p : OpenPart.values()) {
      String text = f.line(r, p.id(), "reference");
      if (text != null) {
        out.put(p, text);
      }
    }
    return out.size() == OpenPart.values().length ? out : null;
  }
}
