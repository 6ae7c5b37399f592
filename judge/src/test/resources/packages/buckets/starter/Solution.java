public class Solution {
  public static int[] buckets(String[] keys, int n) {
    throw new UnsupportedOperationException();
  }
}
