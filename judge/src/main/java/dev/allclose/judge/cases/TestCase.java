package dev.allclose.judge.cases;

import dev.allclose.numeric.NdArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One case of a problem: named inputs, the expected results (empty when a property checker
 * decides), the calls to make, and limits that differ from the problem's.
 *
 * @param visible true for a sample case the candidate may see and run with {@code test}
 * @param description what the case exercises, shown in reports ("causal mask, T=1")
 * @param calls empty for the default: call the problem's only function with every input
 * @param timeMs this case's time limit, or null for the problem's
 * @param memoryMb this case's memory limit, or null for the problem's; a case with its own limit
 *     runs in a process of its own
 * @param limitNote a sentence explaining a special limit, shown with a memory or time verdict
 * @param rerunInFreshProcess true when the contract demands the same answer in every process: the
 *     judge runs the case a second time in a fresh process and the results must be identical
 */
public record TestCase(
    String name,
    boolean visible,
    String description,
    SequencedMap<String, NdArray> inputs,
    SequencedMap<String, NdArray> expected,
    List<CaseCall> calls,
    @Nullable Integer timeMs,
    @Nullable Integer memoryMb,
    String limitNote,
    boolean rerunInFreshProcess) {

  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  public TestCase {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "case name '" + name + "' must be lower-case letters, digits, '-' or '_'");
    }
    inputs = new LinkedHashMap<>(inputs);
    expected = new LinkedHashMap<>(expected);
    calls = List.copyOf(calls);
  }

  public static Builder sample(String name) {
    return new Builder(name, true);
  }

  public static Builder hidden(String name) {
    return new Builder(name, false);
  }

  /** Builds a case step by step; inputs and expected results keep their insertion order. */
  public static final class Builder {
    private final String name;
    private final boolean visible;
    private String description = "";
    private final SequencedMap<String, NdArray> inputs = new LinkedHashMap<>();
    private final SequencedMap<String, NdArray> expected = new LinkedHashMap<>();
    private final List<CaseCall> calls = new ArrayList<>();
    private @Nullable Integer timeMs;
    private @Nullable Integer memoryMb;
    private String limitNote = "";
    private boolean rerunInFreshProcess;

    private Builder(String name, boolean visible) {
      this.name = name;
      this.visible = visible;
    }

    public String name() {
      return name;
    }

    public Builder describe(String text) {
      this.description = text;
      return this;
    }

    public Builder input(String argName, NdArray value) {
      inputs.put(argName, value);
      return this;
    }

    public Builder expect(String resultName, NdArray value) {
      expected.put(resultName, value);
      return this;
    }

    public Builder call(CaseCall call) {
      calls.add(call);
      return this;
    }

    public Builder timeMs(int value) {
      this.timeMs = value;
      return this;
    }

    /**
     * A time limit of the case's own, with the sentence that explains it to the candidate (which
     * slow approach it is sized to stop).
     */
    public Builder timeMs(int value, String note) {
      this.timeMs = value;
      return note(note);
    }

    /** A memory limit of the case's own, with the sentence that explains it to the candidate. */
    public Builder memoryMb(int value, String note) {
      this.memoryMb = value;
      return note(note);
    }

    /**
     * Runs the case again in a fresh process, whose results must be identical to the first run's:
     * for contracts whose answers may not depend on the process (a hash ring, a seeded sampler).
     */
    public Builder rerunInFreshProcess() {
      this.rerunInFreshProcess = true;
      return this;
    }

    private Builder note(String text) {
      this.limitNote = limitNote.isEmpty() ? text : limitNote + "; " + text;
      return this;
    }

    public TestCase build() {
      return new TestCase(
          name,
          visible,
          description,
          inputs,
          expected,
          calls,
          timeMs,
          memoryMb,
          limitNote,
          rerunInFreshProcess);
    }
  }
}
