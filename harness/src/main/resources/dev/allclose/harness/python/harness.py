"""Allclose's Python harness: runs one solution against the cases of a manifest.

The judge starts it as ``python3 -B -S harness.py MANIFEST`` in a scratch directory, or ahead of
time as ``python3 -B -S harness.py --standby``, which imports NumPy and then reads ``{"manifest": PATH}`` as
its first line of input. It waits for the ``ready`` event, then asks for one case at a time with a
``{"run": NAME}`` line on standard input (it writes that case's input file just before). The harness answers with ``begin`` and ``end``
events on standard output, one JSON object per line (see ``dev.allclose.harness.protocol.Event``),
and with ``done`` when its input closes. Everything the solution does happens in this one process:
the syntax and banned-name checks, the import, then each case it is asked for.

Before any of the solution's code runs, the event stream and the command stream are moved to
private descriptors: the solution's standard input is empty and anything it writes to file
descriptors 1 or 2 lands in the judge's diagnostic stream, never among the events. The judge trusts
nothing this process reports for a verdict: it times each case itself and reads every output.

The harness sets its own limits before the solution's code runs: CPU seconds, file size,
processes (where the OS enforces it) and address space (its own footprint after importing
NumPy plus the problem's memory budget). Wall-clock limits are the judge's job: it kills the
process when a case runs too long.
"""

import ast
import builtins
import errno
import json
import linecache
import os
import resource
import struct
import sys
import time
import traceback
import types
import zlib

MANIFEST = None
EVENTS = None
GUARD = None


def leave(code=None):
    raise SystemExit(code)


# The judge runs Python without the site module (-S), which is what defines exit() and quit(): a
# solution that calls them behaves as on the candidate's machine.
builtins.exit = builtins.quit = leave


# ---------------------------------------------------------------------------------------------
# Events


class Events:
    """Writes one flushed JSON line per event, so the judge sees progress as it happens."""

    def __init__(self, stream):
        self._out = stream

    def emit(self, **fields):
        self._out.write(json.dumps(fields, allow_nan=True) + "\n")
        self._out.flush()

    def fatal(self, phase, message, line=0, tb=None, stdout=None):
        self.emit(event="fatal", phase=phase, message=message, line=line, traceback=tb, stdout=stdout)


def private_channels():
    """Moves the event stream (fd 1) and the command stream (fd 0) to fresh descriptors, then
    points fd 0 at /dev/null and fd 1 at fd 2, so that nothing the solution reads or writes through
    the standard descriptors can touch the protocol."""
    events = os.fdopen(os.dup(1), "w", encoding="utf-8")
    commands = os.fdopen(os.dup(0), "r", encoding="utf-8")
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    os.dup2(2, 1)
    sys.stdin = open(os.devnull, encoding="utf-8")
    sys.stdout = sys.__stdout__ = os.fdopen(1, "w", encoding="utf-8", closefd=False)
    return events, commands


# ---------------------------------------------------------------------------------------------
# Limits


def set_limits(limits):
    def cap(kind, value):
        if value and value > 0:
            try:
                resource.setrlimit(kind, (value, value))
            except (ValueError, OSError):
                pass  # not allowed to lower it here (or not supported): the judge still watches

    cap(resource.RLIMIT_CPU, limits.get("cpu_seconds"))
    cap(resource.RLIMIT_FSIZE, limits.get("file_bytes"))
    # RLIMIT_NPROC is set by the judge's launcher (prlimit), counted on top of the user's own
    # processes; an absolute value set here would count every process the user runs.


def cap_memory(memory_mb):
    """Address space = what the process holds now (Python + NumPy) + the problem's budget."""
    if not memory_mb or memory_mb <= 0:
        return
    try:
        with open("/proc/self/status") as status:
            vm_kb = next(int(l.split()[1]) for l in status if l.startswith("VmSize:"))
    except (OSError, StopIteration):
        return  # not Linux: no address-space accounting to lean on
    limit = (vm_kb + memory_mb * 1024) * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        pass


def peak_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# ---------------------------------------------------------------------------------------------
# Output capture


class OutputLimitExceeded(Exception):
    pass


class Capture:
    """Stands in for sys.stdout and sys.stderr: keeps the first `keep` characters, counts the
    rest, and stops the solution once it has printed more than `limit` bytes."""

    def __init__(self, limit, keep=8192):
        self.limit, self.keep = limit, keep
        self.parts, self.kept, self.total = [], 0, 0
        self.exceeded = False

    def write(self, text):
        text = str(text)
        self.total += len(text.encode("utf-8", "replace"))
        if self.kept < self.keep:
            piece = text[: self.keep - self.kept]
            self.parts.append(piece)
            self.kept += len(piece)
        if self.limit and self.total > self.limit:
            self.exceeded = True
            raise OutputLimitExceeded("printed more than %d bytes" % self.limit)
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False

    def text(self):
        return "".join(self.parts)


class captured:
    def __init__(self, capture):
        self.capture = capture

    def __enter__(self):
        self.saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = self.capture
        return self.capture

    def __exit__(self, *exc):
        sys.stdout, sys.stderr = self.saved
        return False


# ---------------------------------------------------------------------------------------------
# Banned names: a static check on the syntax tree, before any of the solution runs.
#
# The check reads names in the source, so a problem that bans calls also refuses the ways of
# reaching a name without writing it: lookups by a computed name, namespace dictionaries, dunder
# and frame walks, dynamic imports, unpickling, evaluated strings and a module passed around as a
# value. A problem that bans nothing refuses none of them. docs/problem-format.md ("Banned calls")
# lists the routes deliberately left open: the rule keeps honest practice honest, and the sandbox,
# not this check, is the security boundary.

