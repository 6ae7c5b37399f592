package dev.allclose.interview.bank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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
}
