package dev.allclose.plan.offers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Two or more offers projected over the same horizon, with the best by total. {@link #json()}
 * writes it for machines: amounts are JSON numbers with exactly two decimals, written from the
 * {@link BigDecimal} values (never through a double).
 */
public record OfferComparison(List<Projection> projections) {
  public static final int MIN_OFFERS = 2;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * @throws IllegalArgumentException with a message for the user: fewer than two offers, two with
   *     one name, or offers in different currencies
   */
  public static OfferComparison of(List<Offer> offers, int years, @Nullable Integer leaveAfter) {
    if (offers.size() < MIN_OFFERS) {
      throw new IllegalArgumentException(
          "a comparison needs at least " + MIN_OFFERS + " offers, not " + offers.size());
    }
    Set<String> currencies = offers.stream().map(Offer::currency).collect(Collectors.toSet());
    if (currencies.size() > 1) {
      throw new IllegalArgumentException(
          "the offers are in "
              + String.join(" and ", new java.util.TreeSet<>(currencies))
              + "; convert them to one currency first");
    }
    Set<String> names = new java.util.HashSet<>();
    for (Offer o : offers) {
      if (!names.add(o.name())) {
        throw new IllegalArgumentException("two offers are named '" + o.name() + "'");
      }
    }
    return new OfferComparison(
        offers.stream().map(o -> OfferProjection.project(o, years, leaveAfter)).toList());
  }

  public OfferComparison {
    projections = List.copyOf(projections);
  }

  public String currency() {
    return projections.get(0).offer().currency();
  }

  /** The offer that pays most over the horizon; the first given on a tie. */
  public Projection best() {
    return projections.stream()
        .max(Comparator.comparing((Projection p) -> p.total().total()))
        .orElseThrow();
  }

  public String json() {
    ObjectNode root = JSON.createObjectNode();
    Projection first = projections.get(0);
    root.put("currency", currency());
    root.put("years", first.years());
    if (first.leaveAfterMonths() == null) {
      root.putNull("leave_after_months");
    } else {
      root.put("leave_after_months", first.leaveAfterMonths());
    }
    ArrayNode offers = root.putArray("offers");
    for (Projection p : projections) {
      ObjectNode o = offers.addObject();
      o.put("name", p.offer().name());
      ArrayNode years = o.putArray("years");
      p.byYear().forEach(y -> amounts(years.addObject().put("year", y.year()), y));
      amounts(o.putObject("total"), p.total());
      o.put("unvested_at_end", p.unvested());
      ArrayNode notes = o.putArray("notes");
      p.notes().forEach(notes::add);
    }
    root.put("best", best().offer().name());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values cannot fail: " + e.getMessage(), e);
    }
  }

  private static void amounts(ObjectNode node, YearAmounts y) {
    for (Component c : Component.values()) {
      node.put(c.key(), y.get(c));
    }
    node.put("total", y.total());
  }
}
