package dev.allclose.judge.cases;

import dev.allclose.harness.protocol.Manifest;
import dev.allclose.harness.protocol.Op;
import dev.allclose.harness.protocol.Packing;
import dev.allclose.judge.problem.EntryPoint;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.Param;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.numeric.DType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A case's calls resolved against the problem's entry points: which function, constructor or member
 * each step invokes, the declared type of every argument and result, and the names to use in each
 * language. A case that lists no calls gets the default: the problem's only function, called with
 * every input.
 */
public final class CallPlan {
  private static final ValueType BOOLS = new ValueType.ListOf(DType.BOOL, 0);
  private static final ValueType BOOL = new ValueType.Scalar(DType.BOOL);

  /** One resolved step. {@code present[i]} is false for a trailing argument left to its default. */
  public record Step(
      CaseCall call,
      List<Param> params,
      List<String> inputNames,
      List<Param> results,
      Packing packing,
      String pythonTarget,
      String javaTarget,
      @Nullable String javaOwner) {}

  private final List<Step> steps;
  private final Map<String, ValueType> resultTypes;

  private CallPlan(List<Step> steps, Map<String, ValueType> resultTypes) {
    this.steps = List.copyOf(steps);
    this.resultTypes = Map.copyOf(resultTypes);
  }

  public List<Step> steps() {
    return steps;
  }

  /** The contract type of every result the calls produce, by result name. */
  public Map<String, ValueType> resultTypes() {
    return resultTypes;
  }

  /**
   * Resolves the case's calls; throws {@link IllegalArgumentException} naming the first call that
   * does not fit the metadata.
   */
  public static CallPlan of(ProblemMetadata meta, TestCase testCase) {
    List<CaseCall> calls =
        testCase.calls().isEmpty() ? List.of(defaultCall(meta, testCase)) : testCase.calls();
    List<Step> steps = new ArrayList<>();
    Map<String, ValueType> types = new LinkedHashMap<>();
    for (int i = 0; i < calls.size(); i++) {
      Step step =
          resolve(meta, calls.get(i), "call " + (i + 1) + " (" + calls.get(i).target() + ")");
      steps.add(step);
      for (Param r : step.results()) {
        if (types.put(r.name(), r.type()) != null) {
          throw new IllegalArgumentException("result '" + r.name() + "' is produced twice");
        }
      }
    }
    return new CallPlan(steps, types);
  }

  private static CaseCall defaultCall(ProblemMetadata meta, TestCase testCase) {
    List<EntryPoint.Function> functions =
        meta.entryPoints().stream()
            .filter(EntryPoint.Function.class::isInstance)
            .map(EntryPoint.Function.class::cast)
            .toList();
    if (functions.size() != 1 || meta.entryPoints().size() != 1) {
      throw new IllegalArgumentException(
          "the case lists no calls, and the problem has more than one entry point");
    }
    EntryPoint.Function fn = functions.get(0);
    List<String> args = new ArrayList<>();
    for (Param p : fn.args()) {
      if (!testCase.inputs().containsKey(p.name())) {
        break;
      }
      args.add(p.name());
    }
    return CaseCall.call(fn.name(), args, fn.returns().stream().map(Param::name).toList());
  }

  private static Step resolve(ProblemMetadata meta, CaseCall call, String where) {
    return switch (call.op()) {
      case CALL -> {
        EntryPoint.Function fn = function(meta, call.target(), where);
        yield step(
            call,
            fn.args(),
            fn.returns(),
            fn.packing(),
            fn.name(),
            fn.javaName(),
            "Solution",
            where);
      }
      case RAISES -> {
        EntryPoint.Function fn = function(meta, call.target(), where);
        if (call.results().size() != 1) {
          throw new IllegalArgumentException(
              where + ": RAISES stores whether the call raised: name exactly one result");
        }
        List<Param> raised = List.of(new Param("raised", BOOL, null));
        yield step(
            call, fn.args(), raised, Packing.SINGLE, fn.name(), fn.javaName(), "Solution", where);
      }
      case NEW -> {
        EntryPoint.Clazz c = clazz(meta, call.target(), where);
        yield step(call, c.args(), List.of(), Packing.NONE, c.name(), c.name(), null, where);
      }
      case METHOD, EACH, GET -> {
        EntryPoint.Member m = member(meta, call.target(), where);
        if (call.op() == Op.GET != m.attribute()) {
          throw new IllegalArgumentException(
              where
                  + ": "
                  + (m.attribute()
                      ? "use GET for attribute "
                      : "GET needs an attribute, not method ")
                  + m.name());
        }
        if (call.op() == Op.EACH) {
          yield eachStep(call, m, where);
        }
        yield step(call, m.args(), m.returns(), m.packing(), m.name(), m.javaName(), null, where);
      }
      case IN -> {
        requireOneArg(call, where);
        List<Param> results =
            renamed(call.results(), List.of(new Param("found", BOOLS, null)), where);
        List<Param> item = membershipArgument(meta);
        yield new Step(
            call,
            item,
            call.args(),
            results,
            results.isEmpty() ? Packing.NONE : Packing.SINGLE,
            "__contains__",
            "contains",
            null);
      }
    };
  }

  /** The argument of the class's {@code contains} method when it declares one, else a string. */
  private static List<Param> membershipArgument(ProblemMetadata meta) {
    for (EntryPoint e : meta.entryPoints()) {
      if (e instanceof EntryPoint.Clazz c
          && c.member("contains").map(m -> m.args().size() == 1).orElse(false)) {
        return c.member("contains").orElseThrow().args();
      }
    }
    return List.of(new Param("item", new ValueType.Scalar(DType.STR), null));
  }

