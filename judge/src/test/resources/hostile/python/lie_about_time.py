# expect: time_limit
# Replaces the clocks the harness could read, then takes 2.5 s per case (the limit is 1 s).
import time

_real_sleep = time.sleep
time.perf_counter = lambda: 0.0
time.monotonic = lambda: 0.0
time.time = lambda: 0.0
time.process_time = lambda: 0.0

def scale(x, alpha=2.0):
    _real_sleep(2.5)
    return x * alpha
