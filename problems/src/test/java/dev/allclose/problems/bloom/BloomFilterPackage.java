package dev.allclose.problems.bloom;

import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.judge.cases.CallPlan;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.problem.CaseSource;
import dev.allclose.judge.problem.ProblemCatalog;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.BuiltInProblems;
import dev.allclose.reference.bloom.BloomFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The bloom-filter package's metadata and cases, and in-JVM runs of a filter over a case. */
final class BloomFilterPackage {
  private static final ProblemPackage PACKAGE =
      ProblemCatalog.load(List.of(new BuiltInProblems())).find("bloom-filter").orElseThrow();

  static final ProblemMetadata META = PACKAGE.metadata();

  private BloomFilterPackage() {}

  static List<TestCase> cases() {
    long seed = ((CaseSource.BuiltIn) META.cases()).seed();
    return new BloomFilterCases().generate(new GenerationContext(META, seed));
  }

  static String statement() {
    return PACKAGE.statement();
  }

  static int capacity(TestCase c) {
    return (int) c.inputs().get("capacity").getLong(0);
  }

  static double errorRate(TestCase c) {
    return c.inputs().get("error_rate").getDouble(0);
  }

  static String[] strings(TestCase c, String input) {
    return c.inputs().get(input).toStringArray();
  }

  /** The results the case's calls would store for the reference filter. */
  static Map<String, NdArray> referenceResults(TestCase c) {
    BloomFilter f = new BloomFilter(capacity(c), errorRate(c));
    String[] items = strings(c, "items");
    String[] probes = strings(c, "probes");
    for (String s : items) {
      f.add(s);
    }
    Map<String, NdArray> out = new HashMap<>();
    out.put("member_hits", answers(f, items));
    out.put("member_in", answers(f, items));
    out.put("probe_hits", answers(f, probes));
    out.put("probe_contains", answers(f, probes));
    out.put("num_bits", NdArray.scalar((long) f.numBits()));
    out.put("num_hashes", NdArray.scalar((long) f.numHashes()));
    return out;
  }

  static NdArray answers(BloomFilter f, String[] items) {
    boolean[] found = new boolean[items.length];
    for (int i = 0; i < items.length; i++) {
      found[i] = f.contains(items[i]);
    }
    return NdArray.ofBooleans(found, found.length);
  }

  static NdArray filled(int length, boolean value) {
    boolean[] v = new boolean[length];
    java.util.Arrays.fill(v, value);
    return NdArray.ofBooleans(v, length);
  }

  /** What the checker sees when every result in {@code actual} was returned and stored. */
  static CheckContext context(TestCase c, Map<String, NdArray> actual) {
    Map<String, OutputInfo> infos = new HashMap<>();
    actual.forEach((name, a) -> infos.put(name, new OutputInfo(a.dtype().numpyName(), true, null)));
    return new CheckContext(META, c, actual, infos, CallPlan.of(META, c).resultTypes());
  }
}
