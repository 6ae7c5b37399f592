package dev.allclose.plan.schedule;

import dev.allclose.plan.CatalogProblem;
import dev.allclose.plan.content.ContentNode;

/**
 * Which catalog problems a phase takes: a section, optionally narrowed to a range of numbers
 * ({@code numbers: "1-6"}).
 */
public record ProblemSelector(int section, int firstNumber, int lastNumber) {
  boolean matches(CatalogProblem p) {
    return p.section() == section && p.number() >= firstNumber && p.number() <= lastNumber;
  }

  static ProblemSelector read(ContentNode n) {
    n.allow("section", "numbers");
    int section = n.integer("section", 1, 5);
    String numbers = n.optionalText("numbers");
    if (numbers == null) {
      return new ProblemSelector(section, 1, Integer.MAX_VALUE);
    }
    String[] range = numbers.split("-", -1);
    try {
      int first = Integer.parseInt(range[0].strip());
      int last = range.length == 2 ? Integer.parseInt(range[1].strip()) : first;
      if (range.length > 2 || first < 1 || last < first) {
        throw n.error("numbers", "must be a range such as \"1-6\", not '" + numbers + "'");
      }
      return new ProblemSelector(section, first, last);
    } catch (NumberFormatException e) {
      throw n.error("numbers", "must be a range such as \"1-6\", not '" + numbers + "'");
    }
  }
}
