import java.util.List;

public class Solution {
  public static Object[] tokenCounts(List<List<String>> docs, String word) {
    throw new UnsupportedOperationException();
  }
}
