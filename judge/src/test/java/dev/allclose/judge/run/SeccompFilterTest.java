package dev.allclose.judge.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The filter's tables against the kernel's own headers (where installed), and the shape of the
 * compiled program. What the filter does to a running solution is tested for real by the hostile
 * corpus (sockets, ptrace, unshare, mount).
 */
class SeccompFilterTest {
  private static final Map<SeccompFilter.Arch, Path> HEADERS =
      Map.of(
          SeccompFilter.Arch.X86_64, Path.of("/usr/include/x86_64-linux-gnu/asm/unistd_64.h"),
          SeccompFilter.Arch.AARCH64, Path.of("/usr/include/asm-generic/unistd.h"));

  @ParameterizedTest
  @EnumSource(SeccompFilter.Arch.class)
  void syscallNumbersAreTheKernelsOwn(SeccompFilter.Arch arch) throws IOException {
    Path header = HEADERS.get(arch);
    assumeTrue(Files.exists(header), "no kernel headers for " + arch + " here");
    Map<String, Integer> defined = new HashMap<>();
    Matcher m =
        Pattern.compile("#define __NR(?:3264)?_(\\w+)\\s+(\\d+)").matcher(Files.readString(header));
    while (m.find()) {
      defined.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    for (SeccompFilter.Syscall call : SeccompFilter.Syscall.values()) {
      int number = arch.number(call);
      if (number < 0) {
        assertThat(defined).as(call + " on " + arch).doesNotContainKey(call.kernelName());
      } else {
        assertThat(defined.get(call.kernelName())).as(call + " on " + arch).isEqualTo(number);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SeccompFilter.Arch.class)
  void theProgramChecksTheArchitectureFirstAndEndsByAllowing(SeccompFilter.Arch arch) {
    ByteBuffer b = ByteBuffer.wrap(SeccompFilter.program(arch)).order(ByteOrder.nativeOrder());
    assertThat(b.remaining() % 8).isZero();
    int instructions = b.remaining() / 8;
    assertThat(instructions).isLessThan(4096); // the kernel's BPF_MAXINSNS
    // first: load seccomp_data.arch (offset 4)
    assertThat(b.getShort(0)).isEqualTo((short) 0x20);
    assertThat(b.getInt(4)).isEqualTo(4);
    // last: return SECCOMP_RET_ALLOW
    int last = (instructions - 1) * 8;
    assertThat(b.getShort(last)).isEqualTo((short) 0x06);
    assertThat(b.getInt(last + 4)).isEqualTo(0x7fff_0000);
  }
}
