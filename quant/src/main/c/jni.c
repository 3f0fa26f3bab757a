/*
 * The JNI side of org.fenlei.quant.NativeKernels: one call per bag or per layer forward, arrays pinned without copies
 * (GetPrimitiveArrayCritical), a layer's constants (packed weights, parameters, scales) read where NativeProduct put
 * them in native memory, scratch memory of its own. Every index and length has been checked by the Java side
 * before the call; this file trusts them, and only refuses a level the CPU lacks.
 *
 * Compiled with -DFQ_COPY_ARRAYS (the Maven profile native-asan), every array is instead copied to a malloc'd block
 * of exactly its length, so that AddressSanitizer sees any access past a Java array's end.
 */
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include "fenlei_quant.h"

static int best_level = -1;

static int detect_level(void) {
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl")
      && __builtin_cpu_supports("avx512vnni")) {
    return FQ_AVX512VNNI;
  }
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
    return FQ_AVX2;
  }
#endif
  return FQ_PORTABLE;
}

static const fq_kernels *kernels_of(JNIEnv *env, jint level) {
  if (level < 0 || level > best_level) {
    jclass e = (*env)->FindClass(env, "java/lang/IllegalArgumentException");
    if (e != NULL) {
      (*env)->ThrowNew(env, e, "native kernel level not supported by this CPU");
    }
    return NULL;
  }
#if defined(__x86_64__)
  return level == FQ_AVX512VNNI ? &fq_avx512vnni : level == FQ_AVX2 ? &fq_avx2 : &fq_portable;
#else
  return &fq_portable;
#endif
}

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
  (void) vm;
  (void) reserved;
  best_level = detect_level();
  return JNI_VERSION_1_8;
}

/* An array pinned (or, with FQ_COPY_ARRAYS, copied) for the length of one call. */
typedef struct {
  jarray array;
  void *data;
  size_t bytes;
  int output;
} pinned;

#define MAX_PINNED 6

typedef struct {
  JNIEnv *env;
  pinned p[MAX_PINNED];
  int n;
  int failed;
} pins;

static void *pin(pins *ps, jarray array, size_t element, int output) {
  if (ps->failed) {
    return NULL;
  }
  JNIEnv *env = ps->env;
  pinned *p = &ps->p[ps->n];
  p->array = array;
  p->output = output;
#ifdef FQ_COPY_ARRAYS
  p->bytes = (size_t) (*env)->GetArrayLength(env, array) * element;
  p->data = malloc(p->bytes > 0 ? p->bytes : 1);
  if (p->data != NULL) {
    void *c = (*env)->GetPrimitiveArrayCritical(env, array, NULL);
    if (c == NULL) {
      free(p->data);
      p->data = NULL;
    } else {
      memcpy(p->data, c, p->bytes);
      (*env)->ReleasePrimitiveArrayCritical(env, array, c, JNI_ABORT);
    }
  }
#else
  (void) element;
  p->bytes = 0;
  p->data = (*env)->GetPrimitiveArrayCritical(env, array, NULL);
#endif
  if (p->data == NULL) {
    ps->failed = 1;
    return NULL;
  }
  ps->n++;
  return p->data;
}

/* Releases in reverse order; returns 0, or -1 (with OutOfMemoryError pending) when a pin failed. */
static int unpin_all(pins *ps) {
  JNIEnv *env = ps->env;
  for (int i = ps->n - 1; i >= 0; i--) {
    pinned *p = &ps->p[i];
#ifdef FQ_COPY_ARRAYS
    if (p->output) {
      void *c = (*env)->GetPrimitiveArrayCritical(env, p->array, NULL);
      if (c != NULL) {
        memcpy(c, p->data, p->bytes);
        (*env)->ReleasePrimitiveArrayCritical(env, p->array, c, 0);
      }
    }
    free(p->data);
#else
    (*env)->ReleasePrimitiveArrayCritical(env, p->array, p->data, p->output ? 0 : JNI_ABORT);
#endif
  }
  ps->n = 0;
  if (ps->failed) {
    if (!(*env)->ExceptionCheck(env)) {
      jclass e = (*env)->FindClass(env, "java/lang/OutOfMemoryError");
      if (e != NULL) {
        (*env)->ThrowNew(env, e, "could not pin an array for a native int8 kernel");
      }
    }
    return -1;
  }
  return 0;
}

