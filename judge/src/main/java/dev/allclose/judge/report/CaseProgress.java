package dev.allclose.judge.report;

/** Told as cases start and end, so a terminal or a web page can show progress. */
public interface CaseProgress {
  CaseProgress NONE = new CaseProgress() {};

  /** Called once, before anything runs, with the number of cases that will be judged. */
  default void planned(int cases) {}

  default void started(String caseName) {}

  default void finished(String caseName) {}
}
