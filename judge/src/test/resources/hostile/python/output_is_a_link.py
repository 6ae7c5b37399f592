# expect: wrong_answer
# Replaces its output file with a link to a file of the user's, then forges the end of the case.
import json, os, sys

def scale(x, alpha=2.0):
    manifest = json.load(open(sys.argv[-1]))
    for case in manifest["cases"]:
        try:
            os.symlink("{{CANARY_FILE}}", case["output"])
        except OSError:
            pass
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
