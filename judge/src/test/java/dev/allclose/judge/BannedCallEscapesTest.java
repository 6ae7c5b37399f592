package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.problem.KnownSubmission;
import dev.allclose.judge.problem.ProblemPackage;
import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ways around a banned name, tried for real: a problem that bans calls refuses each with a
 * banned_call verdict that names the construct and its line, before the solution runs, or (for a
 * builtin sort that only the running solution can size) when it is made. Problems that ban nothing
 * let the same code run. "smallest" bans sorting in both languages; "few-largest" has the Python
 * full-sort rule; "scale" bans nothing.
 */
class BannedCallEscapesTest {
  private static final Pattern RUNTIME_LINE = Pattern.compile("line (\\d+): ");

  @TempDir static Path tmp;
  static JudgeFixture fixture;

  @BeforeAll
  static void judge() {
    fixture = new JudgeFixture(tmp);
  }

  static Stream<Arguments> pythonEscapes() {
    return Stream.of(
        escape("getattr with a computed name", "return getattr(np, 'arg' + 'sort')(x)[0]"),
        escape("getattr used as a value", "g = getattr\n    return g(np, 'sort')(x)[0]"),
        escape("getattr with a starred name", "return getattr(*[np, 'sort'])(x)[0]"),
        escape("setattr with a computed name", "setattr(np, 'my' + 'sort', None)\n    return 0.0"),
        escape("hasattr with a computed name", "return float(hasattr(np, 'so' + 'rt'))"),
        escape("delattr with a computed name", "delattr(np, 'x' + 'y')\n    return 0.0"),
        escape("a constant banned name through getattr", "return getattr(np, 'sort')(x)[0]"),
        escape("vars", "return vars(np)['sort'](x)[0]"),
        escape("globals", "return globals()['np'].sort(x)[0]"),
        escape("locals", "return locals()['x'][0]"),
        escape("__builtins__", "return __builtins__['sorted'](x)[0]"),
        escape("builtins.sorted", "import builtins\n    return builtins.sorted(x)[0]"),
        escape("builtins.eval", "import builtins\n    return builtins.eval('min(x)')"),
        escape("__dict__", "return np.__dict__['sort'](x)[0]"),
        escape("__getattribute__", "return np.__getattribute__('sort')(x)[0]"),
        escape("__getattr__ of a module", "return np.__getattr__('sort')(x)[0]"),
        escape("__class__ then a sort", "a = x.copy()\n    a.__class__.sort(a)\n    return a[0]"),
        escape("__mro__ walk", "return type(x).__mro__[0].min(x)"),
        escape("__subclasses__ walk", "return object.__subclasses__()[0]"),
        escape("__globals__ of a function", "return smallest.__globals__['np'].sort(x)[0]"),
        escape("__code__ of a function", "return smallest.__code__.co_consts[0]"),
        escape("__array_namespace__", "return x.__array_namespace__().min(x)"),
        escape(
            "importlib",
            "import importlib\n    h = importlib.import_module('heapq')\n"
                + "    return h.nsmallest(1, x)[0]"),
        escape("__import__", "return __import__('heapq').nsmallest(1, x)[0]"),
        escape("sys.modules", "import sys\n    return sys.modules['numpy'].sort(x)[0]"),
        escape("sys.modules through numpy's own modules", "return np._core.numeric.sys.modules"),
        escape("sys._getframe", "import sys\n    return sys._getframe(0).f_globals['np']"),
        escape(
            "a traceback's frame",
            "try:\n        1 / 0\n    except ZeroDivisionError as e:\n"
                + "        return e.__traceback__.tb_frame.f_globals"),
        escape("eval", "return eval('np.sort(x)[0]')"),
        escape("exec", "exec('y = 1')\n    return x[0]"),
        escape("compile", "return compile('1', 's', 'eval')"),
        escape(
            "operator.attrgetter with a computed name",
            "import operator\n    return operator.attrgetter('so' + 'rt')(np)(x)[0]"),
        escape(
            "operator.attrgetter with a banned module name",
            "import heapq, operator\n    return operator.attrgetter('nsmallest')(heapq)(1, x)[0]"),
        escape(
            "operator.methodcaller with a banned method",
            "from operator import methodcaller as mc\n    y = list(x)\n    mc('sort')(y)\n"
                + "    return y[0]"),
        escape(
            "ndarray.sort through the class",
            "a = x.copy()\n    np.ndarray.sort(a)\n" + "    return a[0]"),
        escape("type(a).sort", "a = x.copy()\n    type(a).sort(a)\n    return a[0]"),
        escape("a NumPy submodule's sort", "return np._core.fromnumeric.sort(x)[0]"),
        Arguments.of(
            "a star import from a NumPy submodule",
            "import numpy as np\n\n\n\nfrom numpy._core.fromnumeric import *\n\n\n"
                + "def smallest(x):\n    return x[0]\n"),
        escape(
            "a module held in a variable",
            "import heapq\n    h = heapq\n    return h.nsmallest(1, x)[0]"),
        escape(
            "a module passed as a value",
            "import heapq\n    def pick(m):\n        return m.nsmallest\n"
                + "    return pick(heapq)(1, x)[0]"),
        escape(
            "a class pattern reading a banned name",
            "match x:\n        case object(nsmallest=f):\n            return f\n    return x[0]"),
        escape(
            "pickle", "import pickle\n    return pickle.loads(b'cheapq\\nnsmallest\\n.')(1, x)[0]"),
        escape("inspect", "import inspect\n    return dict(inspect.getmembers(np))['sort'](x)[0]"),
        escape(
            "pkgutil.resolve_name",
            "import pkgutil\n" + "    return pkgutil.resolve_name('heapq:nsmallest')(1, x)[0]"),
        escape(
            "string.Formatter",
            "import string\n"
                + "    return string.Formatter().get_field('0.sort', (np,), {})[0](x)[0]"),
        escape(
            "typing.get_type_hints",
            "import typing\n    def f(a: 'np.sort'):\n        pass\n"
                + "    return typing.get_type_hints(f)['a'](x)[0]"),
        escape("subprocess", "import subprocess\n    subprocess.run(['true'])\n    return x[0]"),
        escape("__main__", "import __main__\n    return __main__"),
        escape("the harness's own hook", "return __allclose_sort__"));
  }

