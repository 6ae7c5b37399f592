package dev.allclose.judge.problem;

/**
 * One thing wrong with a problem package.
 *
 * @param file the file, relative to the package folder ({@code problem.yaml}, {@code hints/2.md})
 * @param field the place in the file, e.g. {@code entry_points[0].args[2].type}, or empty
 * @param message what is wrong and, where it helps, what would be right
 */
public record Defect(String file, String field, String message) {
  @Override
  public String toString() {
    return field.isEmpty() ? file + ": " + message : file + ": " + field + ": " + message;
  }
}
