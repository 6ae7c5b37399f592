package dev.allclose.interview.coverage;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * all-MiniLM-L6-v2 (Reimers and Gurevych, "Sentence-BERT", EMNLP 2019; the sentence-transformers
 * checkpoint, 6 layers, 384 dimensions, mean pooling), quantised to 8 bits and run in process by
 * ONNX Runtime, as langchain4j ships it inside its Maven artifact: nothing is downloaded at run
 * time and no text leaves the machine.
 *
 * <p>The model (about 23 MB, a second to load) is created on first use through a holder class, so
 * commands that score nothing never load ONNX Runtime; {@link #loaded()} tells whether that has
 * happened. When it cannot load (no ONNX Runtime build for the platform), {@link #available()} is
 * false and one line on stderr says so. Vectors are cached, least recently used first out, since
 * key points and the passages of an answer are embedded again and again. Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
  private static final int CACHE_SIZE = 8192;
  private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();
  private static final AtomicBoolean LOADING = new AtomicBoolean();

  private final Map<String, float[]> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  private MiniLmEmbedder() {}

  /** The one instance: the model is loaded at most once per process. */
  public static MiniLmEmbedder shared() {
    return SHARED;
  }

  /** Whether anything has asked for the model yet (it is never loaded before that). */
  public static boolean loaded() {
    return LOADING.get();
  }

  @Override
  public boolean available() {
    return Holder.MODEL != null;
  }

  @Override
  public List<float[]> embed(List<String> sentences) {
    EmbeddingModel model = Holder.MODEL;
    if (model == null) {
      throw new IllegalStateException("the sentence-embedding model is not available");
    }
    // The hits are taken in the same lock that finds the misses, so an eviction between the
    // two steps cannot lose a vector.
    Map<String, float[]> found = new HashMap<>();
    List<String> missing = new ArrayList<>();
    synchronized (cache) {
      for (String s : new LinkedHashSet<>(sentences)) {
        float[] v = cache.get(s);
        if (v != null) {
          found.put(s, v);
        } else {
          missing.add(s);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<Embedding> fresh =
          model.embedAll(missing.stream().map(TextSegment::from).toList()).content();
      synchronized (cache) {
        for (int i = 0; i < missing.size(); i++) {
          float[] v = unit(fresh.get(i).vector());
          found.put(missing.get(i), v);
          cache.put(missing.get(i), v);
        }
      }
    }
    return sentences.stream().map(found::get).toList();
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * scale;
    }
    return out;
  }

  /** Initialised, and the model loaded, on the first call to {@link #available} or embed. */
  private static final class Holder {
    static final @Nullable EmbeddingModel MODEL = load();

    private Holder() {}

    @SuppressWarnings("CatchingUnchecked")
    private static @Nullable EmbeddingModel load() {
      LOADING.set(true);
      try {
        return new AllMiniLmL6V2QuantizedEmbeddingModel();
      } catch (RuntimeException | LinkageError e) {
        System.err.println(
            "allclose: the sentence-embedding model could not be loaded ("
                + e.getClass().getSimpleName()
                + "); key points are scored by word overlap only");
        return null;
      }
    }
  }
}
