"""Allclose's Python harness: runs one solution against the cases of a manifest.

The judge starts it as ``python3 -B harness.py MANIFEST`` in a scratch directory, waits for the
``ready`` event, then asks for one case at a time with a ``{"run": NAME}`` line on standard input
(it writes that case's input file just before). The harness answers with ``begin`` and ``end``
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
import sys
import time
import traceback
import types

MANIFEST = None
EVENTS = None
GUARD = None


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


class BannedNames(ast.NodeVisitor):
    """Finds uses of banned names, resolving import aliases.

    Patterns: ``numpy.sort`` (a module attribute, however imported or aliased; a module name
    bans everything under it), ``.sort`` (an attribute or method of that name on any object,
    which also covers ``getattr(x, "sort")``) and ``sorted`` (a builtin, unless the solution
    defines its own).
    """

    def __init__(self, patterns, tree):
        self.dotted = [p for p in patterns if "." in p and not p.startswith(".")]
        self.attrs = {p[1:] for p in patterns if p.startswith(".")}
        self.builtins = {p for p in patterns if "." not in p}
        self.aliases = {}
        self.hits = []
        self.defined = self._defined_names(tree)

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

    def _banned_path(self, path):
        for p in self.dotted:
            if path == p or path.startswith(p + "."):
                return p
        return None

    def _hit(self, node, name, how):
        self.hits.append((getattr(node, "lineno", 0), name, how))

    def visit_Import(self, node):
        for alias in node.names:
            banned = self._banned_path(alias.name)
            if banned:
                self._hit(node, banned, "import " + alias.name)
            if alias.asname:
                self.aliases[alias.asname] = alias.name
            else:
                head = alias.name.split(".")[0]
                self.aliases[head] = head

    def visit_ImportFrom(self, node):
        if not node.module or node.level:
            return
        for alias in node.names:
            if alias.name == "*":
                for p in self.dotted:
                    if p.startswith(node.module + "."):
                        self._hit(node, p, "from %s import *" % node.module)
                continue
            full = node.module + "." + alias.name
            banned = self._banned_path(full)
            if banned:
                self._hit(node, banned, "from %s import %s" % (node.module, alias.name))
            self.aliases[alias.asname or alias.name] = full

    def _resolve(self, node):
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name) and node.id in self.aliases:
            return ".".join([self.aliases[node.id]] + parts[::-1])
        return None

    def visit_Attribute(self, node):
        path = self._resolve(node)
        banned = path and self._banned_path(path)
        if banned:
            self._hit(node, banned, path)
        elif node.attr in self.attrs:
            self._hit(node, "." + node.attr, "." + node.attr)
        if not banned:
            self.generic_visit(node)

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            if node.id in self.builtins and node.id not in self.defined:
                self._hit(node, node.id, node.id)
            elif node.id in self.aliases:
                banned = self._banned_path(self.aliases[node.id])
                if banned and banned != self.aliases[node.id].split(".")[0]:
                    self._hit(node, banned, node.id)

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Name) and func.id in ("getattr", "hasattr") and len(node.args) >= 2:
            name = node.args[1]
            if isinstance(name, ast.Constant) and name.value in self.attrs:
                self._hit(node, "." + name.value, 'getattr(..., "%s")' % name.value)
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
    ndarray.sort() always (a NumPy sort routine)."""

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
        if isinstance(obj, sys.modules["numpy"].ndarray):
            raise BannedAtRuntime("ndarray.sort() is a NumPy sort routine")
        if isinstance(obj, list):
            self.check(len(obj), "list.sort()")
        return obj.sort(*args, **kwargs)


class SortCalls(ast.NodeTransformer):
    """Rewrites x.sort(...) as __allclose_sort__(x, ...) so the guard sees what is sorted."""

    def visit_Call(self, node):
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "sort":
            call = ast.Call(func=ast.Name(id="__allclose_sort__", ctx=ast.Load()),
                            args=[func.value] + node.args, keywords=node.keywords)
            return ast.copy_location(call, node)
        return node


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
    if type_.startswith("list[tuple["):
        return [tuple(row) for row in array.tolist()]
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
    if base.startswith("tuple[int"):
        return np.int64
    return {"float64": np.float64, "float32": np.float32, "int64": np.int64, "int32": np.int32,
            "bool": np.bool_, "str": np.str_, "int": np.int64, "float": np.float64}.get(base, np.float64)


SCORED_SEQUENCES = "list[tuple[list[int],float]]"


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
    raise ValueError("unknown op " + op)


def run_case(module, case, events, limits):
    np = sys.modules["numpy"]
    events.emit(event="begin", case_name=case["name"])
    with np.load(case["input"], allow_pickle=False) as data:
        inputs = {k: data[k] for k in data.files}
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
    np.savez(case["output"], **arrays)
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


def main():
    global MANIFEST
    stream, commands = private_channels()
    events = Events(stream)
    try:
        with open(sys.argv[1], encoding="utf-8") as f:
            MANIFEST = json.load(f)
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
