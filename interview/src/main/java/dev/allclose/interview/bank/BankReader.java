package dev.allclose.interview.bank;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.allclose.fields.Fields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bank folder ({@code questions/}, {@code papers/}, {@code designs/}, {@code open/}, one
 * YAML file per item, named after its id) and validates every file, collecting every defect: the
 * file, the field and what is wrong. Used on the built-in bank and on broken copies in tests.
 */
public final class BankReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final List<Defect> defects = new ArrayList<>();
  private final Path root;

  private BankReader(Path root) {
    this.root = root;
  }

  /** The bank in {@code root}, or an exception listing every defect. */
  public static QuestionBank read(Path root) throws InvalidBankException {
    BankReader r = new BankReader(root);
    QuestionBank bank =
        new QuestionBank(
            r.folder("questions", QuestionReader::read, Question::id),
            r.folder("papers", PaperReader::read, Paper::id),
            r.folder("designs", DesignReader::read, DesignPrompt::id),
            r.folder("open", OpenPromptReader::read, OpenPrompt::id));
    if (!r.defects.isEmpty()) {
      throw new InvalidBankException(r.defects);
    }
    return bank;
  }

  /** Every defect of the bank in {@code root}; empty when it is valid. */
  public static List<Defect> validate(Path root) {
    try {
      read(root);
      return List.of();
    } catch (InvalidBankException e) {
      return e.defects();
    }
  }

  private <T> List<T> folder(
      String name, BiFunction<JsonNode, Fields, @Nullable T> reader, Function<T, String> id) {
    Path dir = root.resolve(name);
    List<T> items = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      defects.add(new Defect(name + "/", "", "is missing (one YAML file per item goes there)"));
      return items;
    }
    Map<String, String> seen = new HashMap<>();
    List<Path> files = files(dir, name);
    for (Path file : files) {
      String relative = name + "/" + file.getFileName();
      Fields f = new Fields((field, message) -> defects.add(new Defect(relative, field, message)));
      JsonNode node = parse(file, relative);
      if (node == null) {
        continue;
      }
      T item = reader.apply(node, f);
      if (item == null) {
        continue;
      }
      String expected = String.valueOf(file.getFileName()).replaceFirst("\\.yaml$", "");
      if (!id.apply(item).equals(expected)) {
        f.defect("id", "'" + id.apply(item) + "' differs from the file name '" + expected + "'");
      } else if (seen.putIfAbsent(expected, relative) == null) {
        items.add(item);
      }
    }
    if (files.isEmpty()) {
      defects.add(new Defect(name + "/", "", "holds no item"));
    }
    return items;
  }

  private List<Path> files(Path dir, String name) {
    try (Stream<Path> children = Files.list(dir)) {
      List<Path> all = children.sorted().toList();
      for (Path p : all) {
        String file = String.valueOf(p.getFileName());
        if (!file.endsWith(".yaml") && !file.startsWith(".")) {
          defects.add(
              new Defect(name + "/" + file, "", "is not a .yaml file; only those belong here"));
        }
      }
      return all.stream().filter(p -> String.valueOf(p.getFileName()).endsWith(".yaml")).toList();
    } catch (IOException e) {
      defects.add(new Defect(name + "/", "", "cannot be listed: " + e.getMessage()));
      return List.of();
    }
  }

  private @Nullable JsonNode parse(Path file, String relative) {
    try {
      JsonNode node = YAML.readTree(Files.readString(file));
      if (node == null || !node.isObject()) {
        defects.add(new Defect(relative, "", "must be a YAML mapping (key: value lines)"));
        return null;
      }
      return node;
    } catch (JacksonException e) {
      defects.add(
          new Defect(
              relative,
              "",
              "is not valid YAML: "
                  + e.getOriginalMessage().lines().findFirst().orElse("")
                  + (e.getLocation() != null
                      ? " (line " + e.getLocation().getLineNr() + ")"
                      : "")));
      return null;
    } catch (IOException e) {
      defects.add(new Defect(relative, "", "cannot be read: " + e.getMessage()));
      return null;
    }
  }
}
