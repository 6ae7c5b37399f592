package dev.allclose.plan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import dev.allclose.plan.schedule.PlanView;
import dev.allclose.store.PlanItemRecord;
import dev.allclose.store.PlanPhase;
import dev.allclose.store.StoredPlan;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The iCalendar export read back by the library that wrote it (biweekly) and by an independent one
 * (ical4j), in time zones far apart: all-day events must land on the plan's days everywhere.
 */
class PlanCalendarTest {
  static final LocalDate START = LocalDate.parse("2026-03-29"); // the night Europe moves clocks
  static final Instant NOW = Instant.parse("2026-03-01T08:30:00Z");
  static final TimeZone ORIGINAL = TimeZone.getDefault();

  @AfterEach
  void restore() {
    TimeZone.setDefault(ORIGINAL);
  }

  static PlanView view() {
    StoredPlan plan = new StoredPlan("p1an", NOW, START, START.plusDays(3), 120, "engineer");
    List<PlanItemRecord> items = new ArrayList<>();
    items.add(item("a", START, 0, "#1 Multi-Head Self-Attention", 40, true));
    items.add(
        item("b", START, 1, "Read one method section, with a comma; and a semicolon", 30, false));
    items.add(item("c", START.plusDays(2), 0, "#8 LoRA", 30, false));
    return new PlanView(
        plan,
        List.of(new PlanPhase("Core implementations", START, START.plusDays(2))),
        items,
        List.of());
  }

  static PlanItemRecord item(
      String id, LocalDate day, int position, String title, int minutes, boolean done) {
    return new PlanItemRecord(
        id,
        "p1an",
        day,
        position,
        "Core implementations",
        "problem",
        id,
        title,
        minutes,
        day,
        NOW,
        done ? NOW : null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Berlin"})
  void bothParsersSeeAllDayEventsOnThePlanDays(String writerZone) throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone(writerZone));
    String text = PlanCalendar.write(view(), NOW);
    assertThat(text).contains("DTSTART;VALUE=DATE:20260329").contains("DTEND;VALUE=DATE:20260330");
    for (String readerZone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata")) {
      TimeZone.setDefault(TimeZone.getTimeZone(readerZone));
      assertThat(ical4jDays(text)).containsExactly(START, START.plusDays(2), START.plusDays(3));
      assertThat(biweeklyDays(text)).containsExactly(START, START.plusDays(2), START.plusDays(3));
    }
  }

  static List<LocalDate> ical4jDays(String text) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));
    calendar.validate();
    List<LocalDate> days = new ArrayList<>();
    for (VEvent e : calendar.<VEvent>getComponents(Component.VEVENT)) {
      LocalDate start = (LocalDate) e.getDateTimeStart().getDate();
      LocalDate end = (LocalDate) e.getDateTimeEnd().getDate();
      assertThat(end).isEqualTo(start.plusDays(1));
      days.add(start);
    }
    return days;
  }

  static List<LocalDate> biweeklyDays(String text) {
    ICalendar ical = Biweekly.parse(text).first();
    assertThat(ical.validate(biweekly.ICalVersion.V2_0).isEmpty()).isTrue();
    return ical.getEvents().stream()
        .map(
            e -> {
              assertThat(e.getDateStart().getValue().hasTime()).isFalse();
              return e.getDateStart()
                  .getValue()
                  .toInstant()
                  .atZone(ZoneId.systemDefault())
                  .toLocalDate();
            })
        .toList();
  }

  @Test
  void eachDayCarriesItsItemsAndTheInterviewDayItsChecklist() throws Exception {
    Calendar calendar =
        new CalendarBuilder().build(new StringReader(PlanCalendar.write(view(), NOW)));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(3);
    VEvent first = events.get(0);
    assertThat(first.getSummary().getValue())
        .isEqualTo("Allclose: Core implementations (2 items, 70 min)");
    assertThat(first.getDescription().getValue())
        .isEqualTo(
            "[x] #1 Multi-Head Self-Attention (40 min)\n"
                + "[ ] Read one method section, with a comma; and a semicolon (30 min)");
    assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("p1an-20260329@allclose");
    assertThat(first.getDateTimeStamp().getValue()).isEqualTo("20260301T083000Z");
    assertThat(events.get(1).getSummary().getValue()).contains("1 item, 30 min");
    assertThat(events.get(2).getSummary().getValue()).isEqualTo("Interview day");
    assertThat(events.get(2).getDescription().getValue()).contains("allclose checklist day-of");
  }
}
