package dev.allclose.judge.problem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.fields.Fields;
import dev.allclose.harness.protocol.Packing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the YAML tree of {@code problem.yaml} into {@link ProblemMetadata}, recording a {@link
 * Defect} for each field that is missing, ill-typed or inconsistent. Returns null when any defect
 * was found: a package is never loaded half-valid.
 */
final class MetadataReader {
  /** The generator (and checker) the product holds for the package's slug. */
  static final String BUILT_IN = "built-in";

  static final String FILE = "problem.yaml";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern PYTHON_BAN =
      Pattern.compile("\\.?[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
  private static final Pattern JAVA_BAN =
      Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$<>][\\w$<>]*)+");
  private static final Set<String> TOP_LEVEL =
      Set.of(
          "number",
          "slug",
          "title",
          "section",
          "difficulty",
          "minutes",
          "concepts",
          "why",
          "companies",
          "languages",
          "entry_points",
          "tolerance",
          "limits",
          "banned",
          "checker",
          "cases",
          "reference",
          "derivation_points");

  private final Fields f;

  MetadataReader(List<Defect> defects) {
    this.f = new Fields((field, message) -> defects.add(new Defect(FILE, field, message)));
  }

  @Nullable ProblemMetadata read(JsonNode root, String folderName) {
    if (!root.isObject()) {
      f.defect("", "must be a mapping of fields (number, slug, title, ...)");
      return null;
    }
    f.onlyKnownKeys(root, "", TOP_LEVEL);
    Integer number = f.integer(root, "number", "", 1, 9999, true);
    String slug = f.string(root, "slug", "", true);
    if (slug != null && !SLUG.matcher(slug).matches()) {
      f.defect("slug", "'" + slug + "' must be lower-case words joined by hyphens");
    } else if (slug != null && !slug.equals(folderName)) {
      f.defect("slug", "'" + slug + "' differs from the folder name '" + folderName + "'");
    }
    String title = f.string(root, "title", "", true);
    Integer sectionNumber = f.integer(root, "section", "", 1, Section.values().length, true);
    Difficulty difficulty = difficulty(root);
    Integer minutes = f.integer(root, "minutes", "", 1, 600, true);
    List<String> concepts = f.strings(root, "concepts", "", true);
    String why = f.string(root, "why", "", true);
    List<String> companies = f.strings(root, "companies", "", false);
    List<Language> languages = languages(root);
    List<EntryPoint> entries = entryPoints(root, languages);
    Tolerance tolerance = Tolerance.DEFAULT;
    Map<String, Tolerance> outputTolerances = new HashMap<>();
    JsonNode tol = f.object(root, "tolerance", "", false);
    if (tol != null) {
      tolerance = tolerance(tol, "tolerance");
      outputTolerances = outputTolerances(tol, entries);
    }
    Limits limits = limits(root);
    BannedCalls banned = banned(root);
    String checker = javaClassRef(root, "checker");
    CaseSource cases = cases(root);
    String reference = f.string(root, "reference", "", false);
    List<String> derivationPoints = f.strings(root, "derivation_points", "", false);
    // Defects that still leave every field readable return the metadata anyway, so that the
    // package reader can go on to its cross-file checks and report those defects too; the
    // package is refused all the same.
    if (number == null
        || slug == null
        || title == null
        || sectionNumber == null
        || difficulty == null
        || minutes == null
        || why == null
        || cases == null) {
      return null;
    }
    return new ProblemMetadata(
        number,
        slug,
        title,
        Section.of(sectionNumber).orElseThrow(),
        difficulty,
        minutes,
        concepts,
        why,
        companies,
        languages,
        entries,
        tolerance,
        outputTolerances,
        limits,
        banned,
        checker,
        cases,
        reference == null ? "" : reference,
        derivationPoints);
  }

  private @Nullable Difficulty difficulty(JsonNode root) {
    String text = f.string(root, "difficulty", "", true);
    if (text == null) {
      return null;
    }
    Difficulty d = Difficulty.of(text).orElse(null);
    if (d == null) {
      f.defect("difficulty", "'" + text + "' is not easy, medium or hard");
    }
    return d;
  }

  private List<Language> languages(JsonNode root) {
    List<Language> out = new ArrayList<>();
    List<String> ids = f.strings(root, "languages", "", true);
    for (int i = 0; i < ids.size(); i++) {
      Language l = Language.fromId(ids.get(i)).orElse(null);
      if (l == null) {
        f.defect("languages[" + i + "]", "'" + ids.get(i) + "' is not python or java");
      } else if (!out.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }

  private List<EntryPoint> entryPoints(JsonNode root, List<Language> languages) {
    List<EntryPoint> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<JsonNode> nodes = f.list(root, "entry_points", "", true);
    if (nodes.isEmpty() && root.has("entry_points")) {
      f.defect("entry_points", "is empty: a problem needs at least one function or class");
    }
    for (int i = 0; i < nodes.size(); i++) {
      String path = "entry_points[" + i + "]";
      EntryPoint e = entryPoint(nodes.get(i), path, languages);
      if (e != null && !names.add(e.name())) {
        f.defect(path, "'" + e.name() + "' is defined twice");
      } else if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private @Nullable EntryPoint entryPoint(JsonNode node, String path, List<Language> languages) {
    if (!node.isObject()) {
      f.defect(path, "must be a mapping with 'function:' or 'class:'");
      return null;
    }
    boolean isClass = node.has("class");
    if (isClass == node.has("function")) {
      f.defect(path, "must have exactly one of 'function:' and 'class:'");
      return null;
    }
    f.onlyKnownKeys(
        node,
        path,
        isClass
            ? Set.of("class", "python", "java", "args", "methods")
            : Set.of("function", "java_name", "python", "java", "args", "returns", "returns_as"));
    String name = identifier(node, isClass ? "class" : "function", path);
    Signatures signatures = signatures(node, path, languages);
    List<Param> args = params(node, "args", path);
    if (isClass) {
      List<EntryPoint.Member> members = new ArrayList<>();
      List<JsonNode> methodNodes = f.list(node, "methods", path, true);
      for (int i = 0; i < methodNodes.size(); i++) {
        EntryPoint.Member m = member(methodNodes.get(i), path + ".methods[" + i + "]", languages);
        if (m != null) {
          members.add(m);
        }
      }
      return name == null ? null : new EntryPoint.Clazz(name, signatures, args, members);
    }
    List<Param> returns = params(node, "returns", path);
    Packing packing = packing(node, path, returns);
    String javaName = javaName(node, path, name);
    return name == null || javaName == null
        ? null
        : new EntryPoint.Function(name, javaName, signatures, args, returns, packing);
  }

  private EntryPoint.@Nullable Member member(JsonNode node, String path, List<Language> languages) {
    if (!node.isObject()) {
      f.defect(path, "must be a mapping with 'method:' or 'attribute:'");
      return null;
    }
    boolean attribute = node.has("attribute");
    if (attribute == node.has("method")) {
      f.defect(path, "must have exactly one of 'method:' and 'attribute:'");
      return null;
    }
    f.onlyKnownKeys(
        node,
        path,
        Set.of(
            attribute ? "attribute" : "method",
            "java_name",
            "python",
            "java",
            "args",
            "returns",
            "returns_as"));
    String name = identifier(node, attribute ? "attribute" : "method", path);
    Signatures signatures = signatures(node, path, languages);
    List<Param> args = params(node, "args", path);
    if (attribute && !args.isEmpty()) {
      f.defect(path + ".args", "an attribute takes no arguments");
    }
    List<Param> returns = params(node, "returns", path);
    Packing packing = packing(node, path, returns);
    String javaName = javaName(node, path, name);
    return name == null || javaName == null
        ? null
        : new EntryPoint.Member(name, javaName, attribute, signatures, args, returns, packing);
  }

  private @Nullable String identifier(JsonNode node, String key, String path) {
    String name = f.string(node, key, path, true);
    if (name != null && !IDENTIFIER.matcher(name).matches()) {
      f.defect(Fields.join(path, key), "'" + name + "' is not an identifier");
      return null;
    }
    return name;
  }

  private @Nullable String javaName(JsonNode node, String path, @Nullable String name) {
    if (name == null) {
      return null;
    }
    String explicit = f.string(node, "java_name", path, false);
    return explicit != null ? explicit : EntryPoint.camelCase(name);
  }

  private Signatures signatures(JsonNode node, String path, List<Language> languages) {
    String python = f.string(node, "python", path, true);
    String java = f.string(node, "java", path, languages.contains(Language.JAVA));
    return new Signatures(python == null ? "" : python, java);
  }

  private Packing packing(JsonNode node, String path, List<Param> returns) {
    String as = f.string(node, "returns_as", path, false);
    if (as != null && !as.equals("tuple") && !as.equals("dict")) {
      f.defect(path + ".returns_as", "'" + as + "' is not tuple or dict");
    }
    if (returns.isEmpty()) {
      return Packing.NONE;
    }
    if ("dict".equals(as)) {
      return Packing.DICT;
    }
    return returns.size() == 1 && !"tuple".equals(as) ? Packing.SINGLE : Packing.TUPLE;
  }

  /**
   * A list of parameters, each {@code name: type}, {@code name: type = default}, or {@code {name:
   * .., type: .., default: ..}}.
   */
  private List<Param> params(JsonNode node, String key, String path) {
    List<Param> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<JsonNode> items = f.list(node, key, path, false);
    boolean sawDefault = false;
    for (int i = 0; i < items.size(); i++) {
      String p = path + "." + key + "[" + i + "]";
      Param param = param(items.get(i), p);
      if (param == null) {
        continue;
      }
      if (!names.add(param.name())) {
        f.defect(p, "'" + param.name() + "' appears twice");
      }
      if (sawDefault && !param.hasDefault() && key.equals("args")) {
        f.defect(p, "'" + param.name() + "' has no default but follows an argument that has one");
      }
      sawDefault |= param.hasDefault();
      if (key.equals("returns") && param.type() instanceof ValueType.TokenLists) {
        f.defect(p + ".type", ValueType.TokenLists.TEXT + " is for arguments only");
      }
      out.add(param);
    }
    return out;
  }

  private @Nullable Param param(JsonNode item, String path) {
    String name;
    String typeText;
    Object defaultValue = null;
    if (item.isObject() && item.has("name")) {
      name = f.string(item, "name", path, true);
      typeText = f.string(item, "type", path, true);
      JsonNode d = item.get("default");
      defaultValue = d == null || d.isNull() ? null : scalar(d);
    } else if (item.isObject() && item.size() == 1) {
      var entry = item.properties().iterator().next();
      name = entry.getKey();
      String spec = entry.getValue().asText();
      int eq = spec.indexOf('=');
      typeText = eq < 0 ? spec : spec.substring(0, eq).strip();
      if (eq >= 0) {
        defaultValue = literal(spec.substring(eq + 1).strip());
      }
    } else {
      f.defect(path, "must be 'name: type' or a mapping with name and type");
      return null;
    }
    if (name == null || typeText == null) {
      return null;
    }
    if (!IDENTIFIER.matcher(name).matches()) {
      f.defect(path, "'" + name + "' is not an identifier");
      return null;
    }
    try {
      return new Param(name, ValueType.parse(typeText), defaultValue);
    } catch (IllegalArgumentException e) {
      f.defect(path + ".type", String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static Object scalar(JsonNode d) {
    if (d.isBoolean()) {
      return d.booleanValue();
    }
    if (d.isIntegralNumber()) {
      return d.longValue();
    }
    if (d.isNumber()) {
      return d.doubleValue();
    }
    return d.asText();
  }

  /** A default written after '=' in the short form: true/false, a number, or text. */
  private static Object literal(String text) {
    String t = text.replaceAll("^[\"']|[\"']$", "");
    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(t);
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException notLong) {
      try {
        return Double.parseDouble(t);
      } catch (NumberFormatException notDouble) {
        return t;
      }
    }
  }

  private Tolerance tolerance(JsonNode node, String path) {
    Double rtol = f.nonNegativeNumber(node, "rtol", path);
    Double atol = f.nonNegativeNumber(node, "atol", path);
    return new Tolerance(
        rtol == null ? Tolerance.DEFAULT.rtol() : rtol,
        atol == null ? Tolerance.DEFAULT.atol() : atol);
  }

  private Map<String, Tolerance> outputTolerances(JsonNode tol, List<EntryPoint> entries) {
    f.onlyKnownKeys(tol, "tolerance", Set.of("rtol", "atol", "outputs"));
    Map<String, Tolerance> out = new HashMap<>();
    JsonNode outputs = f.object(tol, "outputs", "tolerance", false);
    if (outputs == null) {
      return out;
    }
    Set<String> resultNames = resultNames(entries);
    for (var e : outputs.properties()) {
      String path = "tolerance.outputs." + e.getKey();
      if (!resultNames.contains(e.getKey())) {
        f.defect(path, "no entry point returns a result named '" + e.getKey() + "'");
      }
      out.put(e.getKey(), tolerance(e.getValue(), path));
    }
    return out;
  }

  private static Set<String> resultNames(List<EntryPoint> entries) {
    Set<String> names = new HashSet<>();
    for (EntryPoint e : entries) {
      switch (e) {
        case EntryPoint.Function fn -> fn.returns().forEach(r -> names.add(r.name()));
        case EntryPoint.Clazz c ->
            c.members().forEach(m -> m.returns().forEach(r -> names.add(r.name())));
      }
    }
    return names;
  }

  private Limits limits(JsonNode root) {
    JsonNode node = f.object(root, "limits", "", false);
    if (node == null) {
      return Limits.DEFAULT;
    }
    f.onlyKnownKeys(node, "limits", Set.of("time_ms", "memory_mb", "output_kb"));
    Integer time = f.integer(node, "time_ms", "limits", 10, 600_000, false);
    Integer memory = f.integer(node, "memory_mb", "limits", 16, 65_536, false);
    Integer output = f.integer(node, "output_kb", "limits", 1, 65_536, false);
    Limits d = Limits.DEFAULT;
    return new Limits(
        time == null ? d.timeMs() : time,
        memory == null ? d.memoryMb() : memory,
        output == null ? d.outputKb() : output);
  }

  private BannedCalls banned(JsonNode root) {
    JsonNode node = f.object(root, "banned", "", false);
    if (node == null) {
      return BannedCalls.NONE;
    }
    f.onlyKnownKeys(node, "banned", Set.of("python", "java", "reason", "full_sort"));
    List<String> python = f.strings(node, "python", "banned", false);
    List<String> java = f.strings(node, "java", "banned", false);
    String reason = f.string(node, "reason", "banned", true);
    checkPatterns(python, PYTHON_BAN, "banned.python", "numpy.sort, .sort or sorted");
    checkPatterns(java, JAVA_BAN, "banned.java", "java.util.Arrays.sort");
    return new BannedCalls(python, java, reason == null ? "" : reason, fullSort(node));
  }

  private BannedCalls.@Nullable FullSortRule fullSort(JsonNode banned) {
    JsonNode node = f.object(banned, "full_sort", "banned", false);
    if (node == null) {
      return null;
    }
    f.onlyKnownKeys(node, "banned.full_sort", Set.of("input", "count"));
    String input = f.string(node, "input", "banned.full_sort", true);
    String count = f.string(node, "count", "banned.full_sort", true);
    return input == null || count == null ? null : new BannedCalls.FullSortRule(input, count);
  }

  private void checkPatterns(List<String> patterns, Pattern form, String path, String example) {
    for (int i = 0; i < patterns.size(); i++) {
      if (!form.matcher(patterns.get(i)).matches()) {
        f.defect(path + "[" + i + "]", "'" + patterns.get(i) + "' is not a name like " + example);
      }
    }
  }

  private @Nullable String javaClassRef(JsonNode root, String key) {
    String text = f.string(root, key, "", false);
    if (text == null || text.equals("default")) {
      return null;
    }
    if (!text.startsWith("java:") || text.length() <= 5) {
      f.defect(key, "'" + text + "' must be 'default' or 'java:<fully qualified class name>'");
      return null;
    }
    return text.substring(5);
  }

  private @Nullable CaseSource cases(JsonNode root) {
    JsonNode node = f.object(root, "cases", "", true);
    if (node == null) {
      return null;
    }
    f.onlyKnownKeys(node, "cases", Set.of("generator", "seed", "folder"));
    boolean generated = node.has("generator");
    if (generated == node.has("folder")) {
      f.defect("cases", "must have exactly one of 'generator:' and 'folder:'");
      return null;
    }
    if (!generated) {
      String folder = f.string(node, "folder", "cases", true);
      return folder == null ? null : new CaseSource.Folder(folder);
    }
    String generator = f.string(node, "generator", "cases", true);
    Long seed = f.longValue(node, "seed", "cases");
    if (generator == null || seed == null) {
      return null;
    }
    if (generator.equals(BUILT_IN)) {
      return new CaseSource.BuiltIn(seed);
    }
    if (generator.startsWith("java:") && generator.length() > 5) {
      return new CaseSource.JavaGenerator(generator.substring(5), seed);
    }
    if (generator.startsWith("python:") && generator.endsWith(".py")) {
      return new CaseSource.PythonGenerator(generator.substring(7), seed);
    }
    f.defect(
        "cases.generator",
        "'"
            + generator
            + "' must be '"
            + BUILT_IN
            + "', 'java:<class name>' or 'python:<script>.py'");
    return null;
  }
}
