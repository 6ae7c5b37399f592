import java.util.List;

public class HashRing {
  public HashRing(List<String> nodes, int replicas) {
    throw new UnsupportedOperationException("not implemented");
  }

  public void addNode(String node) {
    throw new UnsupportedOperationException("not implemented");
  }

  public void removeNode(String node) {
    throw new UnsupportedOperationException("not implemented");
  }

  public String getNode(String key) {
    throw new UnsupportedOperationException("not implemented");
  }
}
