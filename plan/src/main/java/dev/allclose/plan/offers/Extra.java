package dev.allclose.plan.offers;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Anything else in an offer: money every year ({@code perYear}), money once in {@code month}, or a
 * term that is not money (a compute budget in GPU hours, a publication policy), kept as a note.
 */
public record Extra(
    String name, @Nullable BigDecimal amount, boolean perYear, int month, @Nullable String note) {}
