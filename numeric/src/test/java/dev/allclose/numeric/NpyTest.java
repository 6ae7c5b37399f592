package dev.allclose.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpyTest {

  static Path fixture(String name) {
    try {
      return Path.of(NpyTest.class.getResource("/npy/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsFloat64InCOrder() throws IOException {
    NdArray a = Npy.read(fixture("f8.npy"));
    assertThat(a.dtype()).isEqualTo(DType.FLOAT64);
    assertThat(a.shape()).containsExactly(2, 3);
    assertThat(a.toDoubleArray()).containsExactly(0, 0.25, 0.5, 0.75, 1.0, 1.25);
  }

  @Test
  void readsFloat32WithInfinityAndNaN() throws IOException {
    NdArray a = Npy.read(fixture("f4.npy"));
    assertThat(a.dtype()).isEqualTo(DType.FLOAT32);
    assertThat(a.getDouble(0)).isEqualTo(1.5);
    assertThat(a.getDouble(2)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(a.getDouble(3)).isNaN();
  }

  @Test
  void readsIntegersOfEveryWidth() throws IOException {
    assertThat(Npy.read(fixture("i8.npy")).toLongArray()).containsExactly(1, -2, 3, 1L << 40);
    assertThat(Npy.read(fixture("i4.npy")).dtype()).isEqualTo(DType.INT32);
    assertThat(Npy.read(fixture("i4.npy")).toLongArray()).containsExactly(7, -8, 9);
    assertThat(Npy.read(fixture("u1.npy")).toLongArray()).containsExactly(0, 200, 255);
  }

  @Test
  void readsBooleansAndUnicode() throws IOException {
    assertThat(Npy.read(fixture("bool.npy")).toBooleanArray()).containsExactly(true, false, true);
    assertThat(Npy.read(fixture("unicode.npy")).toStringArray())
        .containsExactly("a", "héllo", "😀x", "");
  }

  @Test
  void readsRankZeroScalars() throws IOException {
    NdArray f = Npy.read(fixture("scalar_f8.npy"));
    assertThat(f.rank()).isZero();
    assertThat(f.getDouble(0)).isEqualTo(3.25);
    assertThat(Npy.read(fixture("scalar_i8.npy")).getLong(0)).isEqualTo(42);
    assertThat(Npy.read(fixture("scalar_str.npy")).getString(0)).isEqualTo("linear");
  }

  @Test
  void readsBigEndianAndEmptyArrays() throws IOException {
    assertThat(Npy.read(fixture("big_endian.npy")).toDoubleArray()).containsExactly(1.0, 2.0);
    NdArray empty = Npy.read(fixture("empty.npy"));
    assertThat(empty.shape()).containsExactly(0, 3);
    assertThat(empty.size()).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fortran.npy   | Fortran-ordered arrays are not supported",
        "object.npy    | object arrays need pickle",
        "complex.npy   | complex numbers are not supported",
        "not_npy.npy   | not a .npy file",
        "truncated.npy | truncated"
      })
  void refusesUnsupportedFilesWithAClearMessage(String file, String message) {
    assertThatThrownBy(() -> Npy.read(fixture(file)))
        .isInstanceOf(NpyFormatException.class)
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void roundTripsEveryDtype() throws IOException {
    NdArray[] arrays = {
      NdArray.ofDoubles(new double[] {1, -0.0, Double.NaN, Double.NEGATIVE_INFINITY}, 2, 2),
      NdArray.ofDoubles(DType.FLOAT32, new double[] {0.5f, 3}, 2),
      NdArray.ofLongs(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, 2, 1),
      NdArray.ofLongs(DType.INT32, new long[] {-1, 5, 6}, 3),
      NdArray.ofBooleans(new boolean[] {true, false}, 2),
      NdArray.ofStrings(new String[] {"ab", "", "é😀"}, 3),
      NdArray.scalar(2.5),
      NdArray.scalar("x"),
      NdArray.ofDoubles(new double[0], 0, 4)
    };
    for (NdArray a : arrays) {
      assertThat(Npy.read(new ByteArrayInputStream(Npy.toBytes(a)))).isEqualTo(a);
    }
  }

  @Test
  void headerIsPaddedToSixtyFourBytes() {
    byte[] bytes = Npy.toBytes(NdArray.scalar(1.0));
    assertThat((bytes.length - 8) % 64).isZero();
  }

  @Test
  void npzKeepsEntryOrderAndReadsCompressedArchives() throws IOException {
    Map<String, NdArray> pair = Npz.read(fixture("pair.npz"));
    assertThat(pair).containsOnlyKeys("a", "b");
    assertThat(pair.get("a").toDoubleArray()).containsExactly(1, 0, 0, 1);
    Map<String, NdArray> compressed = Npz.read(fixture("compressed.npz"));
    assertThat(compressed.keySet()).containsExactly("a", "n");
    assertThat(compressed.get("n").getLong(0)).isEqualTo(3);
  }

  @Test
  void npzRefusesAFileThatIsNotAZipArchive() {
    assertThatThrownBy(() -> Npz.read(fixture("not_npy.npy")))
        .isInstanceOf(NpyFormatException.class)
        .hasMessageContaining("not a valid .npz");
  }
}
