package dev.allclose.reference.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.numeric.Rng;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BytePairEncodingTest {
  private static final String[] SYMBOLS = {
    "a", "b", "c", "d", " ", "\n", "é", "ß", "ü", "日", "本", "語", "😀", "🎉", "👍🏽"
  };

  /** The worked example of the contract (and of the Wikipedia article on byte-pair encoding). */
  @Test
  void knownCase() {
    int[][] merges = BytePairEncoding.train("aaabdaaabac", 259);
    assertThat(merges).isDeepEqualTo(new int[][] {{97, 97}, {256, 97}, {257, 98}});
    int[] ids = BytePairEncoding.encode("aaabdaaabac", merges);
    assertThat(ids).containsExactly(258, 100, 258, 97, 99);
    assertThat(BytePairEncoding.decode(ids, merges)).isEqualTo("aaabdaaabac");
  }

  @Test
  void tiesGoToTheEarliestFirstOccurrenceNotTheSmallestPair() {
    int[][] merges = BytePairEncoding.train("xyxyabab", 257);
    assertThat(merges).isDeepEqualTo(new int[][] {{'x', 'y'}});
  }

  @Test
  void overlappingOccurrencesCount() {
    // (a, a) occurs 4 times overlapping but only twice without overlap; (x, y) occurs 3 times.
    int[][] merges = BytePairEncoding.train("xyxyxy aaaaa", 257);
    assertThat(merges).isDeepEqualTo(new int[][] {{'a', 'a'}});
  }

  @Test
  void encodeFollowsMergeIndexNotFrequency() {
    int[][] merges = {{'a', 'b'}, {'b', 'c'}};
    assertThat(BytePairEncoding.encode("abcbcbc", merges)).containsExactly(256, 'c', 257, 257);
  }

  @Test
  void decodeJoinsBytesBeforeDecoding() {
    int[][] merges = BytePairEncoding.train("aéaéaé", 257);
    assertThat(merges).isDeepEqualTo(new int[][] {{'a', 0xC3}});
    assertThat(BytePairEncoding.decode(new int[] {256, 0xA9}, merges)).isEqualTo("aé");
  }

  @Test
  void trainingStopsWhenFewerThanTwoTokensRemain() {
    assertThat(BytePairEncoding.train("", 300)).isEmpty();
    assertThat(BytePairEncoding.train("ab", 300)).isDeepEqualTo(new int[][] {{'a', 'b'}});
    assertThat(BytePairEncoding.train("aaaa", 300))
        .isDeepEqualTo(new int[][] {{97, 97}, {256, 256}});
  }

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithBruteForce(int seed) {
    Rng rng = new Rng(seed);
    String text = randomText(rng, 20 + rng.nextInt(180));
    int vocabSize = 256 + 1 + rng.nextInt(40);
    int[][] merges = BytePairEncoding.train(text, vocabSize);
    assertThat(merges).isDeepEqualTo(BruteForce.train(text, vocabSize));

    String other = randomText(rng, rng.nextInt(120));
    int[] ids = BytePairEncoding.encode(other, merges);
    assertThat(ids).containsExactly(BruteForce.encode(other, merges));
    assertThat(BytePairEncoding.decode(ids, merges)).isEqualTo(other);

    int[] randomIds = rng.nextInt(64) == 0 ? new int[0] : randomIds(rng, 256 + merges.length);
    assertThat(BytePairEncoding.decode(randomIds, merges))
        .isEqualTo(Utf8Decoder.decode(BruteForce.joinedBytes(randomIds, merges)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void invariants(int seed) {
    Rng rng = new Rng(1000 + seed);
    String text = randomText(rng, 60 + rng.nextInt(100));
    int[][] merges = BytePairEncoding.train(text, 256 + 30);
    assertThat(merges).hasNumberOfRows(30);
    for (int i = 0; i < merges.length; i++) {
      assertThat(merges[i][0]).isLessThan(256 + i);
      assertThat(merges[i][1]).isLessThan(256 + i);
    }
    int[] ids = BytePairEncoding.encode(text, merges);
    assertThat(ids.length).isLessThanOrEqualTo(text.getBytes(StandardCharsets.UTF_8).length - 1);
    assertThat(BytePairEncoding.decode(ids, merges)).isEqualTo(text);
    assertThat(BytePairEncoding.encode(text, new int[0][]))
        .containsExactly(BytePairEncoding.bytesOf(text));
  }

  static String randomText(Rng rng, int symbols) {
    int alphabet = 2 + rng.nextInt(SYMBOLS.length - 1);
    int offset = rng.nextInt(SYMBOLS.length - alphabet + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < symbols; i++) {
      sb.append(SYMBOLS[offset + rng.nextInt(alphabet)]);
    }
    return sb.toString();
  }

  private static int[] randomIds(Rng rng, int vocabSize) {
    int[] ids = new int[1 + rng.nextInt(30)];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = rng.nextInt(vocabSize);
    }
    return ids;
  }

  /**
   * The contract taken literally, as slowly as it reads: every count is a fresh scan of the whole
   * sequence, and the winner is the first position whose pair beats every earlier one.
   */
  static final class BruteForce {
    private BruteForce() {}

    static int[][] train(String text, int vocabSize) {
      List<Integer> seq = bytes(text);
      List<int[]> merges = new ArrayList<>();
      for (int id = 256; id < vocabSize && seq.size() >= 2; id++) {
        int bestPos = -1;
        int bestCount = 0;
        for (int j = 0; j + 1 < seq.size(); j++) {
          int count = 0;
          for (int k = 0; k + 1 < seq.size(); k++) {
            if (seq.get(k).equals(seq.get(j)) && seq.get(k + 1).equals(seq.get(j + 1))) {
              count++;
            }
          }
          if (count > bestCount) {
            bestCount = count;
            bestPos = j;
          }
        }
        int[] pair = {seq.get(bestPos), seq.get(bestPos + 1)};
        merges.add(pair);
        seq = merged(seq, pair, id);
      }
      return merges.toArray(new int[0][]);
    }

    static int[] encode(String text, int[][] merges) {
      List<Integer> seq = bytes(text);
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int i = 0; i < merges.length && !changed; i++) {
          if (contains(seq, merges[i])) {
            seq = merged(seq, merges[i], 256 + i);
            changed = true;
          }
        }
      }
      return seq.stream().mapToInt(Integer::intValue).toArray();
    }

    static byte[] joinedBytes(int[] ids, int[][] merges) {
      List<Integer> out = new ArrayList<>();
      for (int id : ids) {
        expand(id, merges, out);
      }
      byte[] bytes = new byte[out.size()];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (int) out.get(i);
      }
      return bytes;
    }

    private static void expand(int id, int[][] merges, List<Integer> out) {
      if (id < 256) {
        out.add(id);
      } else {
        expand(merges[id - 256][0], merges, out);
        expand(merges[id - 256][1], merges, out);
      }
    }

    private static boolean contains(List<Integer> seq, int[] pair) {
      for (int j = 0; j + 1 < seq.size(); j++) {
        if (seq.get(j) == pair[0] && seq.get(j + 1) == pair[1]) {
          return true;
        }
      }
      return false;
    }

    private static List<Integer> merged(List<Integer> seq, int[] pair, int id) {
      List<Integer> out = new ArrayList<>();
      int j = 0;
      while (j < seq.size()) {
        if (j + 1 < seq.size() && seq.get(j) == pair[0] && seq.get(j + 1) == pair[1]) {
          out.add(id);
          j += 2;
        } else {
          out.add(seq.get(j));
          j++;
        }
      }
      return out;
    }

    private static List<Integer> bytes(String text) {
      List<Integer> out = new ArrayList<>();
      for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
        out.add(b & 0xFF);
      }
      return out;
    }
  }
}
