package dev.allclose.judge.cases;

import java.util.List;

/**
 * One step of a case, in the contract's (Python) names; the judge maps it to each language.
 *
 * @param op what to do; see {@link Op}
 * @param target an entry point (for {@code CALL} and {@code NEW}) or a member of the class
 * @param args names of the case inputs passed, in order; an argument of the entry point with a
 *     default may be left out at the end
 * @param results names under which the return value's parts are stored
 */
public record CaseCall(Op op, String target, List<String> args, List<String> results) {
  public CaseCall {
    args = List.copyOf(args);
    results = List.copyOf(results);
  }

  /** The kinds of steps. */
  public enum Op {
    /** Call a function. */
    CALL,
    /** Construct the class; later steps act on the object. */
    NEW,
    /** Call a method of the object once. */
    METHOD,
    /** Call a one-argument method once per element of the single argument array. */
    EACH,
    /** Membership per element: Python {@code x in obj}, Java {@code obj.contains(x)}. */
    IN,
    /** Read an attribute (Python) or call the no-argument method (Java). */
    GET;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static CaseCall call(String function, List<String> args, List<String> results) {
    return new CaseCall(Op.CALL, function, args, results);
  }
}
