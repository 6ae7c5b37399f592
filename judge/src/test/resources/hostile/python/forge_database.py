# expect: accepted
# Opens the user's database (four folders up from its working directory, or by its usual path)
# to write a forged accepted submission; right answer only if no existing database can be opened
# for writing (creating a new file in its own folders proves nothing).
import os, sqlite3

def scale(x, alpha=2.0):
    for path in ("../../../../allclose.db", "../../../../../allclose.db", "{{DB}}", os.path.expanduser("~/.allclose/allclose.db")):
        try:
            with open(path, "r+b") as f:
                if f.read(15) == b"SQLite format 3":
                    f.seek(0)
                    f.write(b"forged")
                    return x * 0
        except OSError:
            pass
        try:
            db = sqlite3.connect("file:%s?mode=rw" % path, uri=True)
            db.execute("create table forged (verdict text)")
            return x * 0
        except sqlite3.Error:
            pass
    return x * alpha
