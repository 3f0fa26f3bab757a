/*
 * fenlei quant: native int8 kernels, the C twins of org.fenlei.quant.ScalarKernels (see NativeKernels.java).
 *
 * Every kernel computes exactly what its Java twin computes: the same integer arithmetic (int32 accumulation, which
 * wraps modulo 2^32 as Java's int does and ends exact because the true values fit), the same fixed-point
 * requantization (gemmlowp / TensorFlow Lite rounding) and the same float operations per element in the same order.
 * Signed overflow is never left to C: every sum that may wrap is done in uint32_t.
 *
 * Three instruction-set levels share this header: portable C, AVX2 (+FMA) and AVX-512 VNNI. Each level's file is
 * compiled with its own -m flags and exports one fq_kernels table; jni.c chooses the table per call.
 */
#ifndef FENLEI_QUANT_H
#define FENLEI_QUANT_H

#include <stdint.h>
#include <string.h>

enum { FQ_PORTABLE = 0, FQ_AVX2 = 1, FQ_AVX512VNNI = 2 };

/* Packed weights: output channels in blocks of FQ_BLOCK, the depth in quads: [pc / 16][depth / 4][16][4] bytes. */
#define FQ_BLOCK 16
#define FQ_QUAD 4

/* One matrix product: rows windows of `depth` input bytes, `stride` bytes apart, times pc packed channels. */
typedef struct {
  const uint8_t *x;  /* the padded input: (rows - 1) * stride + depth bytes readable; unsigned (x + 128) for the
                        levels whose input_offset is 128, signed int8 for the others */
  int32_t stride;
  int32_t rows;
  const int8_t *w;   /* packed weights */
  int32_t depth;     /* a multiple of 4 */
  int32_t pc;        /* a multiple of 16 */
  const int32_t *wsum; /* [pc]: sum over k of w[c][k]; an unsigned input x + 128 adds 128 * wsum to each dot */
  uint32_t flip;     /* xor-ed into each 4-byte quad of x as it is read: 0x80808080 when x is the signed input and
                        the level reads x + 128 (then x has exactly (rows - 1) * stride + depth bytes), else 0 */
} fq_gemm;

typedef struct {
  /* 128 when gemm reads x + 128 (u8 x s8 instructions), 0 when it reads x itself */
  int input_offset;
  /* raw[r * pc + c] = dot(r, c), or with max_over_rows raw[c] = max(raw[c], max over r of dot(r, c)) */
  void (*gemm)(const fq_gemm *g, int32_t *raw, int max_over_rows);
  /* acc[j] += sum over i < n of t[ids[i] * cols + j] */
  void (*sum_rows)(const int8_t *t, int32_t cols, const int32_t *ids, int32_t n, int32_t *acc);
  /* for each i in order: out[j] = fma(scales[ids[i]], t[ids[i] * cols + j], out[j]) */
  void (*sum_rows_scaled)(const int8_t *t, int32_t cols, const float *scales, const int32_t *ids, int32_t n,
      float *out);
  /* out[r * channels + c] = requantize(raw[r * rpc + c] + bias[c]) for r < rows, c < channels */
  void (*requantize)(const int32_t *raw, int32_t rows, int32_t rpc, int32_t channels, const int32_t *bias,
      const int32_t *multiplier, const int32_t *shift, int32_t output_offset, int32_t act_min, int32_t act_max,
      int8_t *out);
  /* out[r * channels + c] = activation(scale[c] * (float) (raw[r * rpc + c] + bias[c])) */
  void (*dequantize)(const int32_t *raw, int32_t rows, int32_t rpc, int32_t channels, const int32_t *bias,
      const float *scale, int32_t activation, float *out);
} fq_kernels;

extern const fq_kernels fq_portable;
extern const fq_kernels fq_avx2;
extern const fq_kernels fq_avx512vnni;

/* Activation codes, as org.fenlei.quant.Activation's ordinals. */
enum { FQ_NONE = 0, FQ_RELU = 1, FQ_RELU6 = 2 };

/*
 * TensorFlow Lite's MultiplyByQuantizedMultiplier for multipliers in [0, 2^31), as ScalarKernels.requantize with
 * FixedPoint: the left shift (wrapping as Java's), SaturatingRoundingDoublingHighMul written as
 * floor((ab + 2^30) / 2^31) (equal to gemmlowp's truncating form with its sign-dependent nudge; the saturating case
 * needs a negative multiplier), then RoundingDivideByPOT, ties away from zero; plus the offset (wrapping) and the
 * activation clamp.
 */
static inline int32_t fq_requantize1(int32_t acc, int32_t multiplier, int32_t shift, int32_t output_offset,
    int32_t act_min, int32_t act_max) {
  int32_t left = shift > 0 ? shift : 0;
  int32_t right = shift > 0 ? 0 : -shift;
  int32_t x = (int32_t) ((uint32_t) acc << left);
  int64_t ab = (int64_t) x * multiplier;              /* |ab| < 2^62 */
  int32_t high = (int32_t) ((ab + (INT64_C(1) << 30)) >> 31); /* arithmetic shift: gcc's >> on signed values */
  int32_t mask = (int32_t) (((uint32_t) 1 << right) - 1);
  int32_t remainder = high & mask;
  int32_t threshold = (mask >> 1) + (high < 0 ? 1 : 0);
  int32_t v = (high >> right) + (remainder > threshold ? 1 : 0);
  v = (int32_t) ((uint32_t) v + (uint32_t) output_offset);
  return v < act_min ? act_min : v > act_max ? act_max : v;
}

/* Java's Math.max(v, 0f) and Math.min(Math.max(v, 0f), 6f) for the non-NaN values the kernels produce. */
static inline float fq_activate(float v, int32_t activation) {
  if (activation == FQ_NONE) {
    return v;
  }
  v = v > 0.0f ? v : 0.0f; /* -0 becomes +0, as in Java */
  return activation == FQ_RELU6 && v > 6.0f ? 6.0f : v;
}

/* The scalar epilogues, shared by every level (the vector levels use them for the last columns). */
static inline void fq_requantize_rows(const int32_t *raw, int32_t rows, int32_t rpc, int32_t channels,
    const int32_t *bias, const int32_t *multiplier, const int32_t *shift, int32_t output_offset, int32_t act_min,
    int32_t act_max, int8_t *out, int32_t from) {
  for (int32_t r = 0; r < rows; r++) {
    for (int32_t c = from; c < channels; c++) {
      int32_t acc = (int32_t) ((uint32_t) raw[(int64_t) r * rpc + c] + (uint32_t) bias[c]);
      out[(int64_t) r * channels + c] = (int8_t) fq_requantize1(acc, multiplier[c], shift[c], output_offset,
          act_min, act_max);
    }
  }
}

static inline void fq_dequantize_rows(const int32_t *raw, int32_t rows, int32_t rpc, int32_t channels,
    const int32_t *bias, const float *scale, int32_t activation, float *out) {
  for (int32_t r = 0; r < rows; r++) {
    for (int32_t c = 0; c < channels; c++) {
      int32_t acc = (int32_t) ((uint32_t) raw[(int64_t) r * rpc + c] + (uint32_t) bias[c]);
      out[(int64_t) r * channels + c] = fq_activate(scale[c] * (float) acc, activation);
    }
  }
}

static inline int32_t fq_load_quad(const uint8_t *p) {
  int32_t q;
  memcpy(&q, p, 4);
  return q;
}

#endif