  private static Step eachStep(CaseCall call, EntryPoint.Member m, String where) {
    requireOneArg(call, where);
    if (m.args().size() != 1 || m.returns().size() > 1) {
      throw new IllegalArgumentException(
          where + ": EACH needs a method of one argument and at most one result");
    }
    List<Param> declared =
        m.returns().stream()
            .map(r -> new Param(r.name(), new ValueType.ListOf(r.type().dtype(), 0), null))
            .toList();
    List<Param> results = renamed(call.results(), declared, where);
    return new Step(
        call,
        m.args(),
        call.args(),
        results,
        results.isEmpty() ? Packing.NONE : Packing.SINGLE,
        m.name(),
        m.javaName(),
        null);
  }

  private static Step step(
      CaseCall call,
      List<Param> params,
      List<Param> returns,
      Packing packing,
      String python,
      String java,
      @Nullable String javaOwner,
      String where) {
    if (call.args().size() > params.size()) {
      throw new IllegalArgumentException(
          where + ": " + call.args().size() + " arguments given, " + params.size() + " declared");
    }
    for (int i = call.args().size(); i < params.size(); i++) {
      if (!params.get(i).hasDefault()) {
        throw new IllegalArgumentException(
            where + ": argument '" + params.get(i).name() + "' has no default and is not given");
      }
    }
    return new Step(
        call,
        params,
        call.args(),
        renamed(call.results(), returns, where),
        packing,
        python,
        java,
        javaOwner);
  }

  /** The declared results under the names the case stores them as. */
  private static List<Param> renamed(List<String> names, List<Param> declared, String where) {
    if (names.isEmpty()) {
      return List.of();
    }
    if (names.size() != declared.size()) {
      throw new IllegalArgumentException(
          where
              + ": "
              + names.size()
              + " result names for "
              + declared.size()
              + " declared results");
    }
    List<Param> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      out.add(new Param(names.get(i), declared.get(i).type(), null));
    }
    return out;
  }

  private static void requireOneArg(CaseCall call, String where) {
    if (call.args().size() != 1) {
      throw new IllegalArgumentException(
          where + ": " + call.op().id() + " takes exactly one input array");
    }
  }

  private static EntryPoint.Function function(ProblemMetadata meta, String name, String where) {
    return meta.entryPoint(name)
        .filter(EntryPoint.Function.class::isInstance)
        .map(EntryPoint.Function.class::cast)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    where + ": no function '" + name + "' among the entry points"));
  }

  private static EntryPoint.Clazz clazz(ProblemMetadata meta, String name, String where) {
    return meta.entryPoint(name)
        .filter(EntryPoint.Clazz.class::isInstance)
        .map(EntryPoint.Clazz.class::cast)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    where + ": no class '" + name + "' among the entry points"));
  }

  private static EntryPoint.Member member(ProblemMetadata meta, String name, String where) {
    for (EntryPoint e : meta.entryPoints()) {
      if (e instanceof EntryPoint.Clazz c && c.member(name).isPresent()) {
        return c.member(name).orElseThrow();
      }
    }
    throw new IllegalArgumentException(
        where + ": no method or attribute '" + name + "' in the problem's classes");
  }

  /** The steps as the harness of {@code language} wants them. */
  public List<Manifest.Call> forLanguage(Language language) {
    List<Manifest.Call> out = new ArrayList<>();
    for (Step s : steps) {
      List<Manifest.Arg> args = new ArrayList<>();
      for (int i = 0; i < s.params().size(); i++) {
        Param p = s.params().get(i);
        boolean present = i < s.inputNames().size();
        args.add(
            new Manifest.Arg(
                present ? s.inputNames().get(i) : p.name(),
                p.type().text(),
                present,
                p.defaultValue()));
      }
      List<Manifest.Result> results =
          s.results().stream().map(r -> new Manifest.Result(r.name(), r.type().text())).toList();
      boolean python = language == Language.PYTHON;
      out.add(
          new Manifest.Call(
              s.call().op(),
              python ? s.pythonTarget() : s.javaTarget(),
              python ? null : s.javaOwner(),
              args,
              results,
              s.packing()));
    }
    return out;
  }

  /**
   * What a solution in {@code language} must define, with the signatures to quote if it does not.
   */
  public static List<Manifest.Required> required(ProblemMetadata meta, Language language) {
    boolean python = language == Language.PYTHON;
    List<Manifest.Required> out = new ArrayList<>();
    for (EntryPoint e : meta.entryPoints()) {
      String signature = String.valueOf(e.signatures().of(language));
      switch (e) {
        case EntryPoint.Function fn ->
            out.add(
                new Manifest.Required(
                    Manifest.Required.Kind.FUNCTION,
                    python ? fn.name() : fn.javaName(),
                    python ? null : "Solution",
                    signature));
        case EntryPoint.Clazz c -> {
          out.add(new Manifest.Required(Manifest.Required.Kind.CLASS, c.name(), null, signature));
          for (EntryPoint.Member m : c.members()) {
            if (!m.attribute() || !python) {
              out.add(
                  new Manifest.Required(
                      Manifest.Required.Kind.METHOD,
                      python ? m.name() : m.javaName(),
                      c.name(),
                      String.valueOf(m.signatures().of(language))));
            }
          }
        }
      }
    }
    return out;
  }
}
