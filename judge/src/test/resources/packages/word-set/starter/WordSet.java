public class WordSet {
  public WordSet(String prefix) {
    throw new UnsupportedOperationException();
  }
}
