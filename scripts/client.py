"""Runs one allclose command line in this user's background process (the launcher's fast path).

The same client as dev.allclose.client.Client, in Python because a Python interpreter starts in
about 15 ms where a JVM takes 80: the launcher runs it with `python3 -I -S` (no site packages, no
current folder on the import path) when the system has a real interpreter rather than a version
manager's shim. It finds the process by the rendezvous of dev.allclose.client.Rendezvous (same
folder checks, same name), sends the command line with this process's environment, working folder
and terminal, relays the command's output and its reads of standard input, and exits with its
status. Exit status 100, with nothing printed, means no process could take the command: the
launcher then runs it in a fresh JVM. The framing is dev.allclose.client.Frames.

Usage: client.py --jar JAR -- ARGS...
"""

import os
import signal
import socket
import stat
import struct
import sys

UNAVAILABLE = 100
INTERNAL = 3
VERSION = 1

# Frame types (dev.allclose.client.Frames)
REQUEST, STDIN = b"R", b"D"
STDOUT, STDERR, READ, EXIT, REFUSED = b"O", b"E", b"I", b"X", b"S"

# What decides how a command behaves in the background process (Rendezvous.VARIABLES, PREFIXES)
VARIABLES = {
    "PATH", "HOME", "TMPDIR", "TZ", "LANG", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "LC_TIME",
    "VIRTUAL_ENV", "CONDA_PREFIX", "JAVA_HOME",
}
PREFIXES = ("ALLCLOSE_", "PYTHON", "PYENV")


def fnv1a(data):
    """64-bit FNV-1a, as Rendezvous.fnv1a."""
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def socket_path(env, jar):
    """The rendezvous socket, or None when its folder is not private to this user."""
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime.startswith("/") and os.path.isdir(runtime):
        folder = os.path.join(runtime, "allclose")
    else:
        folder = "/tmp/allclose-%d" % os.getuid()
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    if (not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid()
            or stat.S_IMODE(info.st_mode) != 0o700):
        return None
    relevant = sorted(k for k in env if k in VARIABLES or k.startswith(PREFIXES))
    identity = os.path.realpath(jar) + "\0" + "".join("%s=%s\0" % (k, env[k]) for k in relevant)
    name = "%016x" % fnv1a(identity.encode("utf-8", "surrogateescape"))
    return os.path.join(folder, name + ".sock")


def text(value):
    data = value.encode("utf-8", "surrogateescape")
    return struct.pack(">i", len(data)) + data


def request(arguments, env):
    """The RUN request (Request.encode)."""
    parts = [struct.pack(">i", VERSION), text("RUN"), struct.pack(">i", len(arguments))]
    parts += [text(a) for a in arguments]
    parts += [text(os.getcwd()), b"\1" if os.isatty(1) else b"\0", text(charset())]
    parts.append(struct.pack(">i", len(env)))
    for key, value in env.items():
        parts += [text(key), text(value)]
    return b"".join(parts)


def charset():
    """The encoding a fresh JVM would write to this standard output in (the locale's)."""
    import locale
    try:
        locale.setlocale(locale.LC_CTYPE, "")
        return locale.nl_langinfo(locale.CODESET) or "UTF-8"
    except (locale.Error, AttributeError):
        return "UTF-8"


def send(conn, kind, payload):
    conn.sendall(kind + struct.pack(">I", len(payload)) + payload)


def receive_exactly(conn, n):
    chunks = []
    while n > 0:
        chunk = conn.recv(min(n, 1 << 16))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def write_all(fd, data):
    try:
        while data:
            data = data[os.write(fd, data):]
    except BrokenPipeError:
        pass  # as the JVM does: a reader that left (| head) ends nothing


def read_some(limit):
    try:
        return os.read(0, max(1, min(limit, 1 << 16)))
    except OSError:
        return b""


def converse(conn, payload):
    send(conn, REQUEST, payload)
    while True:
        header = receive_exactly(conn, 5)
        kind, length = header[:1], struct.unpack(">I", header[1:])[0]
        body = receive_exactly(conn, length)
        if kind == STDOUT:
            write_all(1, body)
        elif kind == STDERR:
            write_all(2, body)
        elif kind == READ:
            send(conn, STDIN, read_some(struct.unpack(">i", body)[0]))
        elif kind == EXIT:
            return struct.unpack(">i", body)[0]
        elif kind == REFUSED:
            return UNAVAILABLE
        else:
            raise OSError("unknown frame %r" % kind)


def main(argv):
    if len(argv) < 4 or argv[1] != "--jar" or argv[3] != "--":
        sys.stderr.write("usage: client.py --jar JAR -- ARGS...\n")
        return 2
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the client as it ends a JVM
    env = dict(os.environ)
    try:
        path = socket_path(env, argv[2])
        if path is None:
            return UNAVAILABLE
        payload = request(argv[4:], env)
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(path)
    except OSError:
        return UNAVAILABLE
    with conn:
        try:
            return converse(conn, payload)
        except (EOFError, OSError) as e:
            why = "the background process stopped during the command" if isinstance(
                e, EOFError) else "lost the background process: %s" % e
            write_all(2, ("allclose: %s (run it again; ALLCLOSE_DAEMON=off runs every command"
                          " on its own)\n" % why).encode())
            return INTERNAL


if __name__ == "__main__":
    sys.exit(main(sys.argv))
