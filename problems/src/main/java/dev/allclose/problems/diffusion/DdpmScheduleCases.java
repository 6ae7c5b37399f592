package dev.allclose.problems.diffusion;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.scalar;
import static dev.allclose.problems.Cases.text;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.diffusion.DdpmSchedule;
import dev.allclose.reference.diffusion.DdpmSchedule.Posterior;
import dev.allclose.reference.diffusion.DdpmSchedule.Schedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cases for problem 12, ddpm-schedule. Every case makes three calls: {@code ddpm_schedule}, then
 * {@code q_sample} on the reference's alphas_cumprod and {@code q_posterior} on the reference's x_t
 * and betas, so each entry point is judged on its own. Schedules of T = 1000 make a cumulative sum
 * in place of the product fail by orders of magnitude; t spans 0 and T - 1 with every schedule, so
 * a missing square root on either term of q_sample and a 1-based reading of t fail; cases where
 * every t is 0 fail a posterior that reads abar_{t-1} as alphas_cumprod[-1] (the last entry)
 * instead of 1; cosine cases with t = T - 1 fail a schedule without the 0.999 clip. T = 1 is
 * covered for both schedules, and two cases leave the defaulted arguments out.
 */
public final class DdpmScheduleCases implements CaseGenerator {
  private static final double BETA_START = 1e-4;
  private static final double BETA_END = 0.02;
  private static final List<String> SCHEDULE_ARGS =
      List.of("T", "schedule", "beta_start", "beta_end");

  /** One case's setup: the schedule and how many of its arguments the case passes. */
  private record Setup(int steps, String kind, double betaStart, double betaEnd, int given) {
    static Setup all(int steps, String kind, double betaStart, double betaEnd) {
      return new Setup(steps, kind, betaStart, betaEnd, 4);
    }
  }

