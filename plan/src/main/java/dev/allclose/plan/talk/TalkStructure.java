package dev.allclose.plan.talk;

import dev.allclose.plan.Apportionment;
import dev.allclose.plan.content.ContentFiles;
import dev.allclose.plan.content.ContentNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The research-talk split from {@code content/talk.yaml}: the sections with their share of the
 * time, the parts of each with their slides in a talk of {@code referenceMinutes}, the lengths a
 * talk may have, and slide tips. {@link #budget} scales it to a length.
 */
public record TalkStructure(
    List<Integer> lengths, int referenceMinutes, List<Section> sections, List<String> tips) {

  /** A section as the content gives it. */
  public record Section(String id, String title, int percent, List<Part> parts) {
    public Section {
      parts = List.copyOf(parts);
    }
  }

  /** A part as the content gives it; a fixed part keeps its slides at every length. */
  public record Part(String id, String title, int slides, boolean fixed) {}

  public TalkStructure {
    lengths = List.copyOf(lengths);
    sections = List.copyOf(sections);
    tips = List.copyOf(tips);
  }

  public static TalkStructure load() {
    return read(ContentFiles.resource("talk.yaml"));
  }

  public static TalkStructure read(ContentNode root) {
    root.allow("lengths", "reference_minutes", "sections", "tips");
    List<Integer> lengths = new ArrayList<>();
    for (BigDecimal m : root.decimals("lengths")) {
      if (m.stripTrailingZeros().scale() > 0 || m.signum() <= 0) {
        throw root.error("lengths", "must be whole minutes above zero, not " + m);
      }
      lengths.add(m.intValueExact());
    }
    if (lengths.isEmpty()) {
      throw root.error("lengths", "is missing");
    }
    int reference = root.integer("reference_minutes", 1, 240);
    if (!lengths.contains(reference)) {
      throw root.error("reference_minutes", "must be one of the lengths " + lengths);
    }
    List<Section> sections = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ContentNode s : root.list("sections")) {
      Section section = section(s);
      if (!ids.add(section.id())) {
        throw s.error("id", "'" + section.id() + "' is used twice");
      }
      sections.add(section);
    }
    int total = sections.stream().mapToInt(Section::percent).sum();
    if (total != 100) {
      throw root.error("sections", "the percents must add up to 100, not " + total);
    }
    TalkStructure talk = new TalkStructure(lengths, reference, sections, root.texts("tips"));
    for (int minutes : lengths) {
      for (SectionBudget section : talk.budget(minutes).sections()) {
        for (PartBudget part : section.parts()) {
          if (part.slides() == 0) {
            throw root.error(
                "sections",
                "in a "
                    + minutes
                    + "-minute talk the part '"
                    + part.id()
                    + "' gets no slide; give it more slides or mark it fixed");
          }
        }
      }
    }
    return talk;
  }

  private static Section section(ContentNode s) {
    s.allow("id", "title", "percent", "parts");
    List<Part> parts = new ArrayList<>();
    for (ContentNode p : s.list("parts")) {
      p.allow("id", "title", "slides", "fixed");
      parts.add(
          new Part(
              p.text("id"), p.text("title"), p.integer("slides", 1, 30), p.flag("fixed", false)));
    }
    return new Section(s.text("id"), s.text("title"), s.integer("percent", 1, 100), parts);
  }

  /**
   * The budget for a talk of {@code minutes}. Each section gets {@code minutes * percent / 100} of
   * the time (exact in milliseconds, since a minute is 60 000 of them). The slides keep the pace of
   * the reference talk: the fixed parts keep their counts, the others together get their reference
   * count scaled by {@code minutes / referenceMinutes} (rounded half up), and that total is shared
   * among the sections, then among each section's parts, in proportion to their reference counts
   * ({@link Apportionment#largestRemainder}). So the sections' slides add up to the talk's, and
   * each section is within one slide of its reference count scaled like its timebox. Rounding each
   * part on its own instead let the rounding add up: a 30-minute talk lost a slide and a 60-minute
   * one gained one.
   *
   * @throws IllegalArgumentException when the length is not one of {@link #lengths}
   */
  public TalkBudget budget(int minutes) {
    if (!lengths.contains(minutes)) {
      throw new IllegalArgumentException(
          "a talk lasts one of " + lengths + " minutes, not " + minutes);
    }
    List<Integer> scalable = sections.stream().map(TalkStructure::scalableSlides).toList();
    int total =
        BigDecimal.valueOf((long) scalable.stream().mapToInt(Integer::intValue).sum() * minutes)
            .divide(BigDecimal.valueOf(referenceMinutes), 0, RoundingMode.HALF_UP)
            .intValueExact();
    int[] bySection = Apportionment.largestRemainder(total, scalable);
    List<SectionBudget> out = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      out.add(
          new SectionBudget(
              s.id(),
              s.title(),
              s.percent(),
              Duration.ofMillis(minutes * 60_000L * s.percent() / 100),
              parts(s, bySection[i])));
    }
    return new TalkBudget(minutes, out);
  }

  private static int scalableSlides(Section s) {
    return s.parts().stream().filter(p -> !p.fixed()).mapToInt(Part::slides).sum();
  }

  /** The section's parts: fixed ones as given, the others sharing {@code slides}. */
  private static List<PartBudget> parts(Section s, int slides) {
    List<Part> scaled = s.parts().stream().filter(p -> !p.fixed()).toList();
    int[] shares =
        Apportionment.largestRemainder(slides, scaled.stream().map(Part::slides).toList());
    List<PartBudget> out = new ArrayList<>();
    int next = 0;
    for (Part p : s.parts()) {
      out.add(new PartBudget(p.id(), p.title(), p.fixed() ? p.slides() : shares[next++]));
    }
    return out;
  }
}
