package dev.allclose.judge.run;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/**
 * Finds calls to banned methods in an analysed Java compilation unit. Names are resolved by the
 * compiler, so imports, static imports, fully qualified names and method references are all seen
 * for what they are; a ban on {@code java.util.List.sort} also catches {@code ArrayList.sort},
 * because the owner's subtypes are included. When the problem bans any Java call, the reflective
 * escapes around a ban ({@link JavaEscapes}) are refused too, whether called, referenced as a
 * method, constructed or read as a field.
 */
final class JavaBannedCalls {
  /**
   * The first banned use found.
   *
   * @param pattern the banned pattern used, or the escape used with why it is refused
   */
  record Hit(String pattern, long line, String code) {}

  private record Ban(String pattern, TypeElement type, @Nullable String method) {}

  private final List<Ban> bans = new ArrayList<>();
  private final Trees trees;
  private final Types types;
  private final @Nullable JavaEscapes escapes;

  JavaBannedCalls(JavacTask task, List<String> patterns) {
    this.trees = Trees.instance(task);
    this.types = task.getTypes();
    Elements elements = task.getElements();
    this.escapes = patterns.isEmpty() ? null : new JavaEscapes(elements, types);
    for (String p : patterns) {
      TypeElement whole = elements.getTypeElement(p);
      if (whole != null) {
        bans.add(new Ban(p, whole, null));
        continue;
      }
      int dot = p.lastIndexOf('.');
      TypeElement owner = dot < 0 ? null : elements.getTypeElement(p.substring(0, dot));
      if (owner != null) {
        bans.add(new Ban(p, owner, p.substring(dot + 1)));
      }
    }
  }

  Optional<Hit> find(CompilationUnitTree unit, String source) {
    if (bans.isEmpty() && escapes == null) {
      return Optional.empty();
    }
    List<Hit> hits = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        check(node);
        return super.visitMethodInvocation(node, null);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree node, Void unused) {
        check(node);
        return super.visitMemberReference(node, null);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        check(node);
        return super.visitNewClass(node, null);
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        checkField(node);
        return super.visitMemberSelect(node, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        checkField(node);
        return super.visitIdentifier(node, null);
      }

      /** Calls are checked where they are made; a name is checked here when it reads a field. */
      private void checkField(Tree node) {
        Element element = trees.getElement(getCurrentPath());
        if (element != null
            && element.getKind() == ElementKind.FIELD
            && element.getEnclosingElement() instanceof TypeElement owner) {
          checkEscape(node, element, owner);
        }
      }

      private void check(Tree node) {
        Element element = trees.getElement(getCurrentPath());
        if (!(element instanceof ExecutableElement executable)
            || !(executable.getEnclosingElement() instanceof TypeElement owner)) {
          return;
        }
        String name = executable.getSimpleName().toString();
        for (Ban ban : bans) {
          boolean sameName = ban.method() == null || ban.method().equals(name);
          if (sameName
              && types.isSubtype(
                  types.erasure(owner.asType()), types.erasure(ban.type().asType()))) {
            hit(node, ban.pattern());
          }
        }
        checkEscape(node, executable, owner);
      }

      private void checkEscape(Tree node, Element member, TypeElement owner) {
        if (escapes != null) {
          escapes
              .of(member, owner)
              .ifPresent(what -> hit(node, what + " (" + JavaEscapes.WHY + ")"));
        }
      }

      private void hit(Tree node, String what) {
        long pos = trees.getSourcePositions().getStartPosition(unit, node);
        long line = unit.getLineMap().getLineNumber(pos);
        hits.add(new Hit(what, line, lineText(source, line)));
      }
    }.scan(unit, null);
    return hits.stream().min(java.util.Comparator.comparingLong(Hit::line));
  }

  static String lineText(String source, long line) {
    String[] lines = source.split("\n", -1);
    return line >= 1 && line <= lines.length ? lines[(int) line - 1].strip() : "";
  }
}
