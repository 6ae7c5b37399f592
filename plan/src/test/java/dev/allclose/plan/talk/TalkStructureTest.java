package dev.allclose.plan.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.allclose.plan.content.ContentFiles;
import dev.allclose.store.TalkSlide;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalkStructureTest {
  static final TalkStructure TALK = TalkStructure.load();

  @Test
  void aFortyFiveMinuteTalkHasTheSplitAndSlideCountsOfTheGuide() {
    TalkBudget b = TALK.budget(45);
    assertThat(b.sections())
        .extracting(
            SectionBudget::title,
            SectionBudget::percent,
            SectionBudget::time,
            SectionBudget::slides)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Motivation", 10, Duration.ofSeconds(270), 5),
            org.assertj.core.groups.Tuple.tuple("Method", 35, Duration.ofSeconds(945), 5),
            org.assertj.core.groups.Tuple.tuple("Evidence", 40, Duration.ofSeconds(1080), 11),
            org.assertj.core.groups.Tuple.tuple(
                "Limits and roadmap", 15, Duration.ofSeconds(405), 3));
    assertThat(b.slides()).isEqualTo(24);
    assertThat(b.time()).isEqualTo(Duration.ofMinutes(45));
  }

  @Test
  void otherLengthsKeepTheSharesAndScaleTheSlides() {
    TalkBudget thirty = TALK.budget(30);
    assertThat(thirty.time()).isEqualTo(Duration.ofMinutes(30));
    assertThat(thirty.section("method").orElseThrow().time()).isEqualTo(Duration.ofSeconds(630));
    assertThat(thirty.sections()).extracting(SectionBudget::slides).containsExactly(4, 3, 7, 2);
    TalkBudget sixty = TALK.budget(60);
    assertThat(sixty.section("evidence").orElseThrow().time()).isEqualTo(Duration.ofMinutes(24));
    assertThat(sixty.sections()).extracting(SectionBudget::slides).containsExactly(6, 7, 15, 4);
    assertThat(sixty.section("motivation").orElseThrow().parts().get(0).slides())
        .as("the title slide is fixed")
        .isEqualTo(1);
    assertThatThrownBy(() -> TALK.budget(20))
        .hasMessage("a talk lasts one of [30, 45, 60] minutes, not 20");
  }

  @Test
  void atEveryLengthTheSlidesAndTheTimeboxesAgreeAndAddUpToTheTalk() {
    TalkBudget reference = TALK.budget(TALK.referenceMinutes());
    for (int minutes : TALK.lengths()) {
      TalkBudget b = TALK.budget(minutes);
      double scale = (double) minutes / TALK.referenceMinutes();
      assertThat(b.time()).as(minutes + " min").isEqualTo(Duration.ofMinutes(minutes));
      int fixed = 0;
      for (SectionBudget s : b.sections()) {
        assertThat(s.time()).isEqualTo(Duration.ofSeconds(minutes * 60L * s.percent() / 100));
        SectionBudget ref = reference.section(s.id()).orElseThrow();
        int sectionFixed = fixedSlides(s.id());
        fixed += sectionFixed;
        // the section's slides fill its timebox at the pace of the reference talk, to a slide
        assertThat((double) s.slides())
            .as(minutes + " min, " + s.title())
            .isCloseTo(sectionFixed + (ref.slides() - sectionFixed) * scale, within(0.999));
        assertThat(s.parts()).allSatisfy(p -> assertThat(p.slides()).isPositive());
      }
      assertThat(b.slides())
          .as(minutes + " min: the sections add up to the talk's slides at the reference pace")
          .isEqualTo(fixed + (int) Math.round((reference.slides() - fixed) * scale));
    }
  }

  private static int fixedSlides(String section) {
    return TALK.sections().stream()
        .filter(s -> s.id().equals(section))
        .flatMap(s -> s.parts().stream())
        .filter(TalkStructure.Part::fixed)
        .mapToInt(TalkStructure.Part::slides)
        .sum();
  }

  @Test
  void aPartThatWouldGetNoSlideAtSomeLengthIsAContentError() {
    String yaml =
        """
        lengths: [15, 45]
        reference_minutes: 45
        sections:
          - {id: a, title: A, percent: 50, parts: [{id: x, title: X, slides: 4}]}
          - {id: b, title: B, percent: 50, parts: [{id: y, title: Y, slides: 1}]}
        """;
    assertThatThrownBy(() -> TalkStructure.read(ContentFiles.parse(yaml, "talk.yaml")))
        .hasMessage(
            "talk.yaml: sections: in a 15-minute talk the part 'y' gets no slide; give it more"
                + " slides or mark it fixed");
  }

  @Test
  void sharesMustAddUpTo100() {
    String yaml =
        """
        lengths: [45]
        reference_minutes: 45
        sections:
          - {id: a, title: A, percent: 60, parts: [{id: x, title: X, slides: 2}]}
          - {id: b, title: B, percent: 30, parts: [{id: y, title: Y, slides: 2}]}
        """;
    assertThatThrownBy(() -> TalkStructure.read(ContentFiles.parse(yaml, "talk.yaml")))
        .hasMessage("talk.yaml: sections: the percents must add up to 100, not 90");
  }

  @Test
  void anOutlineIsComparedWithTheBudget() {
    TalkBudget b = TALK.budget(45);
    List<TalkSlide> slides =
        List.of(
            new TalkSlide("motivation", "Why"),
            new TalkSlide("method", "How"),
            new TalkSlide("evidence", "It works"));
    assertThat(OutlineCheck.notes(b, slides))
        .containsExactly(
            "Motivation: 1 slide, the budget is 5 (room for more)",
            "Method: 1 slide, the budget is 5 (room for more)",
            "Evidence: 1 slide, the budget is 11 (room for more)",
            "Limits and roadmap: 0 slides, the budget is 3 (room for more)");
  }

  /** A clock that moves by the given steps, one per reading. */
  static Clock stepping(Instant start, Duration... steps) {
    return new Clock() {
      Instant now = start;
      int next;

      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        Instant t = now;
        if (next < steps.length) {
          now = now.plus(steps[next++]);
        }
        return t;
      }
    };
  }

  @Test
  void theTimerReportsOverrunsAndHowFarBehindTheTalkIs() {
    RehearsalTimer timer =
        new RehearsalTimer(
            TALK.budget(30),
            stepping(
                Instant.parse("2026-03-01T10:00:00Z"),
                Duration.ofSeconds(200), // motivation: 3:20 of 3:00
                Duration.ofSeconds(600), // method: 10:00 of 10:30
                Duration.ofSeconds(760), // evidence: 12:40 of 12:00
                Duration.ofSeconds(240))); // limits: 4:00 of 4:30
    timer.start();
    SectionTiming motivation = timer.next();
    assertThat(motivation.over()).isTrue();
    assertThat(motivation.overrun()).isEqualTo(Duration.ofSeconds(20));
    SectionTiming method = timer.next();
    assertThat(method.over()).isFalse();
    assertThat(method.behind()).isEqualTo(Duration.ofSeconds(-10));
    SectionTiming evidence = timer.next();
    assertThat(evidence.overrun()).isEqualTo(Duration.ofSeconds(40));
    assertThat(evidence.behind()).isEqualTo(Duration.ofSeconds(30));
    SectionTiming limits = timer.next();
    assertThat(limits.behind()).isZero();
    assertThat(timer.current()).isEmpty();
    assertThatThrownBy(timer::next).isInstanceOf(IllegalStateException.class);
  }
}
