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

/** Reads and checks {@code designs/<id>.yaml}. */
final class DesignReader {
  static final Set<String> KEYS =
      Set.of("id", "title", "minutes", "hypothesis", "context", "pilot", "model", "pitfalls");
  static final Set<String> PILOT_KEYS =
      Set.of("effect", "sd", "alpha", "power", "paired", "alternative", "unit");
  static final Set<String> ALTERNATIVES = Set.of("two-sided", "larger", "smaller");

  private DesignReader() {}

  static @Nullable DesignPrompt read(JsonNode node, Fields f) {
    f.onlyKnownKeys(node, "", KEYS);
    String id = f.text(node, "id", "");
    String title = f.text(node, "title", "");
    Integer minutes = f.integer(node, "minutes", "", 5, 90);
    String hypothesis = f.line(node, "hypothesis", "");
    String context = f.text(node, "context", "");
    Pilot pilot = pilot(node, f);
    Map<DesignSection, String> model = model(node, f);
    List<String> pitfalls = f.texts(node, "pitfalls", "", 2, 8);
    if (id == null || title == null || minutes == null || hypothesis == null || context == null) {
      return null;
    }
    if (pilot == null || model == null) {
      return null;
    }
    return new DesignPrompt(id, title, minutes, hypothesis, context, pilot, model, pitfalls);
  }

  private static @Nullable Pilot pilot(JsonNode node, Fields f) {
    JsonNode p = f.object(node, "pilot", "");
    if (p == null) {
      return null;
    }
    f.onlyKnownKeys(p, "pilot", PILOT_KEYS);
    Double effect = f.number(p, "effect", "pilot");
    Double sd = f.number(p, "sd", "pilot");
    Double alpha = f.number(p, "alpha", "pilot");
    Double power = f.number(p, "power", "pilot");
    Boolean paired = f.bool(p, "paired", "pilot");
    String alternative = f.text(p, "alternative", "pilot");
    String unit = f.text(p, "unit", "pilot");
    if (effect != null && effect == 0) {
      f.defect("pilot.effect", "must not be zero");
    }
    if (sd != null && !(sd > 0)) {
      f.defect("pilot.sd", "must be positive, not " + sd);
    }
    if (alpha != null && !(alpha > 0 && alpha < 1)) {
      f.defect("pilot.alpha", "must be between 0 and 1, not " + alpha);
    }
    if (power != null && alpha != null && !(power > alpha && power < 1)) {
      f.defect("pilot.power", "must be above alpha and below 1, not " + power);
    }
    if (alternative != null && !ALTERNATIVES.contains(alternative)) {
      f.defect(
          "pilot.alternative", "must be two-sided, larger or smaller, not '" + alternative + "'");
      return null;
    }
    if (effect == null || sd == null || alpha == null || power == null || paired == null) {
      return null;
    }
    if (alternative == null || unit == null) {
      return null;
    }
    return new Pilot(effect, sd, alpha, power, paired, alternative, unit);
  }

  private static @Nullable Map<DesignSection, String> model(JsonNode node, Fields f) {
    JsonNode m = f.object(node, "model", "");
    if (m == null) {
      return null;
    }
    f.onlyKnownKeys(
        m,
        "model",
        Arrays.stream(DesignSection.values()).map(DesignSection::id).collect(Collectors.toSet()));
    Map<DesignSection, String> out = new EnumMap<>(DesignSection.class);
    for (DesignSection s : DesignSection.values()) {
      String text = f.line(m, s.id(), "model");
      if (text != null) {
        out.put(s, text);
      }
    }
    return out.size() == DesignSection.values().length ? out : null;
  }
}
