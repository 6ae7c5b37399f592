package dev.allclose.interview.bank;

import java.util.List;

/** A bank folder with defects; {@link #defects()} lists every one found. */
public final class InvalidBankException extends Exception {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // never serialised
  private final List<Defect> defects;

  public InvalidBankException(List<Defect> defects) {
    super(defects.size() + " defect(s) in the bank, the first: " + defects.get(0));
    this.defects = List.copyOf(defects);
  }

  public List<Defect> defects() {
    return defects;
  }
}
