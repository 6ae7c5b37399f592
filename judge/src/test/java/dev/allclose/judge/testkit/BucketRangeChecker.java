package dev.allclose.judge.testkit;

import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;
import dev.allclose.numeric.NdArray;

/** The test package {@code buckets}: every key in a bucket 0 <= b < n, one per key. */
public final class BucketRangeChecker implements Checker {
  @Override
  public CheckResult check(CheckContext context) {
    NdArray keys = context.input("keys");
    long n = context.input("n").getLong(0);
    NdArray bucket = context.result("bucket").orElse(null);
    if (bucket == null || bucket.size() != keys.size()) {
      return CheckResult.reject("expected one bucket per key");
    }
    for (int i = 0; i < bucket.size(); i++) {
      if (bucket.getLong(i) < 0 || bucket.getLong(i) >= n) {
        return CheckResult.reject("bucket " + bucket.getLong(i) + " is outside 0.." + (n - 1));
      }
    }
    return CheckResult.accept();
  }
}