  /** How the steps t of the N examples are chosen. */
  private interface Steps {
    long[] draw(Rng rng, int n, int steps);
  }

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        make(
            ctx,
            TestCase.sample("sample-1-linear"),
            "linear schedule, T = 10, t = 0, 3, 7, 9",
            Setup.all(10, "linear", BETA_START, BETA_END),
            4,
            3,
            fixed(0, 3, 7, 9)));
    cases.add(
        make(
            ctx,
            TestCase.sample("sample-2-cosine"),
            "cosine schedule, T = 20, t = 1, 10, 19",
            Setup.all(20, "cosine", BETA_START, BETA_END),
            3,
            2,
            fixed(1, 10, 19)));
    cases.addAll(longSchedules(ctx));
    cases.addAll(edgeSteps(ctx));
    return cases;
  }

  private static List<TestCase> longSchedules(GenerationContext ctx) {
    return List.of(
        make(
            ctx,
            TestCase.hidden("linear-1000-defaults"),
            "only T = 1000 given: linear from 1e-4 to 0.02; t includes 0 and 999",
            new Setup(1000, "linear", BETA_START, BETA_END, 1),
            8,
            4,
            withEnds()),
        make(
            ctx,
            TestCase.hidden("cosine-1000"),
            "cosine, T = 1000, beta bounds left to their defaults; t includes 0 and 999",
            new Setup(1000, "cosine", BETA_START, BETA_END, 2),
            8,
            4,
            withEnds()),
        make(
            ctx,
            TestCase.hidden("linear-1000-random-t"),
            "linear, T = 1000, 16 random steps",
            Setup.all(1000, "linear", BETA_START, BETA_END),
            16,
            8,
            DdpmScheduleCases::uniformSteps),
        make(
            ctx,
            TestCase.hidden("linear-custom-bounds"),
            "linear from 1e-3 to 0.05, T = 50",
            Setup.all(50, "linear", 1e-3, 0.05),
            6,
            3,
            withEnds()),
        make(
            ctx,
            TestCase.hidden("cosine-every-step"),
            "cosine, T = 200, a batch holding every step once in random order",
            Setup.all(200, "cosine", BETA_START, BETA_END),
            200,
            6,
            DdpmScheduleCases::permutation),
        make(
            ctx,
            TestCase.hidden("images-batch"),
            "linear, T = 1000, 64 flattened 32x32x3 images",
            Setup.all(1000, "linear", BETA_START, BETA_END),
            64,
            3072,
            DdpmScheduleCases::uniformSteps));
  }

  private static List<TestCase> edgeSteps(GenerationContext ctx) {
    return List.of(
        make(
            ctx,
            TestCase.hidden("all-t-zero"),
            "linear, T = 100, every t = 0: posterior mean x0, variance 0",
            Setup.all(100, "linear", BETA_START, BETA_END),
            5,
            4,
            (rng, n, steps) -> new long[n]),
        make(
            ctx,
            TestCase.hidden("all-t-zero-cosine"),
            "cosine, T = 100, every t = 0",
            Setup.all(100, "cosine", BETA_START, BETA_END),
            3,
            5,
            (rng, n, steps) -> new long[n]),
        make(
            ctx,
            TestCase.hidden("all-t-last-cosine"),
            "cosine, T = 100, every t = 99, where beta is clipped to 0.999",
            Setup.all(100, "cosine", BETA_START, BETA_END),
            4,
            3,
            (rng, n, steps) -> filled(n, steps - 1L)),
        make(
            ctx,
            TestCase.hidden("single-step-linear"),
            "T = 1, linear: betas = [beta_start]",
            Setup.all(1, "linear", 2e-3, 0.02),
            3,
            2,
            (rng, n, steps) -> new long[n]),
        make(
            ctx,
            TestCase.hidden("single-step-cosine"),
            "T = 1, cosine: betas = [0.999]",
            Setup.all(1, "cosine", BETA_START, BETA_END),
            2,
            3,
            (rng, n, steps) -> new long[n]),
        make(
            ctx,
            TestCase.hidden("short-cosine"),
            "cosine, T = 5, every step",
            Setup.all(5, "cosine", BETA_START, BETA_END),
            5,
            2,
            (rng, n, steps) -> fixed(4, 0, 2, 1, 3).draw(rng, n, steps)),
        make(
            ctx,
            TestCase.hidden("one-example"),
            "N = 1 at t = 1, linear, T = 20",
            Setup.all(20, "linear", BETA_START, BETA_END),
            1,
            7,
            fixed(1)));
  }

  private static TestCase make(
      GenerationContext ctx,
      TestCase.Builder builder,
      String description,
      Setup s,
      int n,
      int d,
      Steps stepsOf) {
    Rng rng = ctx.rng(builder.name());
    long[] t = stepsOf.draw(rng.fork("t"), n, s.steps());
    double[][] x0 = NestedArrays.toMatrix(rng.normal(1.0, n, d));
    double[][] noise = NestedArrays.toMatrix(rng.normal(1.0, n, d));
    Schedule schedule = DdpmSchedule.schedule(s.steps(), s.kind(), s.betaStart(), s.betaEnd());
    double[][] xt = DdpmSchedule.qSample(x0, t, noise, schedule.alphasCumprod());
    Posterior posterior = DdpmSchedule.qPosterior(x0, xt, t, schedule.betas());
    List<NdArray> scheduleValues =
        List.of(scalar(s.steps()), text(s.kind()), scalar(s.betaStart()), scalar(s.betaEnd()));
    builder.describe(description);
    for (int i = 0; i < s.given(); i++) {
      builder.input(SCHEDULE_ARGS.get(i), scheduleValues.get(i));
    }
    builder
        .input("x0", array(x0))
        .input("t", NdArray.ofLongs(t, n))
        .input("noise", array(noise))
        .input("ref_alphas_cumprod", array(schedule.alphasCumprod()))
        .input("ref_x_t", array(xt))
        .input("ref_betas", array(schedule.betas()))
        .call(
            CaseCall.call(
                "ddpm_schedule",
                SCHEDULE_ARGS.subList(0, s.given()),
                List.of("betas", "alphas_cumprod")))
        .call(
            CaseCall.call(
                "q_sample", List.of("x0", "t", "noise", "ref_alphas_cumprod"), List.of("x_t")))
        .call(
            CaseCall.call(
                "q_posterior",
                List.of("x0", "ref_x_t", "t", "ref_betas"),
                List.of("mean", "variance")));
    return builder
        .expect("betas", array(schedule.betas()))
        .expect("alphas_cumprod", array(schedule.alphasCumprod()))
        .expect("x_t", array(xt))
        .expect("mean", array(posterior.mean()))
        .expect("variance", array(posterior.variance()))
        .build();
  }

  private static Steps fixed(long... values) {
    return (rng, n, steps) -> values.clone();
  }

  /** The first step 0, the last T - 1, the others uniform on [0, T). */
  private static Steps withEnds() {
    return (rng, n, steps) -> {
      long[] t = uniformSteps(rng, n, steps);
      t[0] = 0;
      t[n - 1] = steps - 1L;
      return t;
    };
  }

  private static long[] uniformSteps(Rng rng, int n, int steps) {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = rng.nextInt(steps);
    }
    return t;
  }

  private static long[] permutation(Rng rng, int n, int steps) {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = i % steps;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      long tmp = t[i];
      t[i] = t[j];
      t[j] = tmp;
    }
    return t;
  }

  private static long[] filled(int n, long value) {
    long[] t = new long[n];
    Arrays.fill(t, value);
    return t;
  }
}
