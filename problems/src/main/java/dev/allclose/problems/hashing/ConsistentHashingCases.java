package dev.allclose.problems.hashing;

import static dev.allclose.problems.Cases.scalar;
import static dev.allclose.problems.Cases.text;

import dev.allclose.harness.protocol.Op;
import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cases for problem 34, consistent-hashing, judged by {@link ConsistentHashingChecker}: each builds
 * a ring, asks the owner of every key, removes a node, asks again for the first keys ({@code
 * sample_keys}), adds a node and asks once more.
 *
 * <p>The two cases of the contract's load bound (10 nodes, 100 points each, 100,000 keys) catch a
 * ring with a single point per node; every case catches modulo hashing (removing a node moves most
 * keys); the hidden cases run again in a fresh process, which catches Python's salted {@code
 * hash()}. Node and key names share long prefixes, mix scripts and emoji, and one case adds back
 * the node it removed, which must restore every key's owner.
 */
public final class ConsistentHashingCases implements CaseGenerator {
  /** The load bound of the contract is stated for this ring and this many keys. */
  static final int BALANCE_NODES = 10;

  static final int BALANCE_REPLICAS = 100;
  static final int BALANCE_KEYS = 100_000;

  /** Keys asked again after each change: enough to see any key that moved wrongly. */
  private static final int SAMPLE_KEYS = 10_000;

  private static final String[] WORDS = {
    "user", "session", "cart", "img", "données", "ключ", "キー", "열쇠", "مفتاح", "🔑", "e\u0301té"
  };

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        ring(
                TestCase.sample("sample-1-three-nodes")
                    .describe("3 nodes, default replicas, 20 keys"),
                List.of("alpha", "beta", "gamma"),
                null,
                numbered("key-", 20).toArray(String[]::new),
                "beta",
                "delta")
            .build());
    cases.add(
        ring(
                TestCase.sample("sample-2-five-nodes")
                    .describe("5 nodes, 20 points each, 1000 keys"),
                numbered("server-", 5),
                20,
                keys(ctx.rng("sample-2-five-nodes"), 1000),
                "server-2",
                "server-9")
            .build());
    cases.add(
        ring(
                TestCase.hidden("balance-cache-nodes")
                    .describe("10 nodes, 100 points each, 100,000 keys: the load bound"),
                numbered("cache-", BALANCE_NODES),
                BALANCE_REPLICAS,
                keys(ctx.rng("balance-cache-nodes"), BALANCE_KEYS),
                "cache-7",
                "cache-10")
            .rerunInFreshProcess()
            .build());
    cases.add(
        ring(
                TestCase.hidden("balance-addresses")
                    .describe("10 nodes named by address, 100 points each, 100,000 keys"),
                addresses(BALANCE_NODES),
                BALANCE_REPLICAS,
                keys(ctx.rng("balance-addresses"), BALANCE_KEYS),
                "10.0.3.1:6379",
                "10.0.42.1:6379")
            .rerunInFreshProcess()
            .build());
    cases.add(
        ring(
                TestCase.hidden("unicode-names").describe("node and key names in many scripts"),
                List.of("nœud-α", "узел-β", "ノード-γ", "노드-δ", "🖥️-ε", "node-ζ"),
                50,
                keys(ctx.rng("unicode-names"), 5000),
                "ノード-γ",
                "nó-η")
            .rerunInFreshProcess()
            .build());
    cases.add(
        ring(
                TestCase.hidden("many-nodes").describe("60 nodes, 100 points each, 20,000 keys"),
                numbered("shard-", 60),
                100,
                keys(ctx.rng("many-nodes"), 20_000),
                "shard-1",
                "shard-60")
            .rerunInFreshProcess()
            .build());
    cases.add(
        ring(
                TestCase.hidden("two-nodes")
                    .describe("2 nodes: one removed, all keys to the other"),
                List.of("left", "right"),
                100,
                keys(ctx.rng("two-nodes"), 3000),
                "left",
                "middle")
            .rerunInFreshProcess()
            .build());
    cases.add(
        ring(
                TestCase.hidden("remove-and-add-back")
                    .describe("a node removed and added back restores every key's owner"),
                numbered("db-", 8),
                64,
                keys(ctx.rng("remove-and-add-back"), 8000),
                "db-4",
                "db-4")
            .rerunInFreshProcess()
            .build());
    return cases;
  }

  /** A ring case; {@code replicas} null leaves the argument to its default. */
  private static TestCase.Builder ring(
      TestCase.Builder b,
      List<String> nodes,
      @Nullable Integer replicas,
      String[] keys,
      String removed,
      String added) {
    String[] sample = Arrays.copyOf(keys, Math.min(keys.length, SAMPLE_KEYS));
    b.input("nodes", NdArray.ofStrings(nodes.toArray(String[]::new), nodes.size()));
    List<String> ctorArgs = new ArrayList<>(List.of("nodes"));
    if (replicas != null) {
      b.input("replicas", scalar(replicas));
      ctorArgs.add("replicas");
    }
    return b.input("keys", NdArray.ofStrings(keys, keys.length))
        .input("sample_keys", NdArray.ofStrings(sample, sample.length))
        .input("removed", text(removed))
        .input("added", text(added))
        .call(new CaseCall(Op.NEW, "HashRing", ctorArgs, List.of()))
        .call(new CaseCall(Op.EACH, "get_node", List.of("keys"), List.of("before")))
        .call(new CaseCall(Op.METHOD, "remove_node", List.of("removed"), List.of()))
        .call(new CaseCall(Op.EACH, "get_node", List.of("sample_keys"), List.of("after_remove")))
        .call(new CaseCall(Op.METHOD, "add_node", List.of("added"), List.of()))
        .call(new CaseCall(Op.EACH, "get_node", List.of("sample_keys"), List.of("after_add")));
  }

  private static List<String> numbered(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(prefix + i);
    }
    return out;
  }

  private static List<String> addresses(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("10.0." + i + ".1:6379");
    }
    return out;
  }

  /** Distinct keys: a word, a separator and a number, so many share long prefixes. */
  private static String[] keys(Rng rng, int n) {
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < n) {
      String word = WORDS[rng.nextInt(WORDS.length)];
      out.add(word + (rng.nextBoolean() ? ":" : "/") + rng.nextInt(10_000_000));
    }
    return out.toArray(String[]::new);
  }
}
