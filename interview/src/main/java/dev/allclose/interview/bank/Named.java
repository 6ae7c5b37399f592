package dev.allclose.interview.bank;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.fields.Fields;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** An enum whose constants are spelled in the bank files by an id such as {@code core-concepts}. */
public interface Named {
  String id();

  /** The constant of {@code type} spelled {@code id}. */
  static <E extends Enum<E> & Named> Optional<E> find(Class<E> type, String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(wanted)).findFirst();
  }

  /** The ids of {@code type}'s constants, comma-separated, for messages. */
  static <E extends Enum<E> & Named> String ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Named::id).collect(Collectors.joining(", "));
  }

  /** The constant of {@code type} spelled at {@code key}, or null and a defect listing the ids. */
  static <E extends Enum<E> & Named> @Nullable E read(
      Fields f, JsonNode node, String key, String path, Class<E> type) {
    String id = f.text(node, key, path);
    return id == null ? null : read(f, id, Fields.join(path, key), type);
  }

  /** The constant of {@code type} spelled {@code id}, or null and a defect at {@code field}. */
  static <E extends Enum<E> & Named> @Nullable E read(
      Fields f, String id, String field, Class<E> type) {
    Optional<E> found = find(type, id);
    if (found.isEmpty()) {
      f.defect(field, "must be one of " + ids(type) + ", not '" + id + "'");
      return null;
    }
    return found.get();
  }
}
