import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class HashRing {
  private final TreeMap<Long, String> points = new TreeMap<>(Long::compareUnsigned);
  private final int replicas;

  public HashRing(List<String> nodes, int replicas) {
    this.replicas = replicas;
    for (String node : nodes) {
      addNode(node);
    }
  }

  public void addNode(String node) {
    for (int i = 0; i < replicas; i++) {
      points.put(position(node + "#" + i), node);
    }
  }

  public void removeNode(String node) {
    for (int i = 0; i < replicas; i++) {
      points.remove(position(node + "#" + i), node);
    }
  }

  public String getNode(String key) {
    Map.Entry<Long, String> e = points.ceilingEntry(position(key));
    return (e != null ? e : points.firstEntry()).getValue();
  }

  private static long position(String text) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (d[i] & 0xff);
      }
      return v;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
