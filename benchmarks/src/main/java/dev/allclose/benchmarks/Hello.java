package dev.allclose.benchmarks;

/** The floor of a command's start: a JVM that starts, prints one line and exits. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
