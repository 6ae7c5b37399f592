package dev.allclose.numeric;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes NumPy {@code .npz} archives: a zip file with one {@code <name>.npy} entry per
 * array, as written by {@code np.savez} (stored) or {@code np.savez_compressed} (deflated). Entries
 * keep their order. Written archives use stored entries, as {@code np.savez} does.
 */
public final class Npz {
  private static final String SUFFIX = ".npy";

  private Npz() {}

  public static SequencedMap<String, NdArray> read(Path file) throws IOException {
    SequencedMap<String, NdArray> arrays = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          arrays.put(arrayName(e), readEntry(e, in));
        }
      }
    } catch (ZipException e) {
      throw new NpyFormatException(file.getFileName() + ": not a valid .npz (zip) archive");
    } catch (NpyFormatException e) {
      throw new NpyFormatException(file.getFileName() + ": " + e.getMessage());
    }
    return arrays;
  }

  public static SequencedMap<String, NdArray> read(InputStream in) throws IOException {
    return read(in, Long.MAX_VALUE);
  }

  /**
   * Reads an archive from an untrusted source: at most {@code maxBytes} of array data in all,
   * counted after decompression, so a small deflated archive cannot expand into gigabytes.
   */
  public static SequencedMap<String, NdArray> read(InputStream in, long maxBytes)
      throws IOException {
    SequencedMap<String, NdArray> arrays = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      InputStream bounded = new BoundedInput(zip, maxBytes);
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        arrays.put(arrayName(e), readEntry(e, bounded));
      }
    } catch (ZipException e) {
      throw new NpyFormatException("not a valid .npz (zip) archive: " + e.getMessage());
    }
    return arrays;
  }

  /** Counts what is read through it, across entries, and refuses to go past a limit. */
  private static final class BoundedInput extends java.io.FilterInputStream {
    private final long max;
    private long read;

    BoundedInput(InputStream in, long max) {
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

    @Override
    public void close() {
      // the zip stream is closed by its owner
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        throw new NpyFormatException("the archive holds more than " + max + " bytes of arrays");
      }
    }
  }

  private static String arrayName(ZipEntry e) {
    String name = e.getName();
    if (!name.endsWith(SUFFIX)) {
      throw new NpyFormatException("entry '" + name + "' is not a .npy array");
    }
    return name.substring(0, name.length() - SUFFIX.length());
  }

  private static NdArray readEntry(ZipEntry e, InputStream in) throws IOException {
    try {
      return Npy.read(in);
    } catch (NpyFormatException bad) {
      throw new NpyFormatException("entry '" + e.getName() + "': " + bad.getMessage());
    }
  }

  public static void write(Map<String, NdArray> arrays, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(arrays, out);
    }
  }

  public static void write(Map<String, NdArray> arrays, OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, NdArray> e : arrays.entrySet()) {
        byte[] bytes = Npy.toBytes(e.getValue());
        ZipEntry entry = new ZipEntry(e.getKey() + SUFFIX);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
      }
    }
  }
}
