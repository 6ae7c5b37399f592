package dev.allclose.problems.variational;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.problem.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElboCheckerTest {

  @ParameterizedTest(name = "elbo={0} log_evidence={1} kl={2}")
  @CsvSource({
    "-6.0, -4.0, 2.0",
    "-4.0, -4.0, 0.0",
    "-4.0, -4.0, -1e-9",
    "-3740631.5, 19.0, 3740650.5",
    "-3740631.0, 19.0, 3740650.5",
    "329.537, 329.537, 1e-12"
  })
  void acceptsNumbersThatSatisfyTheIdentity(double elbo, double logEvidence, double kl) {
    assertThat(ElboChecker.propertyFailure(elbo, logEvidence, kl, Tolerance.DEFAULT)).isEmpty();
  }

  @ParameterizedTest(name = "elbo={0} log_evidence={1} kl={2}")
  @CsvSource({"-5.0, -4.0, 2.0", "-4.0, -4.0, 1e-3", "0.0, -4.0, 0.0"})
  void namesTheIdentityWhenItFails(double elbo, double logEvidence, double kl) {
    assertThat(ElboChecker.propertyFailure(elbo, logEvidence, kl, Tolerance.DEFAULT))
        .startsWith("the identity elbo = log_evidence - kl_to_posterior fails");
  }

  @ParameterizedTest(name = "kl={0}")
  @CsvSource({"-0.5", "-1e-6"})
  void rejectsANegativeKl(double kl) {
    assertThat(ElboChecker.propertyFailure(-4.0 - kl, -4.0, kl, Tolerance.DEFAULT))
        .contains("is negative");
  }
}
