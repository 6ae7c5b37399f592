package dev.allclose.plan.interviewday;

import java.util.List;
import java.util.Optional;

/** A checklist (the day before, or the day of, an interview) and its items in order. */
public record Checklist(String id, String title, List<ChecklistItem> items) {
  public Checklist {
    items = List.copyOf(items);
  }

  /** The item numbered {@code n} from 1, as the command line shows it. */
  public Optional<ChecklistItem> item(int n) {
    return n >= 1 && n <= items.size() ? Optional.of(items.get(n - 1)) : Optional.empty();
  }
}
