/*
 * AVX-512 VNNI: vpdpbusd multiplies 64 unsigned by signed bytes and adds them by fours into 16 int32 lanes, without
 * intermediate saturation. The input is offset to unsigned (u = x + 128) when it is copied; the 128 * sum_k w it
 * adds to every dot product is subtracted per channel before anything else sees the dot product.
 */
#include <immintrin.h>
#include "fenlei_quant.h"
#include "kernels_x86.h"

#define ROWS_PER_TILE 6
#define BLOCKS_PER_TILE 4

/*
 * A tile of R windows x CB blocks of 16 channels, held in R * CB accumulators (at most 24 of the 32 registers). The
 * accumulators are named variables, not an array: gcc keeps arrays of vectors on the stack across the loop.
 */
#define EACH_BLOCK(X, r) X(r, 0) X(r, 1) X(r, 2) X(r, 3)
#define EACH_ACC(X) EACH_BLOCK(X, 0) EACH_BLOCK(X, 1) EACH_BLOCK(X, 2) EACH_BLOCK(X, 3) EACH_BLOCK(X, 4) \
    EACH_BLOCK(X, 5)
#define ACC_ZERO(r, b) __m512i a##r##b = _mm512_setzero_si512();
/* int32 += 4 x (u8 * s8): |u w| <= 255 * 127; the sum wraps modulo 2^32 and the correction below makes it the exact
   dot product, which fits an int (|x w| <= 128 * 127, depth <= 2^17) */
#define ACC_STEP(r, b) if (R > r && CB > b) { a##r##b = dpbusd(a##r##b, x##r, w##b); }
#define ROW_STEP(r) if (R > r) { \
      __m512i x##r = _mm512_set1_epi32(fq_load_quad(x + (int64_t) (r) * g->stride + k) ^ (int32_t) g->flip); \
      EACH_BLOCK(ACC_STEP, r) \
    }
#define ACC_STORE(r, b) if (R > r && CB > b) { store(g, raw, r0 + r, (cb0 + b) * FQ_BLOCK, a##r##b, c##b, \
    max_over_rows); }

/*
 * acc + the four-byte dot products of u8 a and s8 b, lane by lane: _mm512_dpbusd_epi32 written as inline assembly,
 * whose read-write operand lets gcc keep each accumulator in one register (with the intrinsic, gcc 12 copies every
 * accumulator to a scratch register and to the stack on each step, several times slower).
 */
static inline __attribute__((always_inline)) __m512i dpbusd(__m512i acc, __m512i a, __m512i b) {
  __asm__("vpdpbusd %2, %1, %0" : "+v"(acc) : "v"(a), "v"(b));
  return acc;
}

/* sum_k (x + 128) w - 128 sum_k w = sum_k x w; then the maximum over rows, or the row's store */
static inline __attribute__((always_inline)) void store(const fq_gemm *g, int32_t *raw, int32_t row, int32_t c,
    __m512i acc, __m512i correction, int max_over_rows) {
  __m512i dot = _mm512_sub_epi32(acc, correction);
  if (max_over_rows) {
    _mm512_storeu_si512((void *) (raw + c), _mm512_max_epi32(_mm512_loadu_si512((const void *) (raw + c)), dot));
  } else {
    _mm512_storeu_si512((void *) (raw + (int64_t) row * g->pc + c), dot);
  }
}

