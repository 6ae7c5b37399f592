package dev.allclose.app.judging;

import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.ReportJson;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.store.CaseRecord;
import dev.allclose.store.NewSubmission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns a judge's report into the row the database keeps, the whole report as JSON included. */
final class Recorder {
  private Recorder() {}

  static NewSubmission record(SubmissionReport r, String source, String file) {
    try {
      List<CaseRecord> cases = new ArrayList<>();
      for (int i = 0; i < r.cases().size(); i++) {
        CaseReport c = r.cases().get(i);
        cases.add(
            new CaseRecord(
                i,
                c.name(),
                c.visible(),
                c.verdict().id(),
                ReportJson.mapper().writeValueAsString(c)));
      }
      return new NewSubmission(
          r.problem(),
          r.mode(),
          r.language(),
          file,
          source,
          r.verdict().id(),
          r.passed(),
          r.total(),
          r.timeMs(),
          ReportJson.mapper().writeValueAsString(r),
          cases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file as the judge read it; a file the judge could read can be read again. */
  static String sourceOf(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