  /** A solution of "smallest" whose body is {@code body}, indented for the function. */
  private static Arguments escape(String what, String body) {
    return Arguments.of(
        what, "import numpy as np\n\n\ndef smallest(x):\n    " + body + "\n    return x[0]\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pythonEscapes")
  void pythonEscapeIsABannedCall(String what, String source) {
    SubmissionReport r = fixture.submit("smallest", "s.py", source);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.BANNED_CALL);
    assertThat(r.line()).as(r.message()).isNotNull().isGreaterThanOrEqualTo(5);
    assertThat(r.message())
        .startsWith("s.py uses ")
        .contains("at line " + r.line())
        .contains("sorting the array is not allowed")
        .doesNotContain("\n");
  }

  @Test
  void anEscapeMessageNamesTheConstructAndThatTheProblemBansCalls() {
    SubmissionReport r =
        fixture.submit(
            "smallest",
            "s.py",
            "import numpy as np\n\n\ndef smallest(x):\n    f = getattr(np, 'arg' + 'sort')\n"
                + "    return x[f(x)[0]]\n");
    assertThat(r.line()).isEqualTo(5);
    assertThat(r.message())
        .isEqualTo(
            "s.py uses getattr with a computed name (a way around the banned names, refused when"
                + " a problem bans calls) at line 5: f = getattr(np, 'arg' + 'sort'). Find the"
                + " minimum in one pass; sorting the array is not allowed here.");
  }

  @Test
  void aProblemWithBansStillTakesHonestPythonThatLooksReflective() {
    SubmissionReport r =
        fixture.submit(
            "smallest",
            "s.py",
            """
            import numpy as np


            class Best:
                def __init__(self):
                    super().__init__()
                    self.value = np.inf


            def smallest(x):
                vars = {"seen": 0}
                counts = dict(vars)
                counts.update(seen=len(x))
                names = dir(x)
                best = Best()
                for v in getattr(x, "tolist")():
                    best.value = min(best.value, v)
                rng = np.random
                assert hasattr(x, "shape") and "shape" in names and type(x).__name__
                assert counts.get("seen") == getattr(x, "size", None) and rng.default_rng(0)
                return best.value
            """);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void aProblemWithoutBansLetsPythonUseReflection() {
    SubmissionReport r =
        fixture.submit(
            "scale",
            "s.py",
            """
            import importlib
            import numpy as np


            def scale(x, alpha=2.0):
                name = "mul" + "tiply"
                ops = importlib.import_module("numpy")
                assert vars(np)[name] is getattr(ops, name) and eval("1") == 1
                return getattr(np, name)(x, alpha)
            """);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ACCEPTED);
  }

