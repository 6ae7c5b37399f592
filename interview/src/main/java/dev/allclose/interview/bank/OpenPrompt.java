package dev.allclose.interview.bank;

import java.util.List;
import java.util.Map;

/**
 * A prompt of the open-problems round: name the most important unsolved problem of a field.
 *
 * @param reference a point a strong answer could make for each {@link OpenPart}; shown after the
 *     self-review
 * @param papers papers an answer could name when it says why current approaches fail
 */
public record OpenPrompt(
    String id,
    OpenField field,
    String title,
    int minutes,
    String prompt,
    Map<OpenPart, String> reference,
    List<String> papers) {
  public OpenPrompt {
    reference = Map.copyOf(reference);
    papers = List.copyOf(papers);
  }
}