ESCAPE_WHY = "a way around the banned names, refused when a problem bans calls"

# Builtins that reach namespaces or run code by name. dir() is not among them: it only lists
# names, and turning a name back into an object needs one of these or a computed getattr.
ESCAPE_BUILTINS = frozenset({"vars", "globals", "locals", "eval", "exec", "compile", "__import__",
                             "__builtins__"})

# Lookups by name: a constant name is checked as x.name would be; a computed one is refused.
NAME_LOOKUPS = frozenset({"getattr", "setattr", "hasattr", "delattr"})

# Callables built from attribute names given as strings; their object is not known statically.
NAME_TAKERS = ("operator.attrgetter", "operator.methodcaller")

# Attributes that open a namespace, a class's relatives, a function's globals, a frame, or a module.
ESCAPE_ATTRIBUTES = frozenset({
    "__dict__", "__getattribute__", "__getattr__", "__setattr__", "__delattr__",
    "__class__", "__bases__", "__base__", "__mro__", "__subclasses__",
    "__globals__", "__builtins__", "__code__", "__closure__", "__func__", "__self__",
    "__wrapped__", "__objclass__", "__get__", "__defaults__", "__kwdefaults__",
    "__reduce__", "__reduce_ex__", "__import__", "__loader__", "__spec__",
    "__array_namespace__", "__traceback__",
    "tb_frame", "f_back", "f_globals", "f_locals", "f_builtins", "gi_frame", "cr_frame", "ag_frame",
})

# Modules and module attributes that import, unpickle, evaluate or run code by name, or hand out
# frames or the table of loaded modules. They are also found under other modules' attributes
# (numpy's own modules import sys, pickle and inspect), except ROOT_ONLY_ESCAPES, whose names are
# ordinary functions elsewhere (numpy.trace).
ESCAPE_PATHS = (
    "importlib", "imp", "pkgutil", "pkg_resources", "pydoc", "runpy", "zipimport", "__main__",
    "sys.modules", "sys._getframe", "inspect", "gc", "ctypes",
    "pickle", "_pickle", "copyreg", "shelve", "marshal", "dill", "cloudpickle",
    "code", "codeop", "timeit", "doctest", "pdb", "bdb", "trace", "profile", "cProfile", "unittest",
    "logging.config", "string.Formatter", "typing.get_type_hints", "typing.ForwardRef",
    "subprocess", "pty", "asyncio.create_subprocess_exec", "asyncio.create_subprocess_shell",
) + tuple("os." + f for f in (
    "system", "popen", "execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp",
    "execvpe", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp",
    "spawnvpe", "posix_spawn", "posix_spawnp"))
ROOT_ONLY_ESCAPES = frozenset({"code", "trace", "profile"})

# How many links of a = np; b = a; c = b.linalg are followed.
ALIAS_ROUNDS = 8


def holds_run(parts, run):
    """Whether the list parts holds the list run as consecutive items."""
    return any(parts[i:i + len(run)] == run for i in range(len(parts) - len(run) + 1))


def escape_path(path):
    """The entry of ESCAPE_PATHS a dotted path reaches (sys.modules for os.sys.modules), or None."""
    parts = path.split(".")
    for escape in ESCAPE_PATHS:
        run = escape.split(".")
        if parts[:len(run)] == run or (escape not in ROOT_ONLY_ESCAPES and holds_run(parts[1:], run)):
            return escape
    return None