static inline __attribute__((always_inline)) void tile(const fq_gemm *g, int32_t r0, int32_t cb0, const int R,
    const int CB, int32_t *raw, int max_over_rows) {
  const int64_t bstride = (int64_t) g->depth * FQ_BLOCK;
  const int8_t *w = g->w + cb0 * bstride;
  const uint8_t *x = g->x + (int64_t) r0 * g->stride;
  EACH_ACC(ACC_ZERO)
  for (int32_t k = 0; k < g->depth; k += FQ_QUAD) {
    const int8_t *wk = w + (int64_t) k * FQ_BLOCK;
    __m512i w0 = _mm512_loadu_si512((const void *) wk);
    __m512i w1 = CB > 1 ? _mm512_loadu_si512((const void *) (wk + bstride)) : w0;
    __m512i w2 = CB > 2 ? _mm512_loadu_si512((const void *) (wk + 2 * bstride)) : w0;
    __m512i w3 = CB > 3 ? _mm512_loadu_si512((const void *) (wk + 3 * bstride)) : w0;
    ROW_STEP(0) ROW_STEP(1) ROW_STEP(2) ROW_STEP(3) ROW_STEP(4) ROW_STEP(5)
  }
  __m512i c0 = _mm512_slli_epi32(_mm512_loadu_si512((const void *) (g->wsum + cb0 * FQ_BLOCK)), 7);
  __m512i c1 = CB > 1 ? _mm512_slli_epi32(_mm512_loadu_si512((const void *) (g->wsum + (cb0 + 1) * FQ_BLOCK)), 7) : c0;
  __m512i c2 = CB > 2 ? _mm512_slli_epi32(_mm512_loadu_si512((const void *) (g->wsum + (cb0 + 2) * FQ_BLOCK)), 7) : c0;
  __m512i c3 = CB > 3 ? _mm512_slli_epi32(_mm512_loadu_si512((const void *) (g->wsum + (cb0 + 3) * FQ_BLOCK)), 7) : c0;
  EACH_ACC(ACC_STORE)
}

/*
 * One window against one block of 16 channels (a small layer's single row, e.g. a classifier head at batch 1): one
 * accumulator would make the whole depth one chain of dependent vpdpbusd, bound by their latency; four
 * accumulators over every fourth quad run four chains at once. Integer sums: the result is the same in any order.
 */
static void tile_one(const fq_gemm *g, int32_t r0, int32_t cb0, int32_t *raw, int max_over_rows) {
  const int8_t *w = g->w + (int64_t) cb0 * g->depth * FQ_BLOCK;
  const uint8_t *x = g->x + (int64_t) r0 * g->stride;
  const int32_t flip = (int32_t) g->flip;
  __m512i a0 = _mm512_setzero_si512();
  __m512i a1 = _mm512_setzero_si512();
  __m512i a2 = _mm512_setzero_si512();
  __m512i a3 = _mm512_setzero_si512();
  int32_t k = 0;
  for (; k + 4 * FQ_QUAD <= g->depth; k += 4 * FQ_QUAD) {
    const int8_t *wk = w + (int64_t) k * FQ_BLOCK;
    a0 = dpbusd(a0, _mm512_set1_epi32(fq_load_quad(x + k) ^ flip), _mm512_loadu_si512((const void *) wk));
    a1 = dpbusd(a1, _mm512_set1_epi32(fq_load_quad(x + k + FQ_QUAD) ^ flip),
        _mm512_loadu_si512((const void *) (wk + FQ_QUAD * FQ_BLOCK)));
    a2 = dpbusd(a2, _mm512_set1_epi32(fq_load_quad(x + k + 2 * FQ_QUAD) ^ flip),
        _mm512_loadu_si512((const void *) (wk + 2 * FQ_QUAD * FQ_BLOCK)));
    a3 = dpbusd(a3, _mm512_set1_epi32(fq_load_quad(x + k + 3 * FQ_QUAD) ^ flip),
        _mm512_loadu_si512((const void *) (wk + 3 * FQ_QUAD * FQ_BLOCK)));
  }
  for (; k < g->depth; k += FQ_QUAD) {
    a0 = dpbusd(a0, _mm512_set1_epi32(fq_load_quad(x + k) ^ flip),
        _mm512_loadu_si512((const void *) (w + (int64_t) k * FQ_BLOCK)));
  }
  __m512i acc = _mm512_add_epi32(_mm512_add_epi32(a0, a1), _mm512_add_epi32(a2, a3));
  __m512i c = _mm512_slli_epi32(_mm512_loadu_si512((const void *) (g->wsum + cb0 * FQ_BLOCK)), 7);
  store(g, raw, r0, cb0 * FQ_BLOCK, acc, c, max_over_rows);
}

