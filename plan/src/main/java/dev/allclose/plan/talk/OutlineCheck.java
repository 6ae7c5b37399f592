package dev.allclose.plan.talk;

import dev.allclose.store.TalkSlide;
import java.util.ArrayList;
import java.util.List;

/** Compares an outline's slides, section by section, with the slide budget. Stateless. */
public final class OutlineCheck {
  private OutlineCheck() {}

  /** One line per section whose slide count differs from its budget; empty when all match. */
  public static List<String> notes(TalkBudget budget, List<TalkSlide> slides) {
    List<String> notes = new ArrayList<>();
    for (SectionBudget s : budget.sections()) {
      long have = slides.stream().filter(t -> t.section().equals(s.id())).count();
      if (have != s.slides()) {
        notes.add(
            s.title()
                + ": "
                + have
                + (have == 1 ? " slide" : " slides")
                + ", the budget is "
                + s.slides()
                + (have > s.slides() ? " (cut some, or it will overrun)" : " (room for more)"));
      }
    }
    return notes;
  }
}
