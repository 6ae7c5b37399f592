package dev.allclose.judge.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON form of reports, shared by {@code submit --json}, the stored reports and the web API:
 * snake_case keys, every field present (null where empty), non-finite numbers as the strings "NaN",
 * "Infinity" and "-Infinity". Schema: {@code docs/report-json.md}.
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private ReportJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
