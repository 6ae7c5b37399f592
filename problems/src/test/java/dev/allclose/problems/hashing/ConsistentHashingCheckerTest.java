package dev.allclose.problems.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.judge.cases.CallPlan;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.BuiltInPackages;
import dev.allclose.reference.hashing.HashRing;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checker on the package's own cases: the reference ring passes every one, and each property
 * rejects the results of a ring that breaks it, with a message that names a key.
 */
class ConsistentHashingCheckerTest {
  private static final ProblemMetadata META = BuiltInPackages.metadata("consistent-hashing");
  private static final List<TestCase> CASES =
      BuiltInPackages.cases("consistent-hashing", new ConsistentHashingCases());
  private static final ConsistentHashingChecker CHECKER = new ConsistentHashingChecker();

  private static TestCase named(String name) {
    return BuiltInPackages.named(CASES, name);
  }

  private static String[] strings(TestCase c, String input) {
    return c.inputs().get(input).toStringArray();
  }

  /** The owners the case's calls store, for a ring of {@code replicas} points per node. */
  private static Map<String, NdArray> ringResults(TestCase c, int replicas) {
    HashRing ring = new HashRing(Arrays.asList(strings(c, "nodes")), replicas);
    Map<String, NdArray> r = new HashMap<>();
    r.put("before", owners(ring, strings(c, "keys")));
    ring.removeNode(c.inputs().get("removed").getString(0));
    r.put("after_remove", owners(ring, strings(c, "sample_keys")));
    ring.addNode(c.inputs().get("added").getString(0));
    r.put("after_add", owners(ring, strings(c, "sample_keys")));
    return r;
  }

  private static NdArray owners(HashRing ring, String[] keys) {
    return NdArray.ofStrings(
        Arrays.stream(keys).map(ring::getNode).toArray(String[]::new), keys.length);
  }

  private static CheckResult check(TestCase c, Map<String, NdArray> actual) {
    Map<String, OutputInfo> infos = new HashMap<>();
    actual.forEach((name, a) -> infos.put(name, new OutputInfo("list of str", true, null)));
    return CHECKER.check(
        new CheckContext(META, c, actual, infos, CallPlan.of(META, c).resultTypes()));
  }

  @Test
  void theReferenceRingPassesEveryCase() {
    for (TestCase c : CASES) {
      int replicas =
          c.inputs().containsKey("replicas") ? (int) c.inputs().get("replicas").getLong(0) : 100;
      assertThat(check(c, ringResults(c, replicas)).message()).as(c.name()).isEmpty();
    }
  }

  @Test
  void aKeyMovedBetweenNodesThatStayedIsRejected() {
    TestCase c = named("sample-2-five-nodes");
    Map<String, NdArray> r = ringResults(c, 20);
    String[] after = r.get("after_remove").toStringArray();
    String[] before = r.get("before").toStringArray();
    int i = 0;
    while (before[i].equals("server-2")) {
      i++;
    }
    after[i] = before[i].equals("server-0") ? "server-1" : "server-0";
    r.put("after_remove", NdArray.ofStrings(after, after.length));
    assertThat(check(c, r).message())
        .startsWith("removing 'server-2' moved 1 of 1000 keys it did not own, such as");
  }

  @Test
  void aKeyMovedToAnOldNodeOnAnAdditionIsRejected() {
    TestCase c = named("sample-2-five-nodes");
    Map<String, NdArray> r = ringResults(c, 20);
    String[] after = r.get("after_add").toStringArray();
    String[] before = r.get("after_remove").toStringArray();
    after[0] = before[0].equals("server-0") ? "server-1" : "server-0";
    r.put("after_add", NdArray.ofStrings(after, after.length));
    assertThat(check(c, r).message())
        .startsWith("adding 'server-9' moved 1 of 1000 keys between other nodes");
  }

  @Test
  void anOwnerThatIsNoLongerANodeIsRejected() {
    TestCase c = named("sample-1-three-nodes");
    Map<String, NdArray> r = ringResults(c, 100);
    String[] after = r.get("after_remove").toStringArray();
    after[3] = "beta";
    r.put("after_remove", NdArray.ofStrings(after, after.length));
    assertThat(check(c, r).message())
        .contains("returned 'beta' after removing 'beta', which is not a node of the ring");
  }

  @Test
  void onePointPerNodeBreaksTheLoadBoundOnlyWhereTheContractStatesIt() {
    assertThat(
            check(named("balance-cache-nodes"), ringResults(named("balance-cache-nodes"), 1))
                .message())
        .startsWith("the busiest node ")
        .contains("times the mean of 10000 (allowed: 1.35)");
    assertThat(check(named("many-nodes"), ringResults(named("many-nodes"), 1)).accepted())
        .as("60 nodes is not the contract's ring: no load bound there")
        .isTrue();
  }

  @Test
  void aNodeAddedBackMustTakeBackItsKeys() {
    TestCase c = named("remove-and-add-back");
    Map<String, NdArray> r = ringResults(c, 64);
    r.put("after_add", r.get("after_remove"));
    assertThat(check(c, r).message())
        .contains("removing 'db-4' and adding it back left")
        .contains("a node's points must land where they were");
  }

  @Test
  void resultsOfTheWrongKindSayWhatTheContractWants() {
    TestCase c = named("sample-1-three-nodes");
    Map<String, NdArray> r = ringResults(c, 100);
    r.put("before", NdArray.ofStrings(new String[] {"alpha"}, 1));
    assertThat(check(c, r).message())
        .startsWith("before: expected one node name (str) per key, 20 in all");
  }
}
