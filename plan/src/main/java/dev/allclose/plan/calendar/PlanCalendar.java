package dev.allclose.plan.calendar;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import dev.allclose.plan.schedule.PlanView;
import dev.allclose.store.PlanItemRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a study plan as an iCalendar file (RFC 5545) with biweekly: one all-day event for each
 * plan day that has work, whose description lists the items with their minutes ({@code [x]} once
 * done), and one for the interview day.
 *
 * <p>All-day events carry {@code DATE} values (no time, no time zone), so a calendar shows them on
 * the same days wherever it is opened. UIDs are stable for a plan and a day, so importing the file
 * again updates the events rather than duplicating them. Events are transparent: they do not block
 * time in the calendar. Stateless.
 */
public final class PlanCalendar {
  private static final String PRODUCT_ID = "-//Allclose//Study plan//EN";
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private PlanCalendar() {}

  /** The plan as iCalendar text; {@code now} stamps every event (DTSTAMP). */
  public static String write(PlanView view, Instant now) {
    ICalendar ical = new ICalendar();
    ical.setProductId(PRODUCT_ID);
    ical.setName("Allclose study plan");
    view.days()
        .forEach(
            (day, items) -> {
              if (!items.isEmpty()) {
                ical.addEvent(dayEvent(view, day, items, now));
              }
            });
    ical.addEvent(interviewEvent(view, now));
    return Biweekly.write(ical).version(ICalVersion.V2_0).go();
  }

  private static VEvent dayEvent(
      PlanView view, LocalDate day, List<PlanItemRecord> items, Instant now) {
    int minutes = items.stream().mapToInt(PlanItemRecord::minutes).sum();
    String phase = view.phaseOf(day);
    VEvent event =
        allDay(
            view,
            day,
            now,
            "Allclose: "
                + (phase.isEmpty() ? "study" : phase)
                + " ("
                + items.size()
                + (items.size() == 1 ? " item, " : " items, ")
                + minutes
                + " min)");
    event.setDescription(
        items.stream()
            .map(i -> (i.done() ? "[x] " : "[ ] ") + i.title() + " (" + i.minutes() + " min)")
            .collect(Collectors.joining("\n")));
    if (!phase.isEmpty()) {
      event.addCategories(phase);
    }
    return event;
  }

  private static VEvent interviewEvent(PlanView view, Instant now) {
    VEvent event = allDay(view, view.plan().interview(), now, "Interview day");
    event.setDescription(
        "The day-of checklist: allclose checklist day-of\n"
            + "Questions to ask: allclose questions");
    return event;
  }

  private static VEvent allDay(PlanView view, LocalDate day, Instant now, String summary) {
    VEvent event = new VEvent();
    event.setUid(view.plan().id() + "-" + BASIC.format(day) + "@allclose");
    event.setDateTimeStamp(Date.from(now));
    event.setDateStart(new DateStart(date(day)));
    event.setDateEnd(new DateEnd(date(day.plusDays(1))));
    event.setSummary(summary);
    event.setTransparency(true);
    return event;
  }

  /** A DATE value built from the calendar fields, so no time zone takes part. */
  private static ICalDate date(LocalDate day) {
    return new ICalDate(
        new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
  }
}
