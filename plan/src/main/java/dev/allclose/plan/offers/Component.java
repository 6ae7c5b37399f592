package dev.allclose.plan.offers;

/** The parts of a compensation package, in the order tables show them. */
public enum Component {
  BASE("Base"),
  BONUS("Bonus"),
  SIGN_ON("Sign-on"),
  EQUITY("Equity"),
  REFRESHERS("Refreshers"),
  EXTRAS("Extras");

  private final String title;

  Component(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** The key in {@code --json} output: {@code sign_on}, {@code refreshers}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