def is_str(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


class BannedNames(ast.NodeVisitor):
    """Finds uses of banned names, resolving aliases, and the escape hatches around them.

    Patterns: ``numpy.sort`` (a module attribute however imported or aliased, also when reached
    through a submodule or class of its package, numpy._core.fromnumeric.sort or
    numpy.ndarray.sort, or through another module's attributes); a module name bans everything
    under it; ``.sort`` (an attribute or method of that name on any object, which also covers
    ``getattr(x, "sort")``) and ``sorted`` (a builtin, unless the solution defines its own).
    Aliases are import names and simple assignments of a module path (m = np._core), read for the
    whole file at once. Built only for a non-empty list: a problem that bans nothing refuses
    nothing. Each hit is (line, what was used, how).
    """

    def __init__(self, patterns, tree):
        self.dotted = [p for p in patterns if "." in p and not p.startswith(".")]
        self.attrs = {p[1:] for p in patterns if p.startswith(".")}
        self.builtins = {p for p in patterns if "." not in p}
        self.aliases = {}
        self.module_paths = set()
        self.hits = []
        self.defined = self._defined_names(tree)
        self._collect_aliases(tree)

    @staticmethod
    def _defined_names(tree):
        names = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
        return names

    def _collect_aliases(self, tree):
        bindings = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    path = alias.name if alias.asname else alias.name.split(".")[0]
                    self.aliases[alias.asname or path] = path
                    self.module_paths.add(path)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    if alias.name != "*":
                        self.aliases[alias.asname or alias.name] = node.module + "." + alias.name
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                bindings.append((node.targets[0], node.value))
            elif isinstance(node, ast.NamedExpr):
                bindings.append((node.target, node.value))
        bindings = [(t, v) for t, v in bindings
                    if isinstance(t, ast.Name) and isinstance(v, (ast.Name, ast.Attribute))]
        # Repeated so that chains (a = np; b = a.linalg) resolve; a few rounds are plenty, and a
        # bound is needed anyway, as a = a.x never settles.
        for _ in range(ALIAS_ROUNDS):
            changed = False
            for target, value in bindings:
                path = self._resolve(value)
                if path is not None and self.aliases.get(target.id) != path:
                    self.aliases[target.id] = path
                    changed = True
            if not changed:
                break

    def _resolve(self, node):
        """The dotted path a Name or attribute chain stands for, or None if not rooted in an alias."""
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name) and node.id in self.aliases:
            return ".".join([self.aliases[node.id]] + parts[::-1])
        return None

    def _banned_path(self, path):
        parts = path.split(".")
        for p in self.dotted:
            run = p.split(".")
            if holds_run(parts, run) or (parts[0] == run[0] and parts[-1] == run[-1]):
                return p
        for name in self.builtins:
            if parts[0] == name or holds_run(parts, ["builtins", name]):
                return name
        return None

    def _is_module(self, path):
        return path in self.module_paths or path in sys.modules

    def _hit(self, node, name, how):
        self.hits.append((getattr(node, "lineno", 0), name, how))

    def _escape(self, node, what):
        self._hit(node, what, ESCAPE_WHY)

    def _visit_all(self, nodes):
        for node in nodes:
            self.visit(node)

    # Checks shared by the visitors

    def _check_path(self, node, path, how):
        """A module-rooted path: banned names, banned or escaping attributes on the way, escapes."""
        banned = self._banned_path(path)
        if banned:
            self._hit(node, banned, how)
            return
        parts = path.split(".")
        for part in parts[1:]:
            if part in self.attrs:
                self._hit(node, "." + part, how)
                return
            if part in ESCAPE_ATTRIBUTES:
                self._escape(node, "the %s attribute" % part)
                return
        escape = escape_path(path) or self._escaping_builtin(parts)
        if escape:
            self._escape(node, escape)

    @staticmethod
    def _escaping_builtin(parts):
        for here, after in zip(parts, parts[1:]):
            if here == "builtins" and (after in ESCAPE_BUILTINS or after in NAME_LOOKUPS):
                return "builtins." + after
        return None

    def _check_member(self, node, name, how):
        """An attribute of an object whose origin is not visible (x.name)."""
        if name in self.attrs:
            self._hit(node, "." + name, how)
        elif name in ESCAPE_ATTRIBUTES:
            self._escape(node, "the %s attribute" % name)

    def _check_unrooted(self, node, name, how):
        """An attribute name whose object is not even named (attrgetter, class patterns): it may
        be a module, so the last part of a banned path counts too (lexsort for numpy.lexsort)."""
        banned = next((p for p in self.dotted if p.split(".")[-1] == name), None)
        if name in self.attrs or name in ESCAPE_ATTRIBUTES or not banned:
            self._check_member(node, name, how)
        else:
            self._hit(node, banned, how)

    def _check_attribute(self, node, how=None):
        path = self._resolve(node)
        if path is None:
            self._check_member(node, node.attr, how or "." + node.attr)
            self.visit(node.value)
        else:
            self._check_path(node, path, how or path)
        return path

    # Visitors

    def visit_Import(self, node):
        for alias in node.names:
            self._check_path(node, alias.name, "import " + alias.name)

    def visit_ImportFrom(self, node):
        if not node.module or node.level:
            return
        for alias in node.names:
            if alias.name == "*":
                self._check_star(node)
            else:
                self._check_path(node, node.module + "." + alias.name,
                                 "from %s import %s" % (node.module, alias.name))

    def _check_star(self, node):
        how = "from %s import *" % node.module
        root = node.module.split(".")[0]
        banned = self._banned_path(node.module) or next(
            (p for p in self.dotted if p.split(".")[0] == root), None)
        if banned:
            self._hit(node, banned, how)
            return
        escape = escape_path(node.module) or next(
            (e for e in ESCAPE_PATHS if e.startswith(node.module + ".")), None)
        if escape:
            self._escape(node, escape)

    def visit_Attribute(self, node):
        path = self._check_attribute(node)
        if path is not None and isinstance(node.ctx, ast.Load) and self._is_module(path):
            self._escape(node, "the module %s used as a value" % path)

    def visit_Name(self, node):
        name = node.id
        if name.startswith("__allclose"):
            self._escape(node, "the harness's own name " + name)
        elif not isinstance(node.ctx, ast.Load):
            return
        elif name in self.aliases:
            self._check_alias(node, self.aliases[name])
        elif name in self.defined:
            return
        elif name in self.builtins:
            self._hit(node, name, name)
        elif name in ESCAPE_BUILTINS:
            self._escape(node, "the builtin " + name)
        elif name in NAME_LOOKUPS:
            self._escape(node, name + " used as a value")

    def _check_alias(self, node, path):
        """A bare name that stands for a path, used other than to reach an attribute."""
        banned = self._banned_path(path)
        taker = self._taker(path)
        if banned and banned != path.split(".")[0]:
            self._hit(node, banned, node.id)
        elif taker:
            self._escape(node, taker + " used as a value")
        elif self._is_module(path):
            self._escape(node, "the module %s used as a value" % path)

    def visit_Assign(self, node):
        if len(node.targets) == 1:
            self._check_binding(node, node.targets[0], node.value)
        else:
            self.generic_visit(node)

    def visit_NamedExpr(self, node):
        self._check_binding(node, node.target, node.value)

    def _check_binding(self, node, target, value):
        path = self._resolve(value) if isinstance(target, ast.Name) else None
        if path is None:
            self.generic_visit(node)
        else:  # m = np._core: an alias (see _collect_aliases), not a module handed out as a value
            self._check_path(value, path, path)
            self.visit(target)

    def visit_Call(self, node):
        func = node.func
        taker = self._taker(self._resolve(func) or "")
        if isinstance(func, ast.Name) and func.id in NAME_LOOKUPS and func.id not in self.defined:
            self._check_lookup(node, func.id)
        elif taker:
            self._check_taker(node, taker)
        else:
            self.generic_visit(node)

    def _check_lookup(self, node, lookup):
        args = node.args
        if len(args) < 2 or not is_str(args[1]) or isinstance(args[0], ast.Starred):
            self._escape(node, lookup + " with a computed name")
            self._visit_all(args + node.keywords)
            return
        name = args[1].value
        attribute = ast.copy_location(ast.Attribute(value=args[0], attr=name, ctx=ast.Load()), node)
        self._check_attribute(attribute, '%s(..., "%s")' % (lookup, name))
        self._visit_all(args[2:] + node.keywords)

    @staticmethod
    def _taker(path):
        return next((t for t in NAME_TAKERS if path == t or path.endswith("." + t)), None)

    def _check_taker(self, node, taker):
        names = node.args if taker.endswith("attrgetter") else node.args[:1]
        if not names or not all(is_str(a) for a in names):
            self._escape(node, taker + " with a computed name")
            self._visit_all(node.args + node.keywords)
            return
        for arg in names:
            for part in arg.value.split("."):
                self._check_unrooted(node, part, '%s("%s")' % (taker, arg.value))
        self._visit_all(node.args[len(names):] + node.keywords)

    def visit_MatchClass(self, node):
        for name in node.kwd_attrs:
            self._check_unrooted(node, name, "a class pattern reading " + name)
        self.generic_visit(node)