  static Stream<Arguments> javaEscapes() {
    return Stream.of(
        java(
            "Class.forName, getMethod and Method.invoke",
            "Class.forName(\"java.util.Arrays\").getMethod(\"sort\", double[].class)"
                + ".invoke(null, (Object) x);"),
        java("Class.getDeclaredMethods", "Object m = x.getClass().getDeclaredMethods();"),
        java(
            "Class.getConstructor and newInstance",
            "Object o = Solution.class.getConstructor().newInstance();"),
        java("a java.lang.reflect field", "int p = java.lang.reflect.Modifier.PUBLIC;"),
        java(
            "java.lang.reflect.Proxy",
            "Object p = java.lang.reflect.Proxy.newProxyInstance(null, new Class<?>[0], null);"),
        java(
            "MethodHandles.lookup",
            "java.lang.invoke.MethodHandles.lookup().findStatic(java.util.Arrays.class, \"sort\","
                + " java.lang.invoke.MethodType.methodType(void.class, double[].class))"
                + ".invoke(x);"),
        java(
            "a method reference to MethodHandles.lookup",
            "java.util.function.Supplier<?> s = java.lang.invoke.MethodHandles::lookup;"),
        java("VarHandle", "java.lang.invoke.VarHandle.fullFence();"),
        java(
            "ClassLoader.loadClass",
            "ClassLoader.getSystemClassLoader().loadClass(\"java.util.Arrays\");"),
        java(
            "the thread's class loader",
            "Thread.currentThread().getContextClassLoader().loadClass(\"java.util.Arrays\");"),
        java("a ClassLoader subclass", "Object l = new ClassLoader() {};"),
        java(
            "URLClassLoader",
            "Object l = java.net.URLClassLoader.newInstance(new java.net.URL[0]);"),
        java("ServiceLoader", "Object s = java.util.ServiceLoader.load(Runnable.class);"),
        java("java.lang.Module", "String m = Object.class.getModule().getName();"),
        java("sun.misc.Unsafe", "Object u = sun.misc.Unsafe.getUnsafe();"),
        java("jdk.jshell", "jdk.jshell.JShell.create().eval(\"1\");"),
        java(
            "java.beans.Statement",
            "new java.beans.Statement(java.util.Arrays.class, \"sort\", new Object[] {x})"
                + ".execute();"),
        java("javax.script", "Object e = new javax.script.ScriptEngineManager();"),
        java(
            "java.lang.instrument",
            "java.lang.instrument.Instrumentation i = null; i.getAllLoadedClasses();"),
        java("javax.tools", "Object c = javax.tools.ToolProvider.getSystemJavaCompiler();"),
        java("Runtime.exec", "Runtime.getRuntime().exec(new String[] {\"true\"});"),
        java("ProcessBuilder", "new ProcessBuilder(\"true\").start();"),
        java("System.loadLibrary", "System.loadLibrary(\"m\");"));
  }

  /** A solution of "smallest" whose body runs {@code statement} on line 4. */
  private static Arguments java(String what, String statement) {
    return Arguments.of(
        what,
        "public class Solution {\n  public static double smallest(double[] x) {\n    try {\n      "
            + statement
            + "\n    } catch (Throwable e) {\n      throw new RuntimeException(e);\n    }\n"
            + "    return x[0];\n  }\n}\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaEscapes")
  void javaEscapeIsABannedCall(String what, String source) {
    SubmissionReport r = fixture.submit("smallest", "Solution.java", source);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.BANNED_CALL);
    assertThat(r.line()).as(r.message()).isEqualTo(4);
    assertThat(r.message())
        .startsWith("Solution.java uses ")
        .contains("refused when a problem bans calls) at line 4: ")
        .contains("sorting the array is not allowed");
  }

  @Test
  void aProblemWithBansStillTakesHonestJavaThatTouchesClass() {
    SubmissionReport r =
        fixture.submit(
            "smallest",
            "Solution.java",
            """
            public class Solution {
              public static double smallest(double[] x) {
                double m = x[0];
                for (double v : x) m = Math.min(m, v);
                return x.getClass().getSimpleName().isEmpty() ? Double.NaN : m;
              }
            }
            """);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void aProblemWithoutBansLetsJavaUseReflection() {
    SubmissionReport r =
        fixture.submit(
            "scale",
            "Solution.java",
            """
            import java.lang.reflect.Method;

            public class Solution {
              public static double[] scale(double[] x, double alpha) {
                try {
                  Method times = Solution.class.getDeclaredMethod("times", double.class, double.class);
                  double[] y = new double[x.length];
                  for (int i = 0; i < x.length; i++) y[i] = (double) times.invoke(null, x[i], alpha);
                  return y;
                } catch (ReflectiveOperationException e) {
                  throw new IllegalStateException(e);
                }
              }

              static double times(double a, double b) {
                return a * b;
              }
            }
            """);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ACCEPTED);
  }

