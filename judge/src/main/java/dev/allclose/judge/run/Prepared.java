package dev.allclose.judge.run;

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

  /**
   * Refused before running, with the line it points at; the verdict for it is the judge's to
   * decide.
   */
  record Rejected(Reason reason, String message, @Nullable Integer line) implements Prepared {}

  /** Why a solution was refused before running. */
  enum Reason {
    /** It does not compile (or the compiler gave up on it). */
    DOES_NOT_COMPILE,
    /** It uses a call the problem bans. */
    BANNED_CALL,
    /** The runtime here cannot compile it at all: a fault of the installation. */
    NO_COMPILER
  }
}
