package dev.allclose.harness;

import dev.allclose.harness.protocol.Manifest.Required;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the solution's classes, static functions, constructors and methods by the names the
 * manifest gives, and says which required ones are missing before any case runs.
 */
final class Targets {
  private final ClassLoader loader;

  Targets(ClassLoader loader) {
    this.loader = loader;
  }

  /** Loads without initialising: a failing static initialiser is reported when first used. */
  @Nullable Class<?> find(String className) {
    try {
      return Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  List<Required> missing(List<Required> required) {
    List<Required> missing = new ArrayList<>();
    for (Required r : required) {
      if (!present(r)) {
        missing.add(r);
      }
    }
    return missing;
  }

  private boolean present(Required r) {
    String ownerName = r.owner() != null ? r.owner() : r.name();
    Class<?> owner = find(ownerName);
    if (owner == null) {
      return false;
    }
    return switch (r.kind()) {
      case CLASS -> true;
      case FUNCTION -> !candidates(owner.getMethods(), r.name(), true).isEmpty();
      case METHOD -> !candidates(owner.getMethods(), r.name(), false).isEmpty();
      case ATTRIBUTE -> true; // resolved when a case reads them
    };
  }

  Method function(Class<?> owner, String name, int arity) throws NoSuchMethodException {
    return pick(
        candidates(owner.getMethods(), name, true), arity, owner.getSimpleName() + "." + name);
  }

  Method method(Class<?> owner, String name, int arity) throws NoSuchMethodException {
    return pick(
        candidates(owner.getMethods(), name, false), arity, owner.getSimpleName() + "." + name);
  }

  Constructor<?> constructor(Class<?> owner, int arity) throws NoSuchMethodException {
    for (Constructor<?> c : owner.getConstructors()) {
      if (c.getParameterCount() == arity) {
        return c;
      }
    }
    throw new NoSuchMethodException(
        "no public constructor of " + owner.getSimpleName() + " takes " + arity + " arguments");
  }

  /** An attribute: a public no-argument method of that name, or else a public field. */
  Object read(Object target, String name) throws ReflectiveOperationException {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())) {
        return m.invoke(target);
      }
    }
    Field f = target.getClass().getField(name);
    return f.get(target);
  }

  private static List<Method> candidates(Method[] methods, String name, boolean statics) {
    List<Method> found = new ArrayList<>();
    for (Method m : methods) {
      if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) == statics) {
        found.add(m);
      }
    }
    return found;
  }

  private static <T extends Executable> T pick(List<T> found, int arity, String what)
      throws NoSuchMethodException {
    for (T m : found) {
      if (m.getParameterCount() == arity) {
        return m;
      }
    }
    throw new NoSuchMethodException(
        found.isEmpty()
            ? "no public method " + what
            : "no public " + what + " takes " + arity + " arguments");
  }
}
