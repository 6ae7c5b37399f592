package dev.allclose.interview.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one arm's results from CSV text: one run per line, the number in column {@code column}
 * (default the first). A first line that is not a number there is a header; blank lines and lines
 * starting with {@code #} are skipped. Column names (from the header) or 1-based numbers select the
 * column.
 */
public final class SampleFile {
  private SampleFile() {}

  /**
   * The numbers of the file, or an {@link IllegalArgumentException} that names the line and says
   * what is wrong with it.
   */
  public static double[] parse(String text, String name, String column) {
    List<String> lines = text.lines().toList();
    List<Double> values = new ArrayList<>();
    int index = -1;
    for (int ln = 0; ln < lines.size(); ln++) {
      String line = lines.get(ln).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(",", -1);
      if (index < 0) {
        index = columnIndex(column, fields, name);
        if (fields.length <= index || !isNumber(fields[index])) {
          continue; // the header
        }
      }
      if (fields.length <= index) {
        throw new IllegalArgumentException(
            name + ":" + (ln + 1) + ": has no column " + (index + 1) + ": '" + line + "'");
      }
      String field = fields[index].strip();
      if (!isNumber(field)) {
        throw new IllegalArgumentException(
            name + ":" + (ln + 1) + ": '" + field + "' is not a number");
      }
      values.add(Double.parseDouble(field));
    }
    if (values.size() < 2) {
      throw new IllegalArgumentException(
          name + ": needs at least 2 numbers (one run per line), found " + values.size());
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static int columnIndex(String column, String[] firstLine, String name) {
    if (column.matches("\\d+")) {
      int i = Integer.parseInt(column) - 1;
      if (i < 0) {
        throw new IllegalArgumentException("--column counts from 1, not " + column);
      }
      return i;
    }
    for (int i = 0; i < firstLine.length; i++) {
      if (firstLine[i].strip().toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        name + ":1: has no column named '" + column + "' in its header");
  }

  private static boolean isNumber(String field) {
    String f = field.strip();
    if (f.isEmpty()) {
      return false;
    }
    try {
      return Double.isFinite(Double.parseDouble(f));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
