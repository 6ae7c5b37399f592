package dev.allclose.plan.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the parts of a story or a brief: a part is missing when empty, thin when shorter than its
 * {@code minWords}, and without a figure when it needs one but holds no digit. Stateless.
 */
public final class CompletenessCheck {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'.%-]*");
  private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

  private CompletenessCheck() {}

  /** The gaps of {@code written} (part id to text) against {@code parts}, in part order. */
  public static List<Gap> gaps(List<PartSpec> parts, Map<String, String> written) {
    List<Gap> gaps = new ArrayList<>();
    for (PartSpec part : parts) {
      String text = written.getOrDefault(part.id(), "").strip();
      if (text.isEmpty()) {
        gaps.add(new Gap(part, "missing"));
        continue;
      }
      long words = WORD.matcher(text).results().count();
      if (words < part.minWords()) {
        gaps.add(
            new Gap(part, "thin (" + words + " words; aim for " + part.minWords() + " or more)"));
      }
      if (part.needsNumber() && !DIGIT.matcher(text).find()) {
        gaps.add(new Gap(part, "no figure (say by how much, how many or how often)"));
      }
    }
    return gaps;
  }
}
