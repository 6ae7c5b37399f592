package dev.allclose.plan.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tracker table written for other tools: Markdown (a GitHub table: pipes escaped, line breaks
 * as {@code <br>}) or CSV (RFC 4180 through Jackson's CSV writer, with a header row; time in
 * minutes with one decimal, empty when unknown). Stateless.
 */
public final class TrackerExport {
  /** The export formats, by the name {@code --export} takes. */
  public enum Format {
    MD,
    CSV;

    public static java.util.Optional<Format> of(String text) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(text.strip())) {
          return java.util.Optional.of(f);
        }
      }
      return java.util.Optional.empty();
    }
  }

  private static final List<String> HEADER =
      List.of("#", "Problem", "Status", "Date", "Time", "Notes");

  /** Quotes a cell only when it must (a comma, a quote, a line break). */
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private TrackerExport() {}

  public static String write(Format format, List<TrackerRow> rows) {
    return format == Format.MD ? markdown(rows) : csv(rows);
  }

  public static String markdown(List<TrackerRow> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
    out.append("|---:|---|---|---|---:|---|\n");
    for (TrackerRow r : rows) {
      out.append("| ")
          .append(r.number())
          .append(" | ")
          .append(cell(r.problem()))
          .append(" | ")
          .append(r.status())
          .append(" | ")
          .append(r.date() == null ? "" : r.date())
          .append(" | ")
          .append(r.timeMs() == null ? "" : minutes(r.timeMs()) + " min")
          .append(" | ")
          .append(cell(r.notes()))
          .append(" |\n");
    }
    return out.toString();
  }

  public static String csv(List<TrackerRow> rows) {
    CsvSchema schema =
        CsvSchema.builder()
            .addColumn("number")
            .addColumn("problem")
            .addColumn("status")
            .addColumn("date")
            .addColumn("time_minutes")
            .addColumn("notes")
            .build()
            .withHeader();
    List<List<String>> lines = new ArrayList<>();
    for (TrackerRow r : rows) {
      lines.add(
          List.of(
              String.valueOf(r.number()),
              r.problem(),
              r.status(),
              r.date() == null ? "" : r.date().toString(),
              r.timeMs() == null ? "" : minutes(r.timeMs()),
              r.notes() == null ? "" : r.notes()));
    }
    try {
      return CSV.writer(schema).writeValueAsString(lines);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CSV of plain strings cannot fail: " + e.getMessage(), e);
    }
  }

  /** Milliseconds as minutes with one decimal, rounded half up: 90_000 is "1.5". */
  static String minutes(long ms) {
    return BigDecimal.valueOf(ms)
        .divide(BigDecimal.valueOf(60_000), 1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static String cell(@Nullable String text) {
    if (text == null) {
      return "";
    }
    return text.strip()
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\r\n", "\n")
        .replace("\n", "<br>");
  }
}
