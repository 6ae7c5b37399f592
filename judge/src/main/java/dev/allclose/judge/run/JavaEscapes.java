package dev.allclose.judge.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The ways a Java solution can reach a banned method without naming it where the compiler sees it:
 * reflection, method handles, class loading, services, scripting and compiler APIs, JDK internals,
 * native libraries and child processes. A problem that bans Java calls refuses these members too,
 * since the ban is checked on the names the source resolves to; a problem that bans nothing refuses
 * none of them.
 *
 * <p>A member is an escape when its declaring type is in one of {@link #PACKAGES}, is or extends
 * one of {@link #TYPES} (a solution's own {@code ClassLoader} subclass counts), or when it is one
 * of the few {@link #METHODS} of {@code Class}, {@code Runtime} and {@code System} that look
 * members up by name or leave the JVM's checked code. This is a guard rail for honest practice; the
 * sandbox the solution runs in, not this list, is the security boundary.
 *
 * <p>Immutable once built; use it on the thread of the compilation task it came from.
 */
final class JavaEscapes {
  static final String WHY = "a way around the banned calls, refused when a problem bans calls";

  private static final List<String> PACKAGES =
      List.of(
          "java.lang.reflect",
          "java.lang.invoke",
          "java.lang.instrument",
          "java.beans",
          "javax.script",
          "javax.tools",
          "sun",
          "com.sun",
          "jdk");

  private static final List<String> TYPES =
      List.of(
          "java.lang.ClassLoader",
          "java.util.ServiceLoader",
          "java.lang.Module",
          "java.lang.ModuleLayer",
          "java.lang.ProcessBuilder");

  private static final Map<String, Set<String>> METHODS =
      Map.of(
          "java.lang.Class",
          Set.of(
              "forName",
              "newInstance",
              "getMethod",
              "getMethods",
              "getDeclaredMethod",
              "getDeclaredMethods",
              "getConstructor",
              "getConstructors",
              "getDeclaredConstructor",
              "getDeclaredConstructors",
              "getField",
              "getFields",
              "getDeclaredField",
              "getDeclaredFields",
              "getRecordComponents",
              "getEnclosingMethod",
              "getEnclosingConstructor"),
          "java.lang.Runtime",
          Set.of("exec", "load", "loadLibrary"),
          "java.lang.System",
          Set.of("load", "loadLibrary"));

  private final Elements elements;
  private final Types types;
  private final List<TypeElement> refusedTypes = new ArrayList<>();

  JavaEscapes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    for (String name : TYPES) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        refusedTypes.add(type);
      }
    }
  }

  /**
   * The member, named as the solution would read it ({@code java.lang.Class.forName}, {@code new
   * java.net.URLClassLoader}), when using it is an escape; empty otherwise.
   *
   * @param member a method, constructor or field the compiler resolved a use to
   * @param owner the type that declares it
   */
  Optional<String> of(Element member, TypeElement owner) {
    String ownerName = owner.getQualifiedName().toString();
    String memberName = member.getSimpleName().toString();
    boolean refused =
        inRefusedPackage(owner)
            || isRefusedType(owner)
            || METHODS.getOrDefault(ownerName, Set.of()).contains(memberName);
    if (!refused) {
      return Optional.empty();
    }
    return Optional.of(
        member.getKind() == ElementKind.CONSTRUCTOR
            ? "new " + ownerName
            : ownerName + "." + memberName);
  }

  private boolean inRefusedPackage(TypeElement owner) {
    String pkg = elements.getPackageOf(owner).getQualifiedName().toString();
    return PACKAGES.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
  }

  private boolean isRefusedType(TypeElement owner) {
    return refusedTypes.stream()
        .anyMatch(t -> types.isSubtype(types.erasure(owner.asType()), types.erasure(t.asType())));
  }
}
