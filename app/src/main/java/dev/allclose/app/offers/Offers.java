package dev.allclose.app.offers;

import dev.allclose.app.AppException;
import dev.allclose.plan.content.ContentException;
import dev.allclose.plan.offers.Offer;
import dev.allclose.plan.offers.OfferComparison;
import dev.allclose.plan.offers.OfferReader;
import dev.allclose.store.SavedOffer;
import dev.allclose.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The offers the user keeps and their comparison. An offer file is checked before it is kept, and
 * kept by its name (adding it again replaces it). Thread-safe.
 */
public final class Offers {
  /** The longest horizon a comparison looks at, in years. */
  public static final int MAX_YEARS = 10;

  private final Supplier<Store> store;

  public Offers(Supplier<Store> store) {
    this.store = store;
  }

  /** Checks an offer file and keeps it; returns the offer. */
  public Offer add(Path file) {
    Offer o = read(file);
    store.get().offers().put(o.name(), text(file));
    return o;
  }

  /** The kept offers, in the store's order. */
  public List<Offer> kept() {
    return store.get().offers().list().stream().map(Offers::parse).toList();
  }

  /** Forgets a kept offer, or says that none has that name. */
  public void remove(String name) {
    if (!store.get().offers().remove(name)) {
      throw AppException.notFound(
          "no offer named '" + name + "'; `allclose offers list` shows them");
    }
  }

  /**
   * Compares the offers in {@code files}, or every kept offer when there are none, over {@code
   * years}, optionally as if the user left after {@code leaveAfter} months.
   */
  public OfferComparison compare(List<Path> files, int years, @Nullable Integer leaveAfter) {
    if (years < 1 || years > MAX_YEARS) {
      throw AppException.invalid("--years must be between 1 and " + MAX_YEARS + ", not " + years);
    }
    if (leaveAfter != null && (leaveAfter < 1 || leaveAfter > years * 12)) {
      throw AppException.invalid(
          "--leave-after must be between 1 and " + years * 12 + " months, not " + leaveAfter);
    }
    List<Offer> offers = files.isEmpty() ? kept() : files.stream().map(Offers::read).toList();
    try {
      return OfferComparison.of(offers, years, leaveAfter);
    } catch (IllegalArgumentException e) {
      throw AppException.invalid(
          e.getMessage() + (files.isEmpty() ? " (kept offers: `allclose offers list`)" : ""));
    }
  }

  /** An offer file, checked. */
  public static Offer read(Path file) {
    try {
      return OfferReader.read(text(file), file.toString());
    } catch (ContentException e) {
      throw AppException.invalid(String.valueOf(e.getMessage()));
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw AppException.invalid("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static Offer parse(SavedOffer saved) {
    try {
      return OfferReader.read(saved.source(), "offer '" + saved.name() + "'");
    } catch (ContentException e) {
      throw AppException.invalid(String.valueOf(e.getMessage()));
    }
  }
}