def check_banned(tree, source_lines, patterns):
    if not patterns:
        return None
    finder = BannedNames(patterns, tree)
    finder.visit(tree)
    if not finder.hits:
        return None
    line, name, how = sorted(finder.hits)[0]
    text = source_lines[line - 1].strip() if 0 < line <= len(source_lines) else ""
    return line, name, how, text


# ---------------------------------------------------------------------------------------------
# Builtin sorts under a problem's full-sort rule, checked while the solution runs


class BannedAtRuntime(Exception):
    """A call refused while the solution runs: how much it sorts is not visible statically."""


_builtin_sorted = builtins.sorted


class SortGuard:
    """Lets the solution sort fewer items than the input array holds (the k winners, say) but
    refuses a sort of the whole input while fewer than all of its items are wanted; refuses
    ndarray.sort() always (a NumPy sort routine), and a module's sort function.

    A sort called through the class (list.sort(y), type(y).sort(y), np.ndarray.sort(a)) or
    through super() is judged by the instance it sorts; collections.UserList counts as a list.
    """

    def __init__(self, rule):
        self.rule, self.n, self.k = rule, None, None

    def for_case(self, inputs):
        self.n = len(inputs[self.rule["input"]])
        self.k = int(inputs[self.rule["count"]])

    def check(self, items, what):
        if self.n is not None and self.k < self.n and items >= self.n:
            raise BannedAtRuntime("%s of %d items sorts the whole input (%d items) when only %d are wanted"
                                  % (what, items, self.n, self.k))

    def sorted(self, iterable, *args, **kwargs):
        items = list(iterable)
        self.check(len(items), "sorted()")
        return _builtin_sorted(items, *args, **kwargs)

    def sort(self, obj, *args, **kwargs):
        self._check_sort_of(obj.__self__ if isinstance(obj, super) else obj, args)
        return obj.sort(*args, **kwargs)

    def method(self, obj, *default):
        """obj.sort as a value (getattr(obj, "sort"), y.sort, list.sort): calls come to sort()."""
        if default and not hasattr(obj, "sort"):
            return default[0]
        getattr(obj, "sort")  # the AttributeError the solution's own lookup would raise
        return lambda *args, **kwargs: self.sort(obj, *args, **kwargs)

    def _check_sort_of(self, target, args):
        from collections import UserList  # already loaded (NumPy imports it): just the name

        ndarray = sys.modules["numpy"].ndarray
        if isinstance(target, types.ModuleType):
            raise BannedAtRuntime("%s.sort() is a library sort routine" % target.__name__)
        if isinstance(target, type) and issubclass(target, ndarray):
            raise BannedAtRuntime("ndarray.sort() is a NumPy sort routine, also called through the class")
        if isinstance(target, type) and issubclass(target, (list, UserList)) and args:
            self._check_sort_of(args[0], ())
        elif isinstance(target, ndarray):
            raise BannedAtRuntime("ndarray.sort() is a NumPy sort routine")
        elif isinstance(target, (list, UserList)):
            self.check(len(target), "list.sort()")


def guard_attribute(name):
    """The guard's own attribute, reached through the one name the loader gives the solution."""
    hook = ast.Name(id="__allclose_sort__", ctx=ast.Load())
    return ast.Attribute(value=ast.Attribute(value=hook, attr="__self__", ctx=ast.Load()), attr=name,
                         ctx=ast.Load())


