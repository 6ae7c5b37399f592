package dev.allclose.plan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackerExportTest {
  static final List<TrackerRow> ROWS =
      List.of(
          new TrackerRow(
              7,
              "Flash Attention",
              "solved",
              LocalDate.parse("2026-03-02"),
              2_430_000L,
              "remember the transpose | and \"the mask\"\nsecond line"),
          new TrackerRow(2, "Byte-Pair Encoding, byte level", "attempted", null, 90_000L, null),
          new TrackerRow(3, "Beam Search", "todo", null, null, null));

  @Test
  void markdownIsAGithubTableWithEscapedCells() {
    assertThat(TrackerExport.markdown(ROWS))
        .isEqualTo(
            """
            | # | Problem | Status | Date | Time | Notes |
            |---:|---|---|---|---:|---|
            | 7 | Flash Attention | solved | 2026-03-02 | 40.5 min | remember the transpose \\| and "the mask"<br>second line |
            | 2 | Byte-Pair Encoding, byte level | attempted |  | 1.5 min |  |
            | 3 | Beam Search | todo |  |  |  |
            """);
  }

  @Test
  void csvReadsBackCellForCell() throws Exception {
    String csv = TrackerExport.csv(ROWS);
    assertThat(csv).startsWith("number,problem,status,date,time_minutes,notes\n");
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
      List<List<String>> lines = it.readAll();
      assertThat(lines).hasSize(4);
      assertThat(lines.get(1))
          .containsExactly(
              "7",
              "Flash Attention",
              "solved",
              "2026-03-02",
              "40.5",
              "remember the transpose | and \"the mask\"\nsecond line");
      assertThat(lines.get(2))
          .containsExactly("2", "Byte-Pair Encoding, byte level", "attempted", "", "1.5", "");
      assertThat(lines.get(3)).containsExactly("3", "Beam Search", "todo", "", "", "");
    }
  }
}
