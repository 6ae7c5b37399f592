package dev.allclose.judge.run;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seccomp program a sandboxed run is confined by: a classic BPF filter over {@code struct
 * seccomp_data} that bubblewrap loads with {@code --seccomp FD} just before it starts the harness.
 *
 * <p>It allows everything a Python or Java program computing on arrays needs and refuses, with
 * {@code EPERM}, what a solution could use to reach past the sandbox: other processes' memory
 * ({@code ptrace}, {@code process_vm_*}), file-system and namespace changes ({@code mount} and the
 * new mount API, {@code unshare}, {@code setns}, namespace flags to {@code clone}), kernel
 * interfaces with a history of escapes ({@code bpf}, {@code perf_event_open}, {@code io_uring},
 * {@code userfaultfd}, {@code keyctl}) and the administrator's calls (modules, reboot, clocks).
 * {@code socket} is allowed only for {@code AF_UNIX} (others fail with {@code EAFNOSUPPORT}); the
 * network namespace already has no interfaces, this also shuts the raw and netlink families. {@code
 * clone3} answers {@code ENOSYS}: its flags live in memory a filter cannot read, and C libraries
 * fall back to {@code clone}, whose flags it can. A program of another architecture (a 32-bit or
 * x32 call on x86-64) is killed.
 *
 * <p>Layout (seccomp(2), linux/filter.h): {@code struct sock_filter {u16 code; u8 jt; u8 jf; u32
 * k}} in native byte order; {@code seccomp_data} holds {@code nr} at offset 0, {@code arch} at 4
 * and the arguments from 16, 8 bytes each. Each refused call costs two instructions (compare, then
 * return), so no jump is longer than a few instructions. Syscall numbers come from the kernel's
 * {@code asm/unistd_64.h} (x86-64) and {@code asm-generic/unistd.h} (aarch64); a test compares them
 * with the headers where they are installed.
 */
public final class SeccompFilter {
  private static final int LD_W_ABS = 0x20;
  private static final int JEQ = 0x15;
  private static final int JGE = 0x35;
  private static final int JSET = 0x45;
  private static final int RET = 0x06;

  private static final int RET_ALLOW = 0x7fff_0000;
  private static final int RET_ERRNO = 0x0005_0000;
  private static final int RET_KILL_PROCESS = 0x8000_0000;
  private static final int EPERM = 1;
  private static final int ENOSYS = 38;
  private static final int EAFNOSUPPORT = 97;
  private static final int AF_UNIX = 1;
  private static final int X32_SYSCALL_BIT = 0x4000_0000;

  /** CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET. */
  private static final int CLONE_NEW_NAMESPACES = 0x7E02_0000;

  private static final int OFFSET_NR = 0;
  private static final int OFFSET_ARCH = 4;
  private static final int OFFSET_ARG0_LOW = 16;

  /** An architecture the filter knows: its audit id and the number of each system call. */
  public enum Arch {
    X86_64(0xC000_003E),
    AARCH64(0xC000_00B7);

    private final int auditArch;

    Arch(int auditArch) {
      this.auditArch = auditArch;
    }

    /** The architecture this JVM runs on, if the filter knows it. */
    public static Optional<Arch> current() {
      return switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
        case "amd64", "x86_64" -> Optional.of(X86_64);
        case "aarch64", "arm64" -> Optional.of(AARCH64);
        default -> Optional.empty();
      };
    }