  static Stream<Arguments> wholeInputSorts() {
    return Stream.of(
        sort("list.sort through the class", "list.sort(order)", "list.sort()"),
        sort("type(order).sort", "type(order).sort(order)", "list.sort()"),
        sort("a bound sort held in a variable", "s = order.sort\n    s()", "list.sort()"),
        sort("list.sort as a value", "for f in [list.sort]:\n        f(order)", "list.sort()"),
        sort("getattr(order, 'sort')", "getattr(order, 'sort')()", "list.sort()"),
        sort("super().sort()", "Sorting(order).go()", "list.sort()"),
        sort("collections.UserList", "UserList(order).sort()", "list.sort()"),
        sort("del sorted", "global sorted\n    del sorted\n    order = sorted(order)", "sorted()"),
        sort("type(a).sort on an ndarray", "a = x.copy()\n    type(a).sort(a)", "ndarray.sort()"));
  }

  /**
   * A solution of "few-largest" that makes {@code call} on line 11, then answers by a full sort,
   * which is right where every item is wanted (k = n) and refused after the call elsewhere.
   */
  private static Arguments sort(String what, String call, String refused) {
    String source =
        """
        from collections import UserList


        class Sorting(list):
            def go(self):
                super().sort()


        def few_largest(x, k):
            order = list(range(len(x)))
            %s
            return sorted(range(len(x)), key=lambda i: (-x[i], i))[:k]
        """
            .formatted(call);
    return Arguments.of(what, source, refused);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wholeInputSorts")
  void aSortOfTheWholeInputIsRefusedHoweverItIsCalled(String what, String source, String refused) {
    SubmissionReport r = fixture.submit("few-largest", "s.py", source);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.BANNED_CALL);
    Matcher line = RUNTIME_LINE.matcher(r.message());
    assertThat(line.find()).as(r.message()).isTrue();
    assertThat(Integer.parseInt(line.group(1))).as(r.message()).isPositive();
    assertThat(r.message()).contains(refused).contains("sorting all of x is not allowed");
  }

  @Test
  void ndarraySortThroughTheClassIsRefusedBeforeRunning() {
    SubmissionReport r =
        fixture.submit(
            "few-largest",
            "s.py",
            "import numpy as np\n\n\ndef few_largest(x, k):\n    a = -x\n    np.ndarray.sort(a)\n"
                + "    return [0] * k\n");
    assertThat(r.verdict()).isEqualTo(Verdict.BANNED_CALL);
    assertThat(r.line()).isEqualTo(6);
    assertThat(r.message()).contains("numpy.sort (numpy.ndarray.sort)");
  }

  @Test
  void sortingTheWinnersThroughTheClassIsAllowed() {
    SubmissionReport r =
        fixture.submit(
            "few-largest",
            "s.py",
            """
            def few_largest(x, k):
                winners = []
                for i, v in enumerate(x.tolist()):
                    winners.append((-v, i))
                    if len(winners) > k:
                        winners.remove(max(winners))
                list.sort(winners)
                type(winners).sort(winners)
                getattr(winners, "sort")()
                ordered = winners.sort
                ordered()
                return [i for _, i in sorted(winners)]
            """);
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void aBannedModuleNameBansEverythingUnderIt() {
    for (String source :
        List.of(
            "from scipy.stats import rankdata\n\n\ndef few_largest(x, k):\n    return x[:k]\n",
            "from scipy.stats import *\n\n\ndef few_largest(x, k):\n    return x[:k]\n",
            "def few_largest(x, k):\n    import scipy.stats as st\n    return st.rankdata(-x)\n")) {
      SubmissionReport r = fixture.submit("few-largest", "s.py", source);
      assertThat(r.verdict()).as(source).isEqualTo(Verdict.BANNED_CALL);
      assertThat(r.message()).as(source).startsWith("s.py uses scipy (");
      assertThat(r.line()).as(source).isPositive();
    }
  }

  @Test
  void theFullSortPackageKnownSubmissionsGetTheirVerdicts() throws SubmissionException {
    ProblemPackage pkg = JudgeFixture.load("few-largest");
    assertThat(pkg.submissions()).hasSizeGreaterThanOrEqualTo(3);
    for (KnownSubmission s : pkg.submissions()) {
      SubmissionReport r = fixture.judge.judge(pkg, s.file(), Mode.SUBMIT, CaseProgress.NONE);
      assertThat(r.verdict()).as(s.name() + ": " + r.message()).isEqualTo(s.expected());
    }
  }
}