class SortCalls(ast.NodeTransformer):
    """Routes every builtin sort through the guard: x.sort(...) becomes __allclose_sort__(x, ...);
    x.sort as a value and getattr(x, "sort") become the guard's method(x); ``del sorted`` binds the
    guarded sorted again instead of uncovering the builtin one."""

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "sort":
            args = [self.visit(func.value)] + [self.visit(a) for a in node.args]
            keywords = [self.visit(k) for k in node.keywords]
            call = ast.Call(func=ast.Name(id="__allclose_sort__", ctx=ast.Load()), args=args,
                            keywords=keywords)
            return ast.copy_location(call, node)
        self.generic_visit(node)
        if self._is_sort_lookup(node):
            call = ast.Call(func=guard_attribute("method"), args=[node.args[0]] + node.args[2:], keywords=[])
            return ast.copy_location(call, node)
        return node

    @staticmethod
    def _is_sort_lookup(node):
        args = node.args
        return (isinstance(node.func, ast.Name) and node.func.id == "getattr" and len(args) in (2, 3)
                and not any(isinstance(a, ast.Starred) for a in args) and is_str(args[1])
                and args[1].value == "sort")

    def visit_Attribute(self, node):
        self.generic_visit(node)
        if node.attr == "sort" and isinstance(node.ctx, ast.Load):
            call = ast.Call(func=guard_attribute("method"), args=[node.value], keywords=[])
            return ast.copy_location(call, node)
        return node

    def visit_Delete(self, node):
        kept = [t for t in node.targets if not (isinstance(t, ast.Name) and t.id == "sorted")]
        if len(kept) == len(node.targets):
            return node
        rebind = ast.Assign(targets=[ast.Name(id="sorted", ctx=ast.Store())], value=guard_attribute("sorted"))
        statements = [ast.Delete(targets=kept)] if kept else []
        return [ast.copy_location(s, node) for s in statements + [rebind]]


def refused_at(exc, display):
    """The line of the solution that made the refused call."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == display]
    return frames[-1].lineno if frames else 0


# ---------------------------------------------------------------------------------------------
# Tracebacks that show the candidate's frames only


def candidate_traceback(exc, display):
    """The exception's frames from the first one in the solution's file onwards."""
    frames = traceback.extract_tb(exc.__traceback__)
    start = next((i for i, f in enumerate(frames) if f.filename == display), len(frames))
    kept = frames[start:] or frames[-1:]
    lines = ["Traceback (most recent call last):\n"]
    lines += traceback.format_list(kept)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines), (kept[0].lineno if kept and kept[0].filename == display else 0)


def describe_error(exc):
    if isinstance(exc, SystemExit):
        return "the solution called sys.exit(%r); return a value instead" % (exc.code,)
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()


# ---------------------------------------------------------------------------------------------
# Values in and out


def to_python(array, type_):
    """An argument as the contract's Python type: ndarray, int, float, bool, str or a list."""
    if type_ == "int":
        return int(array)
    if type_ == "float":
        return float(array)
    if type_ == "bool":
        return bool(array)
    if type_ == "str":
        return str(array)  # a 0-d array or an element of a str array (np.str_) alike
    if type_.replace(" ", "") == TOKEN_LISTS:
        # rows padded with empty strings, which are never tokens (the judge's array form)
        return [[t for t in row if t != ""] for row in array.tolist()]
    if type_.startswith("list[tuple["):
        return [tuple(row) for row in array.tolist()]
    if type_.startswith("tuple["):
        return tuple(array.tolist())
    if type_.startswith("list["):
        return array.tolist()
    return array


def element_type(type_):
    """The element type of `list[x]`, or the type itself."""
    return type_[5:-1] if type_.startswith("list[") else type_


def describe(value):
    np = sys.modules["numpy"]
    if isinstance(value, np.ndarray):
        return "ndarray %s" % value.dtype
    if isinstance(value, np.generic):
        return "numpy %s" % type(value).__name__
    if isinstance(value, (list, tuple)):
        kinds = sorted({type(v).__name__ for v in value})
        inner = kinds[0] if len(kinds) == 1 else "mixed types" if kinds else "nothing (empty)"
        return "%s of %s" % (type(value).__name__, inner)
    return type(value).__name__


def declared_dtype(type_):
    np = sys.modules["numpy"]
    base = type_.split("[")[0] if not type_.startswith("list[") else element_type(type_)
    if base.startswith("tuple[int") or type_.startswith("tuple[int"):
        return np.int64
    return {"float64": np.float64, "float32": np.float32, "int64": np.int64, "int32": np.int32,
            "bool": np.bool_, "str": np.str_, "int": np.int64, "float": np.float64}.get(base, np.float64)


SCORED_SEQUENCES = "list[tuple[list[int],float]]"
TOKEN_LISTS = "list[list[str]]"


def pack_scored_sequences(value):
    """A list of (tokens, score) pairs as one float64 matrix: a row [score, length, tokens...,
    -1 padding] per pair (the judge's array form of list[tuple[list[int],float]])."""
    np = sys.modules["numpy"]
    kind = describe(value)
    if not isinstance(value, (list, tuple)):
        return None, kind, "expected a list of (tokens, score) pairs"
    rows = []
    for i, item in enumerate(value):
        if not isinstance(item, (list, tuple)) or len(item) != 2:
            return None, kind, "element %d is %s, not a (tokens, score) pair" % (i, describe(item))
        tokens, score = item
        if isinstance(tokens, np.ndarray):
            tokens = tokens.tolist()
        if not isinstance(tokens, (list, tuple)):
            return None, kind, "the tokens of pair %d are %s, not a list of ints" % (i, describe(tokens))
        if any(isinstance(t, bool) or not isinstance(t, (int, np.integer)) for t in tokens):
            return None, kind, "the tokens of pair %d are not all integers: %r" % (i, list(tokens)[:8])
        if isinstance(score, bool) or not isinstance(score, (int, float, np.integer, np.floating)):
            return None, kind, "the score of pair %d is %s, not a number" % (i, describe(score))
        rows.append((float(score), [int(t) for t in tokens]))
    width = max((len(t) for _, t in rows), default=0)
    packed = np.full((len(rows), 2 + width), -1.0)
    for r, (score, tokens) in enumerate(rows):
        packed[r, 0], packed[r, 1] = score, len(tokens)
        packed[r, 2:2 + len(tokens)] = tokens
    return packed, kind, None