    /** The call's number here, or -1 where the architecture does not have it. */
    public int number(Syscall call) {
      return this == X86_64 ? call.x86_64 : call.aarch64;
    }
  }

  /** The system calls the filter looks at, with their numbers on x86-64 and aarch64. */
  public enum Syscall {
    SOCKET(41, 198),
    CLONE(56, 220),
    CLONE3(435, 435),
    PTRACE(101, 117),
    PROCESS_VM_READV(310, 270),
    PROCESS_VM_WRITEV(311, 271),
    MOUNT(165, 40),
    UMOUNT2(166, 39),
    PIVOT_ROOT(155, 41),
    CHROOT(161, 51),
    MOVE_MOUNT(429, 429),
    OPEN_TREE(428, 428),
    FSOPEN(430, 430),
    FSCONFIG(431, 431),
    FSMOUNT(432, 432),
    FSPICK(433, 433),
    MOUNT_SETATTR(442, 442),
    BPF(321, 280),
    PERF_EVENT_OPEN(298, 241),
    USERFAULTFD(323, 282),
    IO_URING_SETUP(425, 425),
    IO_URING_ENTER(426, 426),
    IO_URING_REGISTER(427, 427),
    KEYCTL(250, 219),
    ADD_KEY(248, 217),
    REQUEST_KEY(249, 218),
    UNSHARE(272, 97),
    SETNS(308, 268),
    KEXEC_LOAD(246, 104),
    KEXEC_FILE_LOAD(320, 294),
    INIT_MODULE(175, 105),
    FINIT_MODULE(313, 273),
    DELETE_MODULE(176, 106),
    REBOOT(169, 142),
    SWAPON(167, 224),
    SWAPOFF(168, 225),
    ACCT(163, 89),
    SYSLOG(103, 116),
    QUOTACTL(179, 60),
    OPEN_BY_HANDLE_AT(304, 265),
    NAME_TO_HANDLE_AT(303, 264),
    SETTIMEOFDAY(164, 170),
    CLOCK_SETTIME(227, 112),
    CLOCK_ADJTIME(305, 266),
    ADJTIMEX(159, 171),
    SETHOSTNAME(170, 161),
    SETDOMAINNAME(171, 162),
    FANOTIFY_INIT(300, 262),
    VHANGUP(153, 58),
    IOPL(172, -1),
    IOPERM(173, -1),
    USELIB(134, -1);

    private final int x86_64;
    private final int aarch64;

    Syscall(int x86_64, int aarch64) {
      this.x86_64 = x86_64;
      this.aarch64 = aarch64;
    }

    /** The name the kernel headers use ({@code __NR_<name>}). */
    public String kernelName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private SeccompFilter() {}

  /** The calls refused with {@code EPERM} outright (socket, clone and clone3 have rules). */
  public static List<Syscall> refused() {
    return List.of(Syscall.values()).stream()
        .filter(s -> s != Syscall.SOCKET && s != Syscall.CLONE && s != Syscall.CLONE3)
        .toList();
  }

  /** The compiled program for {@code arch}, as bubblewrap reads it from a file descriptor. */
  public static byte[] program(Arch arch) {
    List<int[]> p = new ArrayList<>();
    p.add(insn(LD_W_ABS, 0, 0, OFFSET_ARCH));
    p.add(insn(JEQ, 1, 0, arch.auditArch));
    p.add(insn(RET, 0, 0, RET_KILL_PROCESS));
    p.add(insn(LD_W_ABS, 0, 0, OFFSET_NR));
    if (arch == Arch.X86_64) {
      p.add(insn(JGE, 0, 1, X32_SYSCALL_BIT));
      p.add(insn(RET, 0, 0, RET_KILL_PROCESS));
    }
    for (Syscall call : refused()) {
      int nr = arch.number(call);
      if (nr >= 0) {
        p.add(insn(JEQ, 0, 1, nr));
        p.add(insn(RET, 0, 0, RET_ERRNO | EPERM));
      }
    }
    p.add(insn(JEQ, 0, 1, arch.number(Syscall.CLONE3)));
    p.add(insn(RET, 0, 0, RET_ERRNO | ENOSYS));
    // clone: refused when it asks for a new namespace
    p.add(insn(JEQ, 0, 4, arch.number(Syscall.CLONE)));
    p.add(insn(LD_W_ABS, 0, 0, OFFSET_ARG0_LOW));
    p.add(insn(JSET, 0, 1, CLONE_NEW_NAMESPACES));
    p.add(insn(RET, 0, 0, RET_ERRNO | EPERM));
    p.add(insn(RET, 0, 0, RET_ALLOW));
    // socket: only AF_UNIX (the accumulator still holds the call's number here)
    p.add(insn(JEQ, 0, 4, arch.number(Syscall.SOCKET)));
    p.add(insn(LD_W_ABS, 0, 0, OFFSET_ARG0_LOW));
    p.add(insn(JEQ, 0, 1, AF_UNIX));
    p.add(insn(RET, 0, 0, RET_ALLOW));
    p.add(insn(RET, 0, 0, RET_ERRNO | EAFNOSUPPORT));
    p.add(insn(RET, 0, 0, RET_ALLOW));
    return encode(p);
  }

  private static int[] insn(int code, int jt, int jf, int k) {
    return new int[] {code, jt, jf, k};
  }

  private static byte[] encode(List<int[]> program) {
    ByteBuffer b = ByteBuffer.allocate(program.size() * 8).order(ByteOrder.nativeOrder());
    for (int[] i : program) {
      b.putShort((short) i[0]).put((byte) i[1]).put((byte) i[2]).putInt(i[3]);
    }
    return b.array();
  }
}
