package dev.allclose.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldsTest {
  final List<String> defects = new ArrayList<>();
  final Fields f = new Fields((field, message) -> defects.add(field + ": " + message));

  static JsonNode yaml(String text) throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(text);
  }

  @Test
  void goodFieldsReadWithoutDefects() throws Exception {
    JsonNode n =
        yaml(
            """
            title: Top-k
            minutes: 20
            seed: 12345678901
            rtol: 1.0e-5
            shift: -2.5
            paired: true
            tags: [heap, selection]
            limits: {time_s: 2}
            """);
    assertThat(f.text(n, "title", "")).isEqualTo("Top-k");
    assertThat(f.integer(n, "minutes", "", 1, 60)).isEqualTo(20);
    assertThat(f.longValue(n, "seed", "")).isEqualTo(12_345_678_901L);
    assertThat(f.nonNegativeNumber(n, "rtol", "")).isEqualTo(1e-5);
    assertThat(f.number(n, "shift", "")).isEqualTo(-2.5);
    assertThat(f.bool(n, "paired", "")).isTrue();
    assertThat(f.strings(n, "tags", "", true)).containsExactly("heap", "selection");
    assertThat(f.texts(n, "tags", "", 1, 3)).containsExactly("heap", "selection");
    assertThat(f.object(n, "limits", "")).isNotNull();
    assertThat(f.optionalText(n, "absent", "")).isNull();
    assertThat(f.string(n, "absent", "", false)).isNull();
    assertThat(f.list(n, "absent", "", false)).isEmpty();
    assertThat(defects).isEmpty();
  }

  @Test
  void everyDefectIsReportedWithItsPathAndTheReadsCarryOn() throws Exception {
    JsonNode n =
        yaml(
            """
            title: ""
            minutes: 90
            rtol: -1
            shift: nan
            paired: "yes"
            tags: [heap, "", [x]]
            limits: 3
            typo: 1
            """);
    String at = "entry_points[0]";
    assertThat(f.text(n, "title", at)).isNull();
    assertThat(f.integer(n, "minutes", at, 1, 60)).isNull();
    assertThat(f.nonNegativeNumber(n, "rtol", at)).isNull();
    assertThat(f.number(n, "shift", at)).isNull();
    assertThat(f.bool(n, "paired", at)).isNull();
    assertThat(f.strings(n, "tags", at, true)).containsExactly("heap");
    assertThat(f.list(n, "tags", at, 1, 2)).hasSize(3);
    assertThat(f.object(n, "limits", at)).isNull();
    assertThat(f.text(n, "missing", at)).isNull();
    f.onlyKnownKeys(n, at, Set.of("title", "minutes", "rtol", "shift", "paired", "tags", "limits"));
    assertThat(defects)
        .containsExactly(
            "entry_points[0].title: is empty",
            "entry_points[0].minutes: must be between 1 and 60, not 90",
            "entry_points[0].rtol: must be a non-negative number, not '-1'",
            "entry_points[0].shift: must be a number, not 'nan'",
            "entry_points[0].paired: must be true or false, not 'yes'",
            "entry_points[0].tags[1]: must be non-empty text",
            "entry_points[0].tags[2]: must be non-empty text",
            "entry_points[0].tags: must have 1 to 2 items, not 3",
            "entry_points[0].limits: must be a mapping (key: value lines), not '3'",
            "entry_points[0].missing: is missing",
            "entry_points[0].typo: is not a field of this format (known: limits, minutes, paired,"
                + " rtol, shift, tags, title)");
  }

  @Test
  void aFieldOfTheWrongShapeSaysWhatItFound() throws Exception {
    JsonNode n = yaml("title: [a, b]\ntags: {a: 1}\nn: 2.5\n");
    f.text(n, "title", "");
    f.strings(n, "tags", "", false);
    f.integer(n, "n", "", 0, 9);
    f.longValue(n, "n", "");
    assertThat(defects)
        .containsExactly(
            "title: must be text, not a list",
            "tags: must be a list, not a mapping",
            "n: must be a whole number, not '2.5'",
            "n: must be a whole number, not '2.5'");
  }
}