def to_array(value, type_):
    """Returns (array or None, kind, problem or None) for one result."""
    np = sys.modules["numpy"]
    if type_.replace(" ", "") == SCORED_SEQUENCES:
        return pack_scored_sequences(value)
    kind = describe(value)
    if value is None:
        return None, kind, "returned None"
    if isinstance(value, np.ndarray):
        array = value
    elif isinstance(value, (bool, int, float, str, np.generic)):
        array = np.asarray(value)
    elif isinstance(value, (list, tuple)):
        if len(value) == 0:
            width = 2 if "tuple[" in type_ else None
            return np.zeros((0, width) if width else (0,), dtype=declared_dtype(type_)), kind, None
        try:
            array = np.asarray(value)
        except (ValueError, TypeError):
            return None, kind, "rows of different lengths cannot form an array"
    else:
        return None, kind, "a %s cannot be read as an array or number" % type(value).__name__
    if array.dtype == object:
        return None, kind, "holds objects or rows of different lengths"
    if array.dtype.kind == "c":
        return None, kind, "holds complex numbers"
    if array.dtype.kind == "S":
        return None, kind, "holds bytes; return str"
    if array.dtype.kind == "u":
        array = array.astype(np.int64)
    elif array.dtype.kind == "i" and array.dtype.itemsize < 4:
        array = array.astype(np.int32)
    elif array.dtype.kind == "f" and array.dtype.itemsize not in (4, 8):
        array = array.astype(np.float64)
    # C order for .npy (np.save keeps Fortran order otherwise); unlike np.ascontiguousarray
    # this keeps a 0-d array 0-d.
    return np.asarray(array, order="C"), kind, None


def unpack(value, call):
    """Splits a return value into {result name: value} following the call's packing; returns
    (values, problem)."""
    results = call["results"]
    packing = call["packing"]
    if packing == "none" or not results:
        return {}, None
    names = [r["name"] for r in results]
    if packing == "single":
        return {names[0]: value}, None
    if packing == "dict":
        if not isinstance(value, dict):
            return {}, "returned %s; expected a dict with keys %s" % (describe(value), ", ".join(names))
        missing = [n for n in names if n not in value]
        if missing:
            return {n: value[n] for n in names if n in value}, "the dict has no key %s" % ", ".join(map(repr, missing))
        return {n: value[n] for n in names}, None
    if not isinstance(value, (tuple, list)) or len(value) != len(names):
        count = len(value) if isinstance(value, (tuple, list)) else 1
        return {}, "returned %d value%s (%s); expected %d: %s" % (
            count, "" if count == 1 else "s", describe(value), len(names), ", ".join(names))
    return dict(zip(names, value)), None


# ---------------------------------------------------------------------------------------------
# Running a case