#define TILE(R, CB) case (R) * 8 + (CB): tile(g, r0, cb0, R, CB, raw, max_over_rows); break;
#define TILES(R) TILE(R, 1) TILE(R, 2) TILE(R, 3) TILE(R, 4)

static void gemm(const fq_gemm *g, int32_t *raw, int max_over_rows) {
  int32_t blocks = g->pc / FQ_BLOCK;
  /* channel blocks outside: their filters stay in cache while the (overlapping) windows pass */
  for (int32_t cb0 = 0; cb0 < blocks; cb0 += BLOCKS_PER_TILE) {
    int CB = blocks - cb0 < BLOCKS_PER_TILE ? blocks - cb0 : BLOCKS_PER_TILE;
    for (int32_t r0 = 0; r0 < g->rows; r0 += ROWS_PER_TILE) {
      int R = g->rows - r0 < ROWS_PER_TILE ? g->rows - r0 : ROWS_PER_TILE;
      switch (R * 8 + CB) {
        case 1 * 8 + 1: tile_one(g, r0, cb0, raw, max_over_rows); break;
        TILE(1, 2) TILE(1, 3) TILE(1, 4)
        TILES(2) TILES(3) TILES(4) TILES(5) TILES(6)
        default: break;
      }
    }
  }
}


/* Byte mask of the first n (0..32) of 32 lanes. */
static inline __mmask32 first32(int32_t n) {
  return n >= 32 ? (__mmask32) 0xFFFFFFFFu : n <= 0 ? 0 : (__mmask32) ((1u << n) - 1);
}

static inline __mmask16 first16(int32_t n) {
  return n >= 16 ? (__mmask16) 0xFFFF : n <= 0 ? 0 : (__mmask16) ((1u << n) - 1);
}

/* Columns [j0, j0 + 32 NB) of a bag in NB int16 registers, 256 rows at a time, folded into int32. Only the last
   register's load is masked (the columns past `cols` read as zeros, and nothing past the row is touched). */
static inline __attribute__((always_inline)) void sum_block(const int8_t *t, int32_t cols, const int32_t *ids,
    int32_t n, int32_t *acc, int32_t j0, const int NB) {
  const __mmask32 last = first32(cols - j0 - 32 * (NB - 1));
  int32_t bytes = cols - j0 < 32 * NB ? cols - j0 : 32 * NB;
  for (int32_t g = 0; g < n; g += 256) {
    int32_t end = n - g < 256 ? n : g + 256;
    __m512i s[8];
#pragma GCC unroll 8
    for (int b = 0; b < NB; b++) {
      s[b] = _mm512_setzero_si512();
    }
    for (int32_t i = g; i < end; i++) {
      if (i + PREFETCH_ROWS < n) {
        prefetch_row(t + (int64_t) ids[i + PREFETCH_ROWS] * cols + j0, bytes);
      }
      const int8_t *row = t + (int64_t) ids[i] * cols + j0;
#pragma GCC unroll 8
      for (int b = 0; b < NB; b++) {
        __m256i q = b < NB - 1 ? _mm256_loadu_si256((const __m256i *) (row + 32 * b))
            : _mm256_maskz_loadu_epi8(last, row + 32 * b);
        /* int16 += int8: at most 256 rows per group, sums in [-32768, 32512] */
        s[b] = _mm512_add_epi16(s[b], _mm512_cvtepi8_epi16(q));
      }
    }
#pragma GCC unroll 8
    for (int b = 0; b < NB; b++) {
      int32_t j = j0 + 32 * b;
      __mmask16 lo = first16(cols - j);
      __mmask16 hi = first16(cols - j - 16);
      /* int32 += int16 group sums; the caller bounds the rows by 2^22 */
      __m512i a = _mm512_maskz_loadu_epi32(lo, acc + j);
      _mm512_mask_storeu_epi32(acc + j, lo,
          _mm512_add_epi32(a, _mm512_cvtepi16_epi32(_mm512_castsi512_si256(s[b]))));
      if (hi) {
        a = _mm512_maskz_loadu_epi32(hi, acc + j + 16);
        _mm512_mask_storeu_epi32(acc + j + 16, hi,
            _mm512_add_epi32(a, _mm512_cvtepi16_epi32(_mm512_extracti64x4_epi64(s[b], 1))));
      }
    }
  }
}

