package dev.allclose.judge.run;

import dev.allclose.judge.report.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A solution made ready to run, or the reason it cannot run at all. */
public sealed interface Prepared {

  /**
   * @param solution the file the harness loads (Python) or the compiled classes (Java)
   * @param sourceFileName the name the language's tracebacks use for the solution's file
   * @param classpath Java: the harness's classpath followed by the solution's classes
   */
  record Ready(Path solution, String sourceFileName, List<Path> classpath) implements Prepared {
    public Ready {
      classpath = List.copyOf(classpath);
    }
  }

  /** Refused before running: a compile error or a banned call, with the line it points at. */
  record Rejected(Verdict verdict, String message, @Nullable Integer line) implements Prepared {}
}
