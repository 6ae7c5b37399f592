package dev.allclose.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.allclose.harness.protocol.Event;
import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.harness.protocol.Manifest;
import dev.allclose.harness.protocol.Manifest.Arg;
import dev.allclose.harness.protocol.Manifest.Call;
import dev.allclose.harness.protocol.Manifest.CaseSpec;
import dev.allclose.harness.protocol.Manifest.Required;
import dev.allclose.harness.protocol.Op;
import dev.allclose.harness.protocol.Packing;
import dev.allclose.harness.protocol.Protocol;
import dev.allclose.harness.protocol.RunCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Npz;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs a compiled Java solution against the cases of a manifest, in this one JVM, one case each
 * time the judge asks for it on standard input ({@link RunCase}). The judge starts it as {@code
 * java -Xmx<limit> -cp <harness>:<solution classes> dev.allclose.harness.JavaHarness manifest.json}
 * and reads the {@link Event}s it writes on standard output; see the Python harness for the same
 * protocol on the other side.
 *
 * <p>Heap is capped by the judge's {@code -Xmx}; an {@link OutOfMemoryError} in a case becomes
 * status {@code memory}. Printing goes to a {@link BoundedOutput}. Exceptions are reported with the
 * solution's frames only ({@link JavaTraceback}).
 */
public final class JavaHarness {
  private final Manifest manifest;
  private final EventWriter events;
  private final Targets targets;
  private final JavaTraceback traceback;

  private JavaHarness(Manifest manifest, EventWriter events) {
    this.manifest = manifest;
    this.events = events;
    this.targets = new Targets(JavaHarness.class.getClassLoader());
    this.traceback = new JavaTraceback(manifest.solution(), manifest.displayName());
  }

  /**
   * Runs the harness: {@code args[0]} is the manifest. Events go to the original standard output,
   * which is kept aside before any of the solution's code runs; the solution's own prints are
   * captured per case, and its standard input is empty.
   */
  public static void main(String[] args) throws Exception {
    EventWriter events = new EventWriter(new FileOutputStream(FileDescriptor.out));
    BufferedReader commands =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.setIn(InputStream.nullInputStream());
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    try {
      new JavaHarness(readManifest(Path.of(args[0])), events).run(commands);
    } catch (ProtocolException e) {
      events.emit(
          new Event.Fatal(Event.Phase.HARNESS, String.valueOf(e.getMessage()), 0, null, null));
    } catch (Throwable t) { // a fault of the harness, reported rather than lost
      events.emit(
          new Event.Fatal(
              Event.Phase.HARNESS,
              "internal error in the Java harness: " + t,
              0,
              stackTrace(t),
              null));
    }
  }

