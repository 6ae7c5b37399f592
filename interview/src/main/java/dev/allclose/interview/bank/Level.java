package dev.allclose.interview.bank;

/** How hard a question is. */
public enum Level implements Named {
  EASY("easy"),
  MEDIUM("medium"),
  HARD("hard");

  private final String id;

  Level(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
