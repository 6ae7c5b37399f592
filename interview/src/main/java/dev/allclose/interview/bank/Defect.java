package dev.allclose.interview.bank;

/**
 * One thing wrong with a file of the question bank.
 *
 * @param file the file, relative to the bank folder ({@code questions/bias-variance.yaml})
 * @param field the place in the file ({@code flaws[1].kind}), or empty for the whole file
 * @param message what is wrong and, where it helps, what would be right
 */
public record Defect(String file, String field, String message) {
  @Override
  public String toString() {
    return field.isEmpty() ? file + ": " + message : file + ": " + field + ": " + message;
  }
}
