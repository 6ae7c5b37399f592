package dev.allclose.interview.mock;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.allclose.interview.bank.Area;
import dev.allclose.interview.bank.Named;
import dev.allclose.interview.bank.Role;
import java.util.List;

/**
 * The two mock interviews of the seeds: the research-engineer one assesses core concepts, applied
 * problem solving and system design, and research acumen; the research-scientist one core concepts
 * (theoretical depth), applied research framing, and critical thinking and rigour.
 */
public enum Preset implements Named {
  RESEARCH_ENGINEER(
      "research-engineer",
      Role.RESEARCH_ENGINEER,
      List.of(Area.CORE_CONCEPTS, Area.APPLIED_DESIGN, Area.RESEARCH_ACUMEN)),
  RESEARCH_SCIENTIST(
      "research-scientist",
      Role.RESEARCH_SCIENTIST,
      List.of(Area.CORE_CONCEPTS, Area.APPLIED_DESIGN, Area.RIGOUR));

  private final String id;
  private final Role role;

  @SuppressWarnings("ImmutableEnumChecker") // always a List.of(...), which is immutable
  private final List<Area> areas;

  Preset(String id, Role role, List<Area> areas) {
    this.id = id;
    this.role = role;
    this.areas = areas;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  public Role role() {
    return role;
  }

  public List<Area> areas() {
    return areas;
  }
}
