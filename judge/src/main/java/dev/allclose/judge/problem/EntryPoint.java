package dev.allclose.judge.problem;

import dev.allclose.harness.protocol.Packing;
import java.util.List;
import java.util.Locale;

/**
 * Something a solution must define: a function, or a class with a constructor and members. Python
 * names are the contract's snake_case names; Java names follow the mapping rule (snake_case to
 * camelCase, classes keep their names) unless metadata gives one.
 */
public sealed interface EntryPoint permits EntryPoint.Function, EntryPoint.Clazz {

  String name();

  Signatures signatures();

  /** A module-level function (Python) or a static method of class {@code Solution} (Java). */
  record Function(
      String name,
      String javaName,
      Signatures signatures,
      List<Param> args,
      List<Param> returns,
      Packing packing)
      implements EntryPoint {
    public Function {
      args = List.copyOf(args);
      returns = List.copyOf(returns);
    }
  }

  /** A class: constructor arguments and members, in both languages under the same name. */
  record Clazz(String name, Signatures signatures, List<Param> args, List<Member> members)
      implements EntryPoint {
    public Clazz {
      args = List.copyOf(args);
      members = List.copyOf(members);
    }

    public java.util.Optional<Member> member(String memberName) {
      return members.stream().filter(m -> m.name().equals(memberName)).findFirst();
    }
  }

  /**
   * A method, or an attribute (Python: attribute or property; Java: a no-argument method of the
   * camelCase name).
   */
  record Member(
      String name,
      String javaName,
      boolean attribute,
      Signatures signatures,
      List<Param> args,
      List<Param> returns,
      Packing packing) {
    public Member {
      args = List.copyOf(args);
      returns = List.copyOf(returns);
    }
  }

  /** {@code multi_head_attention} to {@code multiHeadAttention}. */
  static String camelCase(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < snake.length(); i++) {
      char c = snake.charAt(i);
      if (c == '_') {
        upper = sb.length() > 0;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : sb.isEmpty() ? Character.toLowerCase(c) : c);
        upper = false;
      }
    }
    return sb.toString().isEmpty() ? snake.toLowerCase(Locale.ROOT) : sb.toString();
  }
}
