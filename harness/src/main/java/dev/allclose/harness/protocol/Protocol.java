package dev.allclose.harness.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Optional;

/** The JSON conventions of the manifest and the events file: snake_case keys, nulls omitted. */
public final class Protocol {
  public static final String MANIFEST_FILE = "manifest.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private Protocol() {}

  /** A shared, thread-safe mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * What a line of the protocol that could not be read gets wrong, when it is a value outside a
   * closed set: {@code the unknown status 'weird'}, {@code the unknown event 'progress'}; empty for
   * any other fault (bad JSON, a missing field).
   */
  public static Optional<String> unknownValue(JsonProcessingException e) {
    if (e instanceof InvalidTypeIdException t) {
      return Optional.of("the unknown event '" + t.getTypeId() + "'");
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      List<JsonMappingException.Reference> path = f.getPath();
      String field = path.isEmpty() ? "value" : String.valueOf(path.getLast().getFieldName());
      return Optional.of("the unknown " + field + " '" + f.getValue() + "'");
    }
    return Optional.empty();
  }
}
