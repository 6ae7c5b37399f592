package dev.allclose.interview.bank;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content of the talk rounds: questions with rubrics, critique papers, design prompts and
 * open-problems prompts. {@link #builtIn()} is the bank shipped with the product (the module's
 * {@code bank/} folder); {@link BankReader#read} reads any folder in the same layout. Immutable.
 */
public record QuestionBank(
    List<Question> questions,
    List<Paper> papers,
    List<DesignPrompt> designs,
    List<OpenPrompt> openPrompts) {
  // Not a package name, so no class-path entry holding classes of the package can shadow it.
  static final String ROOT = "/dev/allclose/interview/builtin-bank";

  public QuestionBank {
    questions = List.copyOf(questions);
    papers = List.copyOf(papers);
    designs = List.copyOf(designs);
    openPrompts = List.copyOf(openPrompts);
  }

  /** The bank that ships with the product, read from the class path. */
  public static QuestionBank builtIn() {
    try {
      return BankReader.read(builtInRoot());
    } catch (InvalidBankException e) {
      throw new IllegalStateException("the built-in question bank is broken: " + e.getMessage(), e);
    }
  }

  /** Where the built-in bank lies: the build folder, or a folder inside the jar. */
  public static Path builtInRoot() {
    URL url = QuestionBank.class.getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException("the question bank is missing from the build");
    }
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) {
        return Path.of(uri);
      }
      try {
        FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        // opened by an earlier call
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the question bank at " + url, e);
    }
  }

  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  public Optional<Paper> paper(String id) {
    return papers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<DesignPrompt> design(String id) {
    return designs.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  public Optional<OpenPrompt> openPrompt(String id) {
    return openPrompts.stream().filter(o -> o.id().equals(id)).findFirst();
  }
}
