package dev.allclose.judge.run;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most a given number of bytes and fails past them: a file a solution may still be growing
 * is read no further than the judge allows.
 */
final class BoundedStream extends FilterInputStream {
  private final long max;
  private long read;

  BoundedStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    count(Math.max(0, n));
    return n;
  }

  private void count(int n) throws IOException {
    read += n;
    if (read > max) {
      throw new IOException("the output file grew past " + (max >> 20) + " MiB while it was read");
    }
  }
}
