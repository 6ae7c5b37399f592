# expect: wrong_answer
# Writes a forged "case ended" event on every descriptor that could reach the judge, then keeps
# computing. The judge reads the case's output the moment it sees an end: there is none yet.
import json, os, time

def scale(x, alpha=2.0):
    fake = json.dumps({"event": "end", "case_name": "sample-1", "status": "ok", "time_ms": 0.0,
                       "peak_kb": 0, "stdout": "", "stdout_bytes": 0, "outputs": {}}) + "\n"
    for fd in range(0, 64):
        try:
            os.write(fd, fake.encode())
        except OSError:
            pass
    time.sleep(0.5)
    return x * alpha
