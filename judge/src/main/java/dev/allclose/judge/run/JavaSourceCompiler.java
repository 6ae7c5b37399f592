package dev.allclose.judge.run;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a Java solution in this JVM with {@code javax.tools}, then looks for banned calls in the
 * analysed trees before writing any class file. The source is compiled against the JDK and the
 * libraries solutions may use ({@link HarnessClasspath#solutionLibraries}, EJML): the product's own
 * classes are not on its class path.
 */
final class JavaSourceCompiler {
  private static final Pattern PUBLIC_CLASS =
      Pattern.compile(
          "public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|record|interface|enum)\\s+([A-Za-z_$][\\w$]*)");
  private static final int MAX_ERRORS = 5;

  /**
   * The file name javac and stack traces use: the public class's, so javac accepts any file name.
   */
  static String compilationUnitName(String source, String displayName) {
    Matcher m = PUBLIC_CLASS.matcher(source);
    if (m.find()) {
      return m.group(1) + ".java";
    }
    return displayName.endsWith(".java") ? displayName : "Solution.java";
  }

  private static String compileClasspath(Path classes) {
    List<String> entries = new ArrayList<>();
    entries.add(classes.toString());
    HarnessClasspath.solutionLibraries().forEach(p -> entries.add(p.toString()));
    return String.join(java.io.File.pathSeparator, entries);
  }

  Prepared compile(String source, String displayName, List<String> banned, Path classes)
      throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      return new Prepared.Rejected(
          Prepared.Reason.NO_COMPILER,
          "no Java compiler in this runtime: run Allclose on a JDK, not a JRE",
          null);
    }
    Files.createDirectories(classes);
    String unitName = compilationUnitName(source, displayName);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      List<String> options =
          List.of(
              "-proc:none",
              "-g",
              "-encoding",
              "UTF-8",
              "-Xlint:none",
              "-nowarn",
              "-classpath",
              compileClasspath(classes));
      JavacTask task =
          (JavacTask)
              compiler.getTask(
                  new StringWriter(),
                  files,
                  diagnostics,
                  options,
                  null,
                  List.of(new Source(unitName, source)));
      List<CompilationUnitTree> units = new ArrayList<>();
      task.parse().forEach(units::add);
      task.analyze();
      Optional<Prepared.Rejected> errors = errors(diagnostics, displayName);
      if (errors.isPresent()) {
        return errors.get();
      }
      JavaBannedCalls finder = new JavaBannedCalls(task, banned);
      for (CompilationUnitTree unit : units) {
        Optional<JavaBannedCalls.Hit> hit = finder.find(unit, source);
        if (hit.isPresent()) {
          JavaBannedCalls.Hit h = hit.get();
          return new Prepared.Rejected(
              Prepared.Reason.BANNED_CALL,
              displayName + " uses " + h.pattern() + " at line " + h.line() + ": " + h.code(),
              (int) h.line());
        }
      }
      task.generate();
      Optional<Prepared.Rejected> late = errors(diagnostics, displayName);
      if (late.isPresent()) {
        return late.get();
      }
    } catch (IllegalStateException | IllegalArgumentException e) {
      return errors(diagnostics, displayName)
          .orElse(
              new Prepared.Rejected(
                  Prepared.Reason.DOES_NOT_COMPILE, displayName + ": " + e.getMessage(), null));
    }
    return new Prepared.Ready(classes, unitName, List.of());
  }

  private static Optional<Prepared.Rejected> errors(
      DiagnosticCollector<JavaFileObject> diagnostics, String displayName) {
    List<Diagnostic<? extends JavaFileObject>> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .toList();
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d :
        errors.subList(0, Math.min(MAX_ERRORS, errors.size()))) {
      sb.append(sb.isEmpty() ? "" : "\n")
          .append(displayName)
          .append(':')
          .append(d.getLineNumber())
          .append(": error: ")
          .append(d.getMessage(Locale.ROOT));
    }
    if (errors.size() > MAX_ERRORS) {
      sb.append("\n(").append(errors.size() - MAX_ERRORS).append(" more errors)");
    }
    long line = errors.get(0).getLineNumber();
    return Optional.of(
        new Prepared.Rejected(
            Prepared.Reason.DOES_NOT_COMPILE, sb.toString(), line > 0 ? (int) line : null));
  }

  /** The solution's text as a compilation unit named after its public class. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String unitName, String text) {
      super(URI.create("string:///" + unitName), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
