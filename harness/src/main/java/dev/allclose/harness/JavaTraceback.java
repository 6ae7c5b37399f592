package dev.allclose.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats an exception as {@code printStackTrace} would, keeping only the solution's own frames:
 * everything from the first frame of reflection or of the harness outwards is dropped, so the
 * candidate sees where their code failed and nothing of ours.
 */
final class JavaTraceback {
  private final String sourceFile;
  private final String displayName;

  JavaTraceback(String sourceFile, String displayName) {
    this.sourceFile = sourceFile;
    this.displayName = displayName;
  }

  String format(Throwable t) {
    StringBuilder sb = new StringBuilder();
    Throwable current = t;
    String prefix = "";
    while (current != null) {
      sb.append(prefix).append(current).append('\n');
      for (StackTraceElement e : candidateFrames(current)) {
        sb.append("\tat ").append(rename(e)).append('\n');
      }
      prefix = "Caused by: ";
      current = current.getCause() == current ? null : current.getCause();
    }
    return sb.toString();
  }

  /** Line of the innermost frame in the solution's file, or 0. */
  int firstLine(Throwable t) {
    for (StackTraceElement e : candidateFrames(t)) {
      if (sourceFile.equals(e.getFileName())) {
        return e.getLineNumber();
      }
    }
    return 0;
  }

  private static List<StackTraceElement> candidateFrames(Throwable t) {
    List<StackTraceElement> frames = new ArrayList<>();
    for (StackTraceElement e : t.getStackTrace()) {
      String c = e.getClassName();
      if (c.startsWith("dev.allclose.harness.")
          || c.startsWith("jdk.internal.reflect.")
          || c.startsWith("java.lang.reflect.")
          || c.startsWith("java.lang.invoke.")) {
        break;
      }
      frames.add(e);
    }
    return frames;
  }

  private String rename(StackTraceElement e) {
    String s = e.toString();
    return sourceFile.equals(displayName)
        ? s
        : s.replace("(" + sourceFile + ":", "(" + displayName + ":");
  }
}
