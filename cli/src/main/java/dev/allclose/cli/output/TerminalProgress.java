package dev.allclose.cli.output;

import dev.allclose.judge.report.CaseProgress;
import java.io.PrintWriter;

/**
 * A one-line progress display on a terminal ("case 3/11: large-scores"), rewritten in place with a
 * carriage return and erased at the end. Only used when stdout is a terminal.
 */
public final class TerminalProgress implements CaseProgress {
  private final PrintWriter err;
  private int total;
  private int done;

  public TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void planned(int cases) {
    total = cases;
    show("preparing " + cases + " cases");
  }

  @Override
  public void started(String caseName) {
    show("case " + (done + 1) + "/" + total + ": " + caseName);
  }

  @Override
  public void finished(String caseName) {
    done++;
  }

  public void clear() {
    err.print("\r\033[K");
    err.flush();
  }

  private void show(String text) {
    err.print("\r\033[K  " + text);
    err.flush();
  }
}
