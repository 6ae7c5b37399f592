import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Wrong answer (Java): each token is decoded on its own, breaking characters split across tokens. */
public class Solution {
  public static int[][] trainBpe(String text, int vocabSize) {
    List<Integer> ids = bytesOf(text);
    List<int[]> merges = new ArrayList<>();
    for (int newId = 256; newId < vocabSize && ids.size() >= 2; newId++) {
      Map<List<Integer>, Integer> counts = new LinkedHashMap<>();
      for (int j = 0; j + 1 < ids.size(); j++) {
        counts.merge(List.of(ids.get(j), ids.get(j + 1)), 1, Integer::sum);
      }
      List<Integer> best = null;
      for (Map.Entry<List<Integer>, Integer> e : counts.entrySet()) {
        if (best == null || e.getValue() > counts.get(best)) {
          best = e.getKey();
        }
      }
      int[] pair = {best.get(0), best.get(1)};
      merges.add(pair);
      ids = replace(ids, pair, newId);
    }
    return merges.toArray(new int[0][]);
  }

  public static int[] encode(String text, int[][] merges) {
    List<Integer> ids = bytesOf(text);
    for (int i = 0; i < merges.length; i++) {
      ids = replace(ids, merges[i], 256 + i);
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  public static String decode(int[] ids, int[][] merges) {
    Map<Integer, byte[]> vocab = new HashMap<>();
    for (int b = 0; b < 256; b++) {
      vocab.put(b, new byte[] {(byte) b});
    }
    for (int i = 0; i < merges.length; i++) {
      byte[] a = vocab.get(merges[i][0]);
      byte[] b = vocab.get(merges[i][1]);
      byte[] ab = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, ab, a.length, b.length);
      vocab.put(256 + i, ab);
    }
    StringBuilder out = new StringBuilder();
    for (int id : ids) {
      out.append(new String(vocab.get(id), StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  private static List<Integer> replace(List<Integer> ids, int[] pair, int newId) {
    List<Integer> out = new ArrayList<>();
    int j = 0;
    while (j < ids.size()) {
      if (j + 1 < ids.size() && ids.get(j) == pair[0] && ids.get(j + 1) == pair[1]) {
        out.add(newId);
        j += 2;
      } else {
        out.add(ids.get(j++));
      }
    }
    return out;
  }

  private static List<Integer> bytesOf(String text) {
    List<Integer> ids = new ArrayList<>();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      ids.add(b & 0xFF);
    }
    return ids;
  }
}
