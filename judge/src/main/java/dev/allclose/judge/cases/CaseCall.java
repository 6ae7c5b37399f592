package dev.allclose.judge.cases;

import dev.allclose.harness.protocol.Op;
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

  public static CaseCall call(String function, List<String> args, List<String> results) {
    return new CaseCall(Op.CALL, function, args, results);
  }

  /**
   * A call that must refuse its arguments by raising the contract's error; {@code result} stores
   * whether it did (expect true).
   */
  public static CaseCall raises(String function, List<String> args, String result) {
    return new CaseCall(Op.RAISES, function, args, List.of(result));
  }
}
