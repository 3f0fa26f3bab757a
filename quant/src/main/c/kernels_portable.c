/* Portable C: the level every x86-64 (and any other) CPU runs; plain loops over the packed layout. */
#include <math.h>
#include "fenlei_quant.h"

static void gemm(const fq_gemm *g, int32_t *raw, int max_over_rows) {
  const int8_t *x = (const int8_t *) g->x; /* input_offset 0: signed */
  for (int32_t cb = 0; cb < g->pc / FQ_BLOCK; cb++) {
    const int8_t *wb = g->w + (int64_t) cb * g->depth * FQ_BLOCK;
    for (int32_t r = 0; r < g->rows; r++) {
      const int8_t *xr = x + (int64_t) r * g->stride;
      int32_t dot[FQ_BLOCK] = {0};
      for (int32_t k = 0; k < g->depth; k += FQ_QUAD) {
        const int8_t *wk = wb + (int64_t) k * FQ_BLOCK;
        for (int c = 0; c < FQ_BLOCK; c++) {
          for (int j = 0; j < FQ_QUAD; j++) {
            /* int32 += int8 * int8: |term| <= 128 * 127, depth <= 2^17 terms stay below 2^31 */
            dot[c] += xr[k + j] * wk[c * FQ_QUAD + j];
          }
        }
      }
      for (int c = 0; c < FQ_BLOCK; c++) {
        int32_t *o = max_over_rows ? raw + cb * FQ_BLOCK + c : raw + (int64_t) r * g->pc + cb * FQ_BLOCK + c;
        *o = max_over_rows && *o > dot[c] ? *o : dot[c];
      }
    }
  }
}

static void sum_rows(const int8_t *t, int32_t cols, const int32_t *ids, int32_t n, int32_t *acc) {
  for (int32_t i = 0; i < n; i++) {
    const int8_t *row = t + (int64_t) ids[i] * cols;
    for (int32_t j = 0; j < cols; j++) {
      acc[j] += row[j]; /* int32 += int8: the caller bounds the rows by 2^22 */
    }
  }
}

static void sum_rows_scaled(const int8_t *t, int32_t cols, const float *scales, const int32_t *ids, int32_t n,
    float *out) {
  for (int32_t i = 0; i < n; i++) {
    const int8_t *row = t + (int64_t) ids[i] * cols;
    float scale = scales[ids[i]];
    for (int32_t j = 0; j < cols; j++) {
      out[j] = fmaf(scale, (float) row[j], out[j]); /* correctly rounded, as Java's Math.fma */
    }
  }
}

static void requantize(const int32_t *raw, int32_t rows, int32_t rpc, int32_t channels, const int32_t *bias,
    const int32_t *multiplier, const int32_t *shift, int32_t output_offset, int32_t act_min, int32_t act_max,
    int8_t *out) {
  fq_requantize_rows(raw, rows, rpc, channels, bias, multiplier, shift, output_offset, act_min, act_max, out, 0);
}

static void dequantize(const int32_t *raw, int32_t rows, int32_t rpc, int32_t channels, const int32_t *bias,
    const float *scale, int32_t activation, float *out) {
  fq_dequantize_rows(raw, rows, rpc, channels, bias, scale, activation, out);
}

const fq_kernels fq_portable = {0, gemm, sum_rows, sum_rows_scaled, requantize, dequantize};