JNIEXPORT jint JNICALL Java_org_fenlei_quant_NativeKernels_cpuLevel0(JNIEnv *env, jclass c) {
  (void) env;
  (void) c;
  return best_level;
}

JNIEXPORT void JNICALL Java_org_fenlei_quant_NativeKernels_sumRows0(JNIEnv *env, jclass c, jint level,
    jbyteArray table, jint cols, jintArray ids, jint from, jint to, jintArray acc) {
  (void) c;
  const fq_kernels *k = kernels_of(env, level);
  if (k == NULL) {
    return;
  }
  pins ps = {env, {{0}}, 0, 0};
  const int8_t *t = pin(&ps, table, 1, 0);
  const int32_t *i = pin(&ps, ids, 4, 0);
  int32_t *a = pin(&ps, acc, 4, 1);
  if (!ps.failed) {
    k->sum_rows(t, cols, i + from, to - from, a);
  }
  unpin_all(&ps);
}

JNIEXPORT void JNICALL Java_org_fenlei_quant_NativeKernels_sumRowsScaled0(JNIEnv *env, jclass c, jint level,
    jbyteArray table, jint cols, jfloatArray scales, jintArray ids, jint from, jint to, jfloatArray out) {
  (void) c;
  const fq_kernels *k = kernels_of(env, level);
  if (k == NULL) {
    return;
  }
  pins ps = {env, {{0}}, 0, 0};
  const int8_t *t = pin(&ps, table, 1, 0);
  const float *s = pin(&ps, scales, 4, 0);
  const int32_t *i = pin(&ps, ids, 4, 0);
  float *o = pin(&ps, out, 4, 1);
  if (!ps.failed) {
    k->sum_rows_scaled(t, cols, s, i + from, to - from, o);
  }
  unpin_all(&ps);
}

#ifdef FQ_COPY_ARRAYS
#include <string.h>
static void *copy_exact(jlong address, size_t bytes) {
  void *c = malloc(bytes > 0 ? bytes : 1);
  if (c != NULL) {
    memcpy(c, (const void *) (intptr_t) address, bytes);
  }
  return c;
}
#endif

/* The modes of product0, as NativeProduct names them. */
enum { MODE_ACCUMULATE = 0, MODE_MAX = 1, MODE_REQUANTIZE = 2, MODE_MAX_REQUANTIZE = 3, MODE_DEQUANTIZE = 4 };

#define STACK_BYTES 16384

/* The address of a direct buffer's memory, for NativeProduct's constants. */
JNIEXPORT jlong JNICALL Java_org_fenlei_quant_NativeKernels_address0(JNIEnv *env, jclass c, jobject buffer) {
  (void) c;
  return (jlong) (intptr_t) (*env)->GetDirectBufferAddress(env, buffer);
}

/*
 * One layer forward: the input read in place when it is a single window of whole quads (the offset to unsigned
 * applied as each quad loads), else copied (padded, offset where the level wants it); the matrix product, then the
 * epilogue the mode names. The constants (packed weights, params = [wsum (pc) | bias (channels) | multiplier
 * (channels) | shift (channels)], scales) are addresses in the direct buffer NativeProduct keeps alive through
 * the call: nothing of them to pin; scale is 0 when the mode does not dequantize.
 */
