package dev.allclose.harness.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One line a harness writes on its standard output, one JSON object per line, the kind named by the
 * {@code event} key. The judge drives the harness case by case ({@link RunCase} on the harness's
 * standard input) and reads these back; it trusts none of their numbers for a verdict (times and
 * memory are measured by the judge, outputs are read and checked by it), so a solution that forges
 * an event can only harm its own report.
 *
 * <p>The order is {@code ready} (or {@code fatal}), then for each case the judge asks for {@code
 * begin} and {@code end}, then {@code done} once the judge closes the harness's input. Any other
 * order, or a kind, status or phase not listed here, is a protocol error.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "event")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Event.Ready.class, name = "ready"),
  @JsonSubTypes.Type(value = Event.Begin.class, name = "begin"),
  @JsonSubTypes.Type(value = Event.End.class, name = "end"),
  @JsonSubTypes.Type(value = Event.Fatal.class, name = "fatal"),
  @JsonSubTypes.Type(value = Event.Done.class, name = "done")
})
public sealed interface Event {

  /** The solution loaded and defines every required name: cases may be sent. */
  record Ready() implements Event {}

  /** The harness read the case's inputs and is about to call the solution. */
  record Begin(String caseName) implements Event {}

  /**
   * A case finished and its output file is complete.
   *
   * @param timeMs the harness's own measure of the time inside the solution (shown, never judged)
   * @param peakKb the process's peak memory so far, as the harness sees it (shown, never judged)
   * @param stdout what the solution printed during the case (the first few KiB)
   * @param stdoutBytes how much it printed in all
   * @param error the exception, for {@link Status#ERROR}; the refused call, for {@link
   *     Status#BANNED}
   * @param outputs what each returned result turned out to be
   */
  record End(
      String caseName,
      Status status,
      double timeMs,
      long peakKb,
      @Nullable String stdout,
      long stdoutBytes,
      @Nullable String error,
      @Nullable String traceback,
      @Nullable Map<String, OutputInfo> outputs)
      implements Event {}

  /** Nothing can run: the solution does not compile, load or link, or the harness failed. */
  record Fatal(
      Phase phase, String message, int line, @Nullable String traceback, @Nullable String stdout)
      implements Event {}

  /** The judge closed the harness's input and every case it asked for has ended. */
  record Done() implements Event {}

  /** How the solution's call ended, as the harness saw it. */
  enum Status {
    /** It returned; the output file holds what could be stored. */
    @JsonProperty("ok")
    OK,
    /** It raised an exception. */
    @JsonProperty("error")
    ERROR,
    /** It ran out of memory inside the process (MemoryError, OutOfMemoryError). */
    @JsonProperty("memory")
    MEMORY,
    /** It printed past the per-case limit. */
    @JsonProperty("output")
    OUTPUT,
    /** It made a call that the problem refuses at run time. */
    @JsonProperty("banned")
    BANNED
  }

  /** Where a fatal error happened. */
  enum Phase {
    /** The source does not parse. */
    @JsonProperty("syntax")
    SYNTAX,
    /** The source uses a banned name (Python's static check runs in the harness). */
    @JsonProperty("banned")
    BANNED,
    /** A required function, class or method is missing. */
    @JsonProperty("link")
    LINK,
    /** Loading the module or class failed. */
    @JsonProperty("import")
    IMPORT,
    /** A fault of the harness itself. */
    @JsonProperty("harness")
    HARNESS
  }

  /**
   * What one returned result was.
   *
   * @param kind the value's type as the candidate would name it: {@code ndarray float64}, {@code
   *     list of int}, {@code float}, {@code NoneType}, {@code double[][]}, {@code null}
   * @param stored whether an array for it was written to the case's output file
   * @param problem why it could not be stored (ragged lists, objects), when it was not
   */
  record OutputInfo(String kind, boolean stored, @Nullable String problem) {}
}
