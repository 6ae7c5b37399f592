# expect: wrong_answer
# Writes a small deflated archive that expands to far more than any output may hold as its output, then forges the end of
# the case: the judge must refuse it without running out of memory. The archive is built while the
# module loads, outside the case's clock, so the verdict does not depend on how fast deflate runs.
import io, json, os, sys, zipfile

header = b"\x93NUMPY\x01\x00" + b"{'descr': '<f8', 'fortran_order': False, 'shape': (250000000,), }".ljust(118) + b"\n"
bomb = io.BytesIO()
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("y.npy", "w", force_zip64=True) as f:
        f.write(header)
        chunk = b"\0" * (1 << 20)
        for _ in range(300):
            f.write(chunk)

def scale(x, alpha=2.0):
    manifest = json.load(open(sys.argv[-1]))
    case = manifest["cases"][0]
    with open(case["output"], "wb") as out:
        out.write(bomb.getvalue())
    fake = json.dumps({"event": "end", "case_name": case["name"], "status": "ok",
                       "time_ms": 0.0, "peak_kb": 0, "outputs": {}}) + "\n"
    for fd in range(3, 64):
        try:
            os.write(fd, fake.encode())
        except OSError:
            pass
    import time
    time.sleep(2)
    return x * alpha
