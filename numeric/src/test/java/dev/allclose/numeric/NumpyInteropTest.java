package dev.allclose.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written by {@link Npz} must load in NumPy with the same values, dtypes and shapes. */
class NumpyInteropTest {

  @Test
  void numpyReadsWhatJavaWrites(@TempDir Path dir) throws Exception {
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    arrays.put("f8", NdArray.ofDoubles(new double[] {0.1, -2, Double.NaN, 1e300, 5, 6}, 2, 3));
    arrays.put("f4", NdArray.ofDoubles(DType.FLOAT32, new double[] {0.5}, 1));
    arrays.put("i8", NdArray.ofLongs(new long[] {-3, 1L << 50}, 2));
    arrays.put("i4", NdArray.ofLongs(DType.INT32, new long[] {7}, 1, 1));
    arrays.put("b", NdArray.ofBooleans(new boolean[] {true, false}, 2));
    arrays.put("s", NdArray.ofStrings(new String[] {"héllo", "😀"}, 2));
    arrays.put("scalar", NdArray.scalar(42L));
    Path file = dir.resolve("out.npz");
    Npz.write(arrays, file);

    String report =
        python(
            "import numpy as np, sys\n"
                + "d = np.load(sys.argv[1])\n"
                + "for k in d.files:\n"
                + "    a = d[k]\n"
                + "    print(k, a.dtype, a.shape, a.ravel().tolist())\n",
            file);

    assertThat(report.lines())
        .containsExactly(
            "f8 float64 (2, 3) [0.1, -2.0, nan, 1e+300, 5.0, 6.0]",
            "f4 float32 (1,) [0.5]",
            "i8 int64 (2,) [-3, 1125899906842624]",
            "i4 int32 (1, 1) [7]",
            "b bool (2,) [True, False]",
            "s <U5 (2,) ['héllo', '😀']",
            "scalar int64 () [42]");
  }

  private static String python(String script, Path arg) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("python3", "-c", script, arg.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }
}