JNIEXPORT void JNICALL Java_org_fenlei_quant_NativeKernels_product0(JNIEnv *env, jclass c, jint level,
    jbyteArray input, jint inputBytes, jint stride, jint rows, jlong weights, jint depth, jint pc,
    jint channels, jlong params, jint mode, jint outputOffset, jint actMin, jint actMax, jlong scale,
    jint activation, jarray output) {
  (void) c;
  const fq_kernels *k = kernels_of(env, level);
  if (k == NULL) {
    return;
  }
  int max = mode == MODE_MAX || mode == MODE_MAX_REQUANTIZE;
  size_t xBytes = (size_t) (rows - 1) * (size_t) stride + (size_t) depth + 4;
  if (xBytes < (size_t) inputBytes) {
    xBytes = (size_t) inputBytes;
  }
  size_t rawInts = max ? (size_t) pc : (size_t) rows * (size_t) pc;
  _Alignas(64) unsigned char stack[STACK_BYTES];
  size_t need = (rawInts * 4 + 63) / 64 * 64 + xBytes;
  unsigned char *scratch = need <= STACK_BYTES ? stack : malloc(need);
  if (scratch == NULL) {
    jclass e = (*env)->FindClass(env, "java/lang/OutOfMemoryError");
    if (e != NULL) {
      (*env)->ThrowNew(env, e, "no scratch memory for a native int8 kernel");
    }
    return;
  }
  int32_t *raw = (int32_t *) scratch;
  uint8_t *x = scratch + (rawInts * 4 + 63) / 64 * 64;
  if (max) {
    for (size_t i = 0; i < rawInts; i++) {
      raw[i] = INT32_MIN;
    }
  }

  pins ps = {env, {{0}}, 0, 0};
  const int8_t *in = pin(&ps, input, 1, 0);
#ifdef FQ_COPY_ARRAYS
  /* exact copies, as for the pinned arrays, so that AddressSanitizer sees an access past one of the constants */
  int8_t *w = copy_exact(weights, (size_t) pc * (size_t) depth);
  int32_t *p = copy_exact(params, 4 * ((size_t) pc + 3 * (size_t) channels));
  float *s = scale != 0 ? copy_exact(scale, 4 * (size_t) channels) : NULL;
  if (w == NULL || p == NULL || (scale != 0 && s == NULL)) {
    ps.failed = 1;
  }
#else
  const int8_t *w = (const int8_t *) (intptr_t) weights;
  const int32_t *p = (const int32_t *) (intptr_t) params;
  const float *s = (const float *) (intptr_t) scale;
#endif
  void *out = pin(&ps, output, mode == MODE_DEQUANTIZE ? 4 : mode == MODE_REQUANTIZE
      || mode == MODE_MAX_REQUANTIZE ? 1 : 4, 1);
  if (!ps.failed) {
    uint8_t flip = (uint8_t) k->input_offset; /* x + 128 = x ^ 0x80 on the byte */
    fq_gemm g = {x, stride, rows, w, depth, pc, p, 0};
    if (rows == 1 && inputBytes >= depth) {
      /* one window of whole quads (a linear layer's row): read in place, the offset applied as each quad is read */
      g.x = (const uint8_t *) in;
      g.flip = flip * 0x01010101u;
    } else {
      for (int32_t i = 0; i < inputBytes; i++) {
        x[i] = (uint8_t) in[i] ^ flip;
      }
      memset(x + inputBytes, 0, xBytes - (size_t) inputBytes);
    }
    k->gemm(&g, raw, max);
    const int32_t *bias = p + pc;
    const int32_t *multiplier = bias + channels;
    const int32_t *shift = multiplier + channels;
    int32_t outRows = max ? 1 : rows;
    switch (mode) {
      case MODE_ACCUMULATE:
      case MODE_MAX:
        for (int32_t r = 0; r < outRows; r++) {
          for (int32_t ch = 0; ch < channels; ch++) {
            ((int32_t *) out)[(int64_t) r * channels + ch] =
                (int32_t) ((uint32_t) raw[(int64_t) r * pc + ch] + (uint32_t) bias[ch]);
          }
        }
        break;
      case MODE_REQUANTIZE:
      case MODE_MAX_REQUANTIZE:
        k->requantize(raw, outRows, pc, channels, bias, multiplier, shift, outputOffset, actMin, actMax,
            (int8_t *) out);
        break;
      default:
        k->dequantize(raw, outRows, pc, channels, bias, s, activation, (float *) out);
        break;
    }
  }
  unpin_all(&ps);
#ifdef FQ_COPY_ARRAYS
  free(w);
  free(p);
  free(s);
#endif
  if (scratch != stack) {
    free(scratch);
  }
}
