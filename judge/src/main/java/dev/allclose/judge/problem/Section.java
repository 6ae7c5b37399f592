package dev.allclose.judge.problem;

import java.util.Optional;

/** The sections of the catalog, numbered as the research-engineer problem list groups them. */
public enum Section {
  PAPER_IMPLEMENTATION(1, "Paper implementation"),
  MATHEMATICAL_REASONING(2, "Mathematical reasoning"),
  RESEARCH_CODING(3, "Research-flavoured coding"),
  PAPER_DISCUSSION(4, "Paper discussion and research taste"),
  EXTRA_CONTRIBUTIONS(5, "Extra paper contributions");

  private final int number;
  private final String title;

  Section(int number, String title) {
    this.number = number;
    this.title = title;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public static Optional<Section> of(int number) {
    for (Section s : values()) {
      if (s.number == number) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