static void sum_rows(const int8_t *t, int32_t cols, const int32_t *ids, int32_t n, int32_t *acc) {
  for (int32_t j0 = 0; j0 < cols; j0 += 256) {
    int32_t nb = (cols - j0 + 31) / 32;
    switch (nb) {
      case 1: sum_block(t, cols, ids, n, acc, j0, 1); break;
      case 2: sum_block(t, cols, ids, n, acc, j0, 2); break;
      case 3: sum_block(t, cols, ids, n, acc, j0, 3); break;
      case 4: sum_block(t, cols, ids, n, acc, j0, 4); break;
      case 5: sum_block(t, cols, ids, n, acc, j0, 5); break;
      case 6: sum_block(t, cols, ids, n, acc, j0, 6); break;
      case 7: sum_block(t, cols, ids, n, acc, j0, 7); break;
      default: sum_block(t, cols, ids, n, acc, j0, 8); break;
    }
  }
}

/* Columns [j0, j0 + 16 NB) in NB float registers; each lane takes its rows in order, one fma each, as the Java
   twins do. Only the last register's load is masked. */
static inline __attribute__((always_inline)) void scaled_block(const int8_t *t, int32_t cols, const float *scales,
    const int32_t *ids, int32_t n, float *out, int32_t j0, const int NB) {
  const __mmask16 last = first16(cols - j0 - 16 * (NB - 1));
  __m512 s[16];
#pragma GCC unroll 16
  for (int b = 0; b < NB; b++) {
    s[b] = _mm512_maskz_loadu_ps(b < NB - 1 ? (__mmask16) 0xFFFF : last, out + j0 + 16 * b);
  }
  int32_t bytes = cols - j0 < 16 * NB ? cols - j0 : 16 * NB;
  for (int32_t i = 0; i < n; i++) {
    if (i + PREFETCH_ROWS < n) {
      prefetch_row(t + (int64_t) ids[i + PREFETCH_ROWS] * cols + j0, bytes);
    }
    const int8_t *row = t + (int64_t) ids[i] * cols + j0;
    __m512 scale = _mm512_set1_ps(scales[ids[i]]);
#pragma GCC unroll 16
    for (int b = 0; b < NB; b++) {
      __m128i q = b < NB - 1 ? _mm_loadu_si128((const __m128i *) (row + 16 * b))
          : _mm_maskz_loadu_epi8(last, row + 16 * b);
      s[b] = _mm512_fmadd_ps(scale, _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(q)), s[b]);
    }
  }
#pragma GCC unroll 16
  for (int b = 0; b < NB; b++) {
    _mm512_mask_storeu_ps(out + j0 + 16 * b, b < NB - 1 ? (__mmask16) 0xFFFF : last, s[b]);
  }
}

#define SCALED(NB) case NB: scaled_block(t, cols, scales, ids, n, out, j0, NB); break;

static void sum_rows_scaled(const int8_t *t, int32_t cols, const float *scales, const int32_t *ids, int32_t n,
    float *out) {
  for (int32_t j0 = 0; j0 < cols; j0 += 256) {
    int32_t nb = (cols - j0 + 15) / 16;
    switch (nb > 16 ? 16 : nb) {
      SCALED(1) SCALED(2) SCALED(3) SCALED(4) SCALED(5) SCALED(6) SCALED(7) SCALED(8)
      SCALED(9) SCALED(10) SCALED(11) SCALED(12) SCALED(13) SCALED(14) SCALED(15) SCALED(16)
      default: break;
    }
  }
}