class CaseState:
    def __init__(self):
        self.obj = None
        self.seconds = 0.0

    def timed(self, fn, *args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - start


def call_args(call, inputs):
    positional, keyword, skipped = [], {}, False
    for arg in call["args"]:
        if not arg["present"]:
            skipped = True
            continue
        value = to_python(inputs[arg["name"]], arg["type"])
        if skipped:
            keyword[arg["name"]] = value
        else:
            positional.append(value)
    return positional, keyword


def run_call(module, call, inputs, state):
    op, target = call["op"], call["target"]
    if op == "new":
        args, kwargs = call_args(call, inputs)
        state.obj = state.timed(getattr(module, target), *args, **kwargs)
        return None
    if op == "raises":
        args, kwargs = call_args(call, inputs)
        try:
            state.timed(getattr(module, target), *args, **kwargs)
        except ValueError:
            return True
        return False
    if op in ("call", "method"):
        owner = module if op == "call" else state.obj
        args, kwargs = call_args(call, inputs)
        return state.timed(getattr(owner, target), *args, **kwargs)
    if op == "get":
        value = state.timed(getattr, state.obj, target)
        return state.timed(value) if callable(value) else value
    arg = call["args"][0]
    items = inputs[arg["name"]]
    item_type = element_type(arg["type"])
    if op == "each":
        method = getattr(state.obj, target)
        return [state.timed(method, to_python(x, item_type)) for x in items]
    if op == "in":
        obj = state.obj
        return [state.timed(lambda x: x in obj, to_python(x, item_type)) for x in items]
    raise AssertionError("op %r passed unknown_value()" % op)


# ---------------------------------------------------------------------------------------------
# Case files: the .npz archives the judge writes (inputs) and reads (outputs)
#
# np.load and np.savez go through the zipfile module, whose import and first use cost about as much
# processor time as the eleven cases of a typical problem together; a shared server pays that on
# every run. The judge's archives are plain zip files of stored .npy entries (dev.allclose.numeric.
# Npz), so these few lines read and write exactly that, and hand anything else to np.load.

ZIP_LOCAL = b"PK\x03\x04"
ZIP_CENTRAL = b"PK\x01\x02"
ZIP_END = b"PK\x05\x06"
ZIP_LOCAL_HEADER = struct.Struct("<4s5H3I2H")  # signature .. name length, extra length
ZIP_CENTRAL_HEADER = struct.Struct("<4s6H3I5H2I")  # signature .. external attributes, offset
ZIP_END_RECORD = struct.Struct("<4s4H2IH")
ZIP_DATE = 0x21  # 1980-01-01, the first day a zip file can name


def read_case_file(path, np):
    """{name: array} of an input archive; arrays are fresh and writable, as np.load gives them."""
    arrays = read_stored_npz(path, np)
    if arrays is None:
        with np.load(path, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
    return arrays


def read_stored_npz(path, np):
    """Reads an .npz whose entries are all stored .npy files, straight from the file (each array
    is read into its own memory, no copy of the archive); None for any other zip (deflated or zip64
    entries, a comment hiding the end record), which np.load then reads."""
    with open(path, "rb") as f:
        size = f.seek(0, os.SEEK_END)
        f.seek(max(0, size - ZIP_END_RECORD.size))
        record = f.read()
        if len(record) != ZIP_END_RECORD.size or not record.startswith(ZIP_END):
            return None
        _, _, _, _, count, length, offset, _ = ZIP_END_RECORD.unpack(record)
        f.seek(offset)
        directory = f.read(length)
        if len(directory) != length:
            return None
        entries, pos = [], 0
        for _ in range(count):
            if directory[pos:pos + 4] != ZIP_CENTRAL:
                return None
            fields = ZIP_CENTRAL_HEADER.unpack_from(directory, pos)
            flags, method, packed, unpacked = fields[3], fields[4], fields[8], fields[9]
            name_length, extra_length, comment_length, local = fields[10], fields[11], fields[12], fields[16]
            name = directory[pos + 46:pos + 46 + name_length].decode("utf-8")
            pos += 46 + name_length + extra_length + comment_length
            if flags & 1 or method != 0 or packed != unpacked or packed == 0xFFFFFFFF \
                    or not name.endswith(".npy"):
                return None
            entries.append((name[:-4], local, packed))
        arrays = {}
        for name, local, packed in entries:
            f.seek(local)
            header = f.read(ZIP_LOCAL_HEADER.size)
            if len(header) != ZIP_LOCAL_HEADER.size or not header.startswith(ZIP_LOCAL):
                return None
            fields = ZIP_LOCAL_HEADER.unpack(header)
            start = local + ZIP_LOCAL_HEADER.size + fields[9] + fields[10]
            f.seek(start)
            arrays[name] = np.lib.format.read_array(f, allow_pickle=False)
            if f.tell() != start + packed:
                return None
        return arrays


class CrcWriter:
    """Passes bytes on to a file, keeping their CRC-32 and count for the entry's zip headers."""

    def __init__(self, out):
        self.out, self.crc, self.size = out, 0, 0

    def write(self, data):
        self.crc = zlib.crc32(data, self.crc)
        self.size += len(data)
        return self.out.write(data)


def write_case_file(path, arrays, np):
    """Writes {name: array} as np.savez does: one stored NAME.npy entry per array, in order. Each
    array streams to the file; its entry's CRC and sizes are filled in once it is written."""
    directory = bytearray()
    with open(path, "wb") as f:
        for name, array in arrays.items():
            entry = (name + ".npy").encode("utf-8")
            offset = f.tell()
            f.write(ZIP_LOCAL_HEADER.pack(ZIP_LOCAL, 20, 0, 0, 0, ZIP_DATE, 0, 0, 0, len(entry), 0) + entry)
            sink = CrcWriter(f)
            np.lib.format.write_array(sink, array, allow_pickle=False)
            if sink.size >= 0xFFFFFFFF:
                raise OSError(errno.EFBIG, "an output array of 4 GiB or more")
            end = f.tell()
            f.seek(offset + 14)  # the local header's CRC and sizes
            f.write(struct.pack("<3I", sink.crc, sink.size, sink.size))
            f.seek(end)
            directory += ZIP_CENTRAL_HEADER.pack(ZIP_CENTRAL, 20, 20, 0, 0, 0, ZIP_DATE, sink.crc, sink.size,
                                                 sink.size, len(entry), 0, 0, 0, 0, 0, offset) + entry
        start = f.tell()
        f.write(directory)
        f.write(ZIP_END_RECORD.pack(ZIP_END, 0, 0, len(arrays), len(arrays), len(directory), start, 0))


def run_case(module, case, events, limits):
    np = sys.modules["numpy"]
    events.emit(event="begin", case_name=case["name"])
    inputs = read_case_file(case["input"], np)
    state = CaseState()
    if GUARD is not None:
        GUARD.for_case(inputs)
    capture = Capture(limits.get("output_bytes", 0))
    values, infos, status, error, tb = {}, {}, "ok", None, None
    try:
        with captured(capture):
            for call in case["calls"]:
                returned = run_call(module, call, inputs, state)
                got, problem = unpack(returned, call)
                values.update(got)
                for r in call["results"]:
                    if r["name"] not in got:
                        infos[r["name"]] = {"kind": describe(returned), "stored": False, "problem": problem}
    except OutputLimitExceeded:
        status = "output"
    except BannedAtRuntime as e:
        line = refused_at(e, MANIFEST["display_name"])
        status, error = "banned", ("line %d: " % line if line else "") + str(e)
    except MemoryError as e:
        status, error = "memory", describe_error(e)
    except BaseException as e:  # the candidate's exception, SystemExit included
        # a file past RLIMIT_FSIZE fails with EFBIG (Python ignores SIGXFSZ): an output limit
        too_large = isinstance(e, OSError) and e.errno == errno.EFBIG
        if too_large:
            status, error = "output", "wrote a file larger than the %d MiB allowed" % (
                limits.get("file_bytes", 0) >> 20)
        elif capture.exceeded:
            status, error = "output", None
        else:
            status, error = "error", describe_error(e)
        if status == "error":
            tb, _ = candidate_traceback(e, MANIFEST["display_name"])
    if capture.exceeded:
        status = "output"
    arrays = {}
    if status == "ok":
        types_by_name = {r["name"]: r["type"] for c in case["calls"] for r in c["results"]}
        for name, value in values.items():
            array, kind, problem = to_array(value, types_by_name[name])
            infos[name] = {"kind": kind, "stored": array is not None, "problem": problem}
            if array is not None:
                arrays[name] = array
    write_case_file(case["output"], arrays, np)
    events.emit(event="end", case_name=case["name"], status=status, time_ms=state.seconds * 1000.0,
                peak_kb=peak_kb(), stdout=capture.text(), stdout_bytes=capture.total, error=error,
                traceback=tb, outputs=infos)


# ---------------------------------------------------------------------------------------------
# Loading the solution


def load_solution(events):
    path, display = MANIFEST["solution"], MANIFEST["display_name"]
    with open(path, encoding="utf-8", errors="replace") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        where = "line %d" % (e.lineno or 0)
        text = (e.text or "").rstrip("\n")
        events.fatal("syntax", "%s: %s at %s%s" % (display, e.msg, where, (": " + text.strip()) if text else ""),
                     e.lineno or 0)
        return None
    lines = source.splitlines()
    hit = check_banned(tree, lines, MANIFEST.get("banned") or [])
    if hit:
        line, name, how, text = hit
        events.fatal("banned", "%s uses %s (%s) at line %d: %s" % (display, name, how, line, text), line)
        return None
    global GUARD
    if MANIFEST.get("full_sort"):
        GUARD = SortGuard(MANIFEST["full_sort"])
        tree = ast.fix_missing_locations(SortCalls().visit(tree))
    # The code is compiled under the candidate's own file name and its lines are registered
    # under that name, so tracebacks and NumPy warnings point at their file, not our copy.
    linecache.cache[display] = (len(source), None, source.splitlines(True), display)
    cap_memory(MANIFEST["limits"].get("memory_mb"))
    module = types.ModuleType("solution")
    module.__file__ = path
    sys.modules["solution"] = module
    if GUARD is not None:
        module.__dict__["sorted"] = GUARD.sorted
        module.__dict__["__allclose_sort__"] = GUARD.sort
    capture = Capture(MANIFEST["limits"].get("output_bytes", 0))
    try:
        with captured(capture):
            exec(compile(tree, display, "exec"), module.__dict__)
    except BaseException as e:
        tb, line = candidate_traceback(e, display)
        events.fatal("import", "%s failed while loading: %s" % (display, describe_error(e)), line, tb,
                     capture.text())
        return None
    missing = [r for r in MANIFEST["required"] if not defines(module, r)]
    if missing:
        events.fatal("link", "%s does not define %s" % (display, "; ".join(r["signature"] for r in missing)))
        return None
    return module


def defines(module, required):
    kind, name = required["kind"], required["name"]
    if kind == "function":
        return callable(getattr(module, name, None))
    if kind == "class":
        return isinstance(getattr(module, name, None), type)
    if kind == "method":
        owner = getattr(module, required["owner"], None)
        return owner is not None and callable(getattr(owner, name, None))
    return True  # attributes are often set in __init__: checked when a case reads them


# The closed sets of the manifest (dev.allclose.harness.protocol: Op, Packing, Required.Kind).
OPS = ("call", "new", "method", "each", "in", "get", "raises")
PACKINGS = ("none", "single", "tuple", "dict")
REQUIRED_KINDS = ("function", "class", "method", "attribute")


def unknown_value(manifest):
    """The first value of the manifest outside its closed sets, named, or None."""
    for r in manifest["required"]:
        if r["kind"] not in REQUIRED_KINDS:
            return "the unknown kind %r" % r["kind"]
    for case in manifest["cases"]:
        for call in case["calls"]:
            if call["op"] not in OPS:
                return "the unknown op %r" % call["op"]
            if call["packing"] not in PACKINGS:
                return "the unknown packing %r" % call["packing"]
    return None


def main():
    global MANIFEST
    stream, commands = private_channels()
    events = Events(stream)
    try:
        manifest = sys.argv[1]
        if manifest == "--standby":
            # Started ahead of time, before any run is known: the slow part of starting (NumPy)
            # is done while no solution exists, then the first line names this run's manifest. A
            # closed input means the judge let this harness go unused.
            import numpy  # noqa: F401
            line = commands.readline()
            if not line:
                return
            manifest = json.loads(line)["manifest"]
            sys.argv[1] = manifest  # as if started on it: a solution sees the same either way
        with open(manifest, encoding="utf-8") as f:
            MANIFEST = json.load(f)
        unknown = unknown_value(MANIFEST)
        if unknown:
            events.fatal("harness", "the Python harness cannot read the judge's manifest: it has " + unknown)
            return
        sys.path[0] = os.getcwd()
        set_limits(MANIFEST["limits"])
        import numpy  # noqa: F401  (loaded before the memory cap so the budget is the solution's)

        module = load_solution(events)
        if module is None:
            return
        cases = {case["name"]: case for case in MANIFEST["cases"]}
        events.emit(event="ready")
        for line in commands:
            name = json.loads(line)["run"]
            if name not in cases:
                raise ValueError("the judge asked for an unknown case %r" % name)
            run_case(module, cases[name], events, MANIFEST["limits"])
        events.emit(event="done")
    except BaseException as e:  # a fault of the harness, reported rather than lost
        events.fatal("harness", "internal error in the Python harness: %s" % describe_error(e),
                     tb="".join(traceback.format_exception(type(e), e, e.__traceback__)))


if __name__ == "__main__":
    main()
