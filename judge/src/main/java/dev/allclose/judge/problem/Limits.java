package dev.allclose.judge.problem;

/**
 * Resource limits of a problem, or of one case where it overrides them.
 *
 * @param timeMs time a single case may spend inside the solution
 * @param memoryMb memory the solution may use beyond the harness's own footprint (Python: added to
 *     the address space after NumPy is loaded; Java: the heap, {@code -Xmx})
 * @param outputKb what one case may print to stdout and stderr together
 */
public record Limits(int timeMs, int memoryMb, int outputKb) {
  public static final Limits DEFAULT = new Limits(2_000, 512, 64);

  public Limits withTimeMs(int value) {
    return new Limits(value, memoryMb, outputKb);
  }

  public Limits withMemoryMb(int value) {
    return new Limits(timeMs, value, outputKb);
  }
}
