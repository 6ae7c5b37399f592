package dev.allclose.harness.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the judge asks a harness to do: which solution to load, the limits to set on itself, the
 * names it must find, and the cases it may be asked to run. Written by the judge as {@code
 * manifest.json} (snake_case keys) and read by the Python harness and by {@code JavaHarness}; the
 * cases then run one at a time, each when the judge sends its {@link RunCase}. Every closed set of
 * values is an enum ({@link Op}, {@link Packing}, {@link Required.Kind}): a value outside it makes
 * the manifest unreadable, and the harness reports that as a fault of its own naming the value.
 *
 * @param language {@code python} or {@code java}
 * @param solution Python: path of the solution file; Java: unused (the class is on the classpath)
 * @param displayName the file name the candidate knows, used in tracebacks and messages
 * @param banned Python only: names the solution may not use ({@code numpy.sort}, {@code .sort},
 *     {@code sorted}); Java submissions are checked by the judge at compile time
 * @param required the functions, classes, methods and attributes that must exist before any case
 *     runs, each with the signature to quote when it is missing
 * @param fullSort Python only: the inputs that bound builtin sorts at run time, or null (see {@code
 *     BannedCalls.fullSort} in the judge)
 */
public record Manifest(
    String language,
    String solution,
    String displayName,
    Limits limits,
    List<String> banned,
    List<Required> required,
    List<CaseSpec> cases,
    @Nullable FullSort fullSort) {

  /**
   * A builtin sort of at least as many items as the array input {@code input} holds is refused
   * while the integer input {@code count} is smaller than that array.
   */
  public record FullSort(String input, String count) {}

  /**
   * Limits the harness applies to its own process where the language allows it.
   *
   * @param memoryMb memory the solution may use on top of the harness's own start-up footprint
   * @param outputBytes stdout plus stderr a single case may print before it is stopped
   * @param cpuSeconds CPU time for the whole process
   * @param processes processes and threads the user may own (applied only where it is enforced)
   * @param fileBytes largest file the process may write
   */
  public record Limits(
      int memoryMb, long outputBytes, int cpuSeconds, int processes, long fileBytes) {}

  /**
   * A name the solution must define.
   *
   * @param owner the class that holds a method or attribute (Java: also of a function)
   */
  public record Required(Kind kind, String name, @Nullable String owner, String signature) {

    /** What kind of name it is. */
    public enum Kind {
      @JsonProperty("function")
      FUNCTION,
      @JsonProperty("class")
      CLASS,
      @JsonProperty("method")
      METHOD,
      /** Python: an attribute or property, checked when a case reads it. */
      @JsonProperty("attribute")
      ATTRIBUTE
    }
  }

  /**
   * One case: read the inputs, make the calls, write the named results.
   *
   * @param input {@code .npz} holding one array per argument name
   * @param output {@code .npz} the harness writes, one array per stored result name
   */
  public record CaseSpec(
      String name, String input, String output, long timeLimitMs, List<Call> calls) {}

  /**
   * One step of a case.
   *
   * @param target the language's own name of the function, class, method or attribute
   * @param owner Java only: the class holding a static function
   * @param packing how the return value holds the results
   */
  public record Call(
      Op op,
      String target,
      @Nullable String owner,
      List<Arg> args,
      List<Result> results,
      Packing packing) {}

  /**
   * An argument, read from the case's input file under {@code name}; when {@code present} is false
   * the argument is left out in Python (its default applies) and {@code defaultValue} is passed in
   * Java.
   *
   * @param type the contract type, e.g. {@code float64[B,T,D]}, {@code int}, {@code
   *     list[tuple[int,int]]}
   */
  public record Arg(String name, String type, boolean present, @Nullable Object defaultValue) {}

  /** A named result with its contract type. */
  public record Result(String name, String type) {}
}