  /** A request of the judge's that this harness cannot follow. */
  private static final class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    ProtocolException(String message) {
      super(message);
    }
  }

  private static Manifest readManifest(Path file) throws IOException, ProtocolException {
    try {
      return Protocol.mapper().readValue(file.toFile(), Manifest.class);
    } catch (JsonProcessingException e) {
      throw new ProtocolException(
          "the Java harness cannot read the judge's manifest: it has "
              + Protocol.unknownValue(e).orElse("an error (" + e.getOriginalMessage() + ")"));
    }
  }

  private static String requestedCase(String line) throws ProtocolException {
    try {
      return Protocol.mapper().readValue(line, RunCase.class).run();
    } catch (JsonProcessingException e) {
      throw new ProtocolException("the Java harness got a request it cannot read: " + line);
    }
  }

  /** Links the solution, then runs each case the judge names, until its input closes. */
  private void run(BufferedReader commands) throws Exception {
    List<Required> missing = targets.missing(manifest.required());
    if (!missing.isEmpty()) {
      String wanted = missing.stream().map(Required::signature).collect(Collectors.joining("; "));
      events.emit(
          new Event.Fatal(
              Event.Phase.LINK,
              manifest.displayName() + " does not define " + wanted,
              0,
              null,
              null));
      return;
    }
    Map<String, CaseSpec> byName = new LinkedHashMap<>();
    manifest.cases().forEach(c -> byName.put(c.name(), c));
    events.emit(new Event.Ready());
    for (String line = commands.readLine(); line != null; line = commands.readLine()) {
      String name = requestedCase(line);
      CaseSpec spec = byName.get(name);
      if (spec == null) {
        throw new ProtocolException("the judge asked for the unknown case '" + name + "'");
      }
      runCase(spec);
    }
    events.emit(new Event.Done());
  }

  private static final class CaseState {
    @Nullable Object obj;
    long nanos;
  }

  private void runCase(CaseSpec spec) throws Exception {
    events.emit(new Event.Begin(spec.name()));
    Map<String, NdArray> inputs = Npz.read(Path.of(spec.input()));
    BoundedOutput output = new BoundedOutput(manifest.limits().outputBytes());
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    CaseState state = new CaseState();
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    Map<String, OutputInfo> infos = new LinkedHashMap<>();
    Event.Status status = Event.Status.OK;
    String error = null;
    String trace = null;
    PrintStream captured = output.printStream();
    System.setOut(captured);
    System.setErr(captured);
    try {
      for (Call call : spec.calls()) {
        Object returned = invoke(call, inputs, state);
        unpack(call, returned, values, infos);
      }
    } catch (BoundedOutput.LimitExceeded e) {
      status = Event.Status.OUTPUT;
    } catch (OutOfMemoryError e) {
      status = Event.Status.MEMORY;
      error = e.toString();
    } catch (Throwable t) {
      Throwable cause =
          t instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : t;
      if (cause instanceof BoundedOutput.LimitExceeded) {
        status = Event.Status.OUTPUT;
      } else if (cause instanceof OutOfMemoryError) {
        status = Event.Status.MEMORY;
        error = cause.toString();
      } else {
        status = Event.Status.ERROR;
        error = cause.toString();
        trace = traceback.format(cause);
      }
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    if (output.exceeded()) {
      status = Event.Status.OUTPUT;
    }
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    if (status == Event.Status.OK) {
      storeResults(spec, values, infos, arrays);
    }
    Npz.write(arrays, Path.of(spec.output()));
    events.emit(
        new Event.End(
            spec.name(),
            status,
            state.nanos / 1e6,
            peakHeapKb(),
            output.text(),
            output.total(),
            error,
            trace,
            infos));
  }

  private @Nullable Object invoke(Call call, Map<String, NdArray> inputs, CaseState state)
      throws Exception {
    switch (call.op()) {
      case CALL -> {
        Class<?> owner = requireClass(call.owner() == null ? "Solution" : call.owner());
        Method m = targets.function(owner, call.target(), call.args().size());
        return timed(state, m, null, arguments(m, call, inputs));
      }
      case RAISES -> {
        Class<?> owner = requireClass(call.owner() == null ? "Solution" : call.owner());
        Method m = targets.function(owner, call.target(), call.args().size());
        try {
          timed(state, m, null, arguments(m, call, inputs));
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof IllegalArgumentException) {
            return true;
          }
          throw e;
        }
        return false;
      }
      case NEW -> {
        Class<?> owner = requireClass(call.target());
        var c = targets.constructor(owner, call.args().size());
        long start = System.nanoTime();
        try {
          state.obj = c.newInstance(arguments(c, call, inputs));
        } finally {
          state.nanos += System.nanoTime() - start;
        }
        return null;
      }
      case METHOD -> {
        Object obj = requireObject(state);
        Method m = targets.method(obj.getClass(), call.target(), call.args().size());
        return timed(state, m, obj, arguments(m, call, inputs));
      }
      case EACH, IN -> {
        Object obj = requireObject(state);
        String name = call.op() == Op.IN ? "contains" : call.target();
        Method m = targets.method(obj.getClass(), name, 1);
        NdArray items = input(inputs, call.args().get(0).name());
        Object[] results = new Object[items.size()];
        for (int i = 0; i < results.length; i++) {
          Object item = JavaValues.toJava(items.slab(i, 1), m.getGenericParameterTypes()[0]);
          results[i] = timed(state, m, obj, new Object[] {item});
        }
        return results;
      }
      case GET -> {
        Object obj = requireObject(state);
        long start = System.nanoTime();
        try {
          return targets.read(obj, call.target());
        } finally {
          state.nanos += System.nanoTime() - start;
        }
      }
    }
    throw new IllegalStateException("no step for " + call.op());
  }

  private static @Nullable Object timed(
      CaseState state, Method m, @Nullable Object target, Object[] args) throws Exception {
    long start = System.nanoTime();
    try {
      return m.invoke(target, args);
    } finally {
      state.nanos += System.nanoTime() - start;
    }
  }

  private Class<?> requireClass(String name) throws ClassNotFoundException {
    Class<?> c = targets.find(name);
    if (c == null) {
      throw new ClassNotFoundException(manifest.displayName() + " has no class " + name);
    }
    return c;
  }

  private static Object requireObject(CaseState state) {
    if (state.obj == null) {
      throw new IllegalStateException("the constructor did not run before this call");
    }
    return state.obj;
  }

  private static @Nullable Object[] arguments(
      Executable target, Call call, Map<String, NdArray> inputs) {
    var types = target.getGenericParameterTypes();
    @Nullable Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Arg arg = call.args().get(i);
      args[i] =
          arg.present()
              ? JavaValues.toJava(input(inputs, arg.name()), arg.type(), types[i])
              : JavaValues.defaultAs(arg.defaultValue(), types[i]);
    }
    return args;
  }

  private static NdArray input(Map<String, NdArray> inputs, String name) {
    NdArray a = inputs.get(name);
    if (a == null) {
      throw new IllegalStateException("the case has no input named " + name);
    }
    return a;
  }

  private static void unpack(
      Call call,
      @Nullable Object returned,
      Map<String, @Nullable Object> values,
      Map<String, OutputInfo> infos)
      throws ReflectiveOperationException {
    List<Manifest.Result> results = call.results();
    if (results.isEmpty() || call.packing() == Packing.NONE) {
      return;
    }
    if (call.packing() == Packing.SINGLE) {
      values.put(results.get(0).name(), returned);
      return;
    }
    String problem = null;
    if (returned == null) {
      problem = "returned null; expected " + names(results);
    } else if (call.packing() == Packing.DICT) {
      Map<?, ?> dict = JavaValues.dictOf(returned);
      if (dict == null) {
        problem =
            "returned "
                + JavaValues.kindOf(returned)
                + "; expected a Map with keys "
                + names(results);
      } else {
        for (Manifest.Result r : results) {
          if (dict.containsKey(r.name())) {
            values.put(r.name(), dict.get(r.name()));
          } else {
            problem = "the Map has no key \"" + r.name() + "\"";
          }
        }
      }
    } else {
      List<@Nullable Object> parts = JavaValues.tupleElements(returned);
      if (parts == null || parts.size() != results.size()) {
        problem =
            "returned "
                + (parts == null ? "one " + JavaValues.kindOf(returned) : parts.size() + " values")
                + "; expected "
                + results.size()
                + " (a record or Object[] of "
                + names(results)
                + ")";
      } else {
        for (int i = 0; i < parts.size(); i++) {
          values.put(results.get(i).name(), parts.get(i));
        }
      }
    }
    for (Manifest.Result r : results) {
      if (!values.containsKey(r.name())) {
        infos.put(
            r.name(),
            new OutputInfo(
                returned == null ? "null" : JavaValues.kindOf(returned), false, problem));
      }
    }
  }

  private static String names(List<Manifest.Result> results) {
    return results.stream().map(Manifest.Result::name).collect(Collectors.joining(", "));
  }

  private static void storeResults(
      CaseSpec spec,
      Map<String, @Nullable Object> values,
      Map<String, OutputInfo> infos,
      Map<String, NdArray> arrays) {
    Map<String, String> types = new LinkedHashMap<>();
    for (Call c : spec.calls()) {
      for (Manifest.Result r : c.results()) {
        types.put(r.name(), r.type());
      }
    }
    for (Map.Entry<String, @Nullable Object> e : values.entrySet()) {
      JavaValues.Converted converted =
          JavaValues.fromJava(e.getValue(), types.getOrDefault(e.getKey(), ""));
      NdArray array = converted.array();
      infos.put(e.getKey(), new OutputInfo(converted.kind(), array != null, converted.problem()));
      if (array != null) {
        arrays.put(e.getKey(), array);
      }
    }
  }

  private static long peakHeapKb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / 1024;
  }

  private static String stackTrace(Throwable t) {
    var w = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(w));
    return w.toString();
  }
}