/* fq_requantize1 on 16 lanes: the 64-bit products of even and odd lanes (vpmuldq), then the rounding shift. */
static void requantize(const int32_t *raw, int32_t rows, int32_t rpc, int32_t channels, const int32_t *bias,
    const int32_t *multiplier, const int32_t *shift, int32_t output_offset, int32_t act_min, int32_t act_max,
    int8_t *out) {
  const __m512i zero = _mm512_setzero_si512();
  const __m512i one = _mm512_set1_epi32(1);
  const __m512i nudge = _mm512_set1_epi64(INT64_C(1) << 30);
  const __m512i offset = _mm512_set1_epi32(output_offset);
  const __m512i lo = _mm512_set1_epi32(act_min);
  const __m512i hi = _mm512_set1_epi32(act_max);
  for (int32_t r = 0; r < rows; r++) {
    for (int32_t c = 0; c < channels; c += 16) {
      __mmask16 m = first16(channels - c);
      __m512i acc = _mm512_add_epi32(_mm512_maskz_loadu_epi32(m, raw + (int64_t) r * rpc + c),
          _mm512_maskz_loadu_epi32(m, bias + c));
      __m512i mul = _mm512_maskz_loadu_epi32(m, multiplier + c);
      __m512i sh = _mm512_maskz_loadu_epi32(m, shift + c);
      __m512i x = _mm512_sllv_epi32(acc, _mm512_max_epi32(sh, zero));
      __m512i even = _mm512_add_epi64(_mm512_mul_epi32(x, mul), nudge);
      __m512i odd = _mm512_add_epi64(_mm512_mul_epi32(_mm512_srli_epi64(x, 32), _mm512_srli_epi64(mul, 32)), nudge);
      /* bits 31..62 of each product: the low half of (p >> 31), whichever shift fills the top */
      __m512i high = _mm512_mask_blend_epi32((__mmask16) 0xAAAA, _mm512_srli_epi64(even, 31),
          _mm512_slli_epi64(_mm512_srli_epi64(odd, 31), 32));
      __m512i right = _mm512_max_epi32(_mm512_sub_epi32(zero, sh), zero);
      __m512i mask = _mm512_sub_epi32(_mm512_sllv_epi32(one, right), one);
      __m512i remainder = _mm512_and_si512(high, mask);
      __m512i threshold = _mm512_sub_epi32(_mm512_srai_epi32(mask, 1), _mm512_srai_epi32(high, 31));
      __m512i v = _mm512_srav_epi32(high, right);
      v = _mm512_mask_add_epi32(v, _mm512_cmpgt_epi32_mask(remainder, threshold), v, one);
      v = _mm512_min_epi32(_mm512_max_epi32(_mm512_add_epi32(v, offset), lo), hi);
      _mm512_mask_cvtepi32_storeu_epi8(out + (int64_t) r * channels + c, m, v);
    }
  }
}

static void dequantize(const int32_t *raw, int32_t rows, int32_t rpc, int32_t channels, const int32_t *bias,
    const float *scale, int32_t activation, float *out) {
  const __m512 zero = _mm512_setzero_ps();
  const __m512 six = _mm512_set1_ps(6.0f);
  for (int32_t r = 0; r < rows; r++) {
    for (int32_t c = 0; c < channels; c += 16) {
      __mmask16 m = first16(channels - c);
      __m512i acc = _mm512_add_epi32(_mm512_maskz_loadu_epi32(m, raw + (int64_t) r * rpc + c),
          _mm512_maskz_loadu_epi32(m, bias + c));
      __m512 v = _mm512_mul_ps(_mm512_maskz_loadu_ps(m, scale + c), _mm512_cvtepi32_ps(acc));
      if (activation != FQ_NONE) {
        v = _mm512_max_ps(v, zero); /* vmaxps returns its second operand for (-0, +0): Java's max(-0f, 0f) = 0f */
        if (activation == FQ_RELU6) {
          v = _mm512_min_ps(v, six);
        }
      }
      _mm512_mask_storeu_ps(out + (int64_t) r * channels + c, m, v);
    }
  }
}

const fq_kernels fq_avx512vnni = {128, gemm, sum_rows, sum_rows_scaled, requantize, dequantize};
