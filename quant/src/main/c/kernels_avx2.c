/*
 * AVX2 (+FMA): no int8 dot-product instruction; vpmaddubsw multiplies unsigned by signed bytes into int16 pair sums,
 * saturating, and vpmaddwd adds the pairs into int32. fbgemm feeds it u8 activations (x + 128, up to 255) and so can
 * saturate (2 * 255 * 127 > 2^15 - 1; PyTorch's answer is reduce_range, 7-bit activations). Here the sign moves to
 * the weights instead, as in the vpsignb/vpabsb idiom: |x| * (w * sign(x)) = x w, with |x| <= 128 and |w| <= 127, so
 * a pair is at most 2 * 128 * 127 = 32512 and never saturates. Results are exact for every int8 input.
 */
#include <immintrin.h>
#include <math.h>
#include "fenlei_quant.h"
#include "kernels_x86.h"

#define ROWS_PER_TILE 2
#define BLOCKS_PER_TILE 2

/* A tile of R windows x CB blocks of 16 channels (two registers of 8 channels each): R * CB * 2 accumulators. */
static inline __attribute__((always_inline)) void tile(const fq_gemm *g, int32_t r0, int32_t cb0, const int R,
    const int CB, int32_t *raw, int max_over_rows) {
  __m256i acc[ROWS_PER_TILE][2 * BLOCKS_PER_TILE];
  const __m256i ones = _mm256_set1_epi16(1);
  const int64_t bstride = (int64_t) g->depth * FQ_BLOCK;
  const int8_t *w = g->w + cb0 * bstride;
  const int8_t *x = (const int8_t *) g->x + (int64_t) r0 * g->stride;
#pragma GCC unroll 4
  for (int r = 0; r < R; r++) {
#pragma GCC unroll 4
    for (int h = 0; h < 2 * CB; h++) {
      acc[r][h] = _mm256_setzero_si256();
    }
  }
  for (int32_t k = 0; k < g->depth; k += FQ_QUAD) {
    __m256i wv[2 * BLOCKS_PER_TILE];
#pragma GCC unroll 4
    for (int h = 0; h < 2 * CB; h++) {
      wv[h] = _mm256_loadu_si256((const __m256i *) (w + (h / 2) * bstride + (int64_t) k * FQ_BLOCK + 32 * (h % 2)));
    }
#pragma GCC unroll 4
    for (int r = 0; r < R; r++) {
      __m256i xv = _mm256_set1_epi32(fq_load_quad((const uint8_t *) x + (int64_t) r * g->stride + k));
      __m256i ax = _mm256_abs_epi8(xv); /* |-128| = 0x80, read as unsigned 128 */
#pragma GCC unroll 4
      for (int h = 0; h < 2 * CB; h++) {
        /* int16 = |x0| (w0 sgn x0) + |x1| (w1 sgn x1), |.| <= 32512; then int32 += two of them (depth <= 2^17) */
        __m256i pairs = _mm256_maddubs_epi16(ax, _mm256_sign_epi8(wv[h], xv));
        acc[r][h] = _mm256_add_epi32(acc[r][h], _mm256_madd_epi16(pairs, ones));
      }
    }
  }
#pragma GCC unroll 4
  for (int h = 0; h < 2 * CB; h++) {
    int32_t c = cb0 * FQ_BLOCK + 8 * h;
#pragma GCC unroll 4
    for (int r = 0; r < R; r++) {
      if (max_over_rows) {
        __m256i m = _mm256_loadu_si256((const __m256i *) (raw + c));
        _mm256_storeu_si256((__m256i *) (raw + c), _mm256_max_epi32(m, acc[r][h]));
      } else {
        _mm256_storeu_si256((__m256i *) (raw + (int64_t) (r0 + r) * g->pc + c), acc[r][h]);
      }
    }
  }
}

static void gemm(const fq_gemm *g, int32_t *raw, int max_over_rows) {
  int32_t blocks = g->pc / FQ_BLOCK;
  for (int32_t cb0 = 0; cb0 < blocks; cb0 += BLOCKS_PER_TILE) {
    int CB = blocks - cb0 < BLOCKS_PER_TILE ? blocks - cb0 : BLOCKS_PER_TILE;
    for (int32_t r0 = 0; r0 < g->rows; r0 += ROWS_PER_TILE) {
      int R = g->rows - r0 < ROWS_PER_TILE ? g->rows - r0 : ROWS_PER_TILE;
      switch (R * 8 + CB) {
        case 9: tile(g, r0, cb0, 1, 1, raw, max_over_rows); break;
        case 10: tile(g, r0, cb0, 1, 2, raw, max_over_rows); break;
        case 17: tile(g, r0, cb0, 2, 1, raw, max_over_rows); break;
        default: tile(g, r0, cb0, 2, 2, raw, max_over_rows); break;
      }
    }
  }
}


/* Columns [j0, j0 + 16 NB) in int16 registers for 256 rows at a time; with TAIL also the last cols % 16 columns
   (cols >= 16), read as the row's last 16 bytes with the columns before them masked off, in the same pass. */
static inline __attribute__((always_inline)) void sum_block(const int8_t *t, int32_t cols, const int32_t *ids,
    int32_t n, int32_t *acc, int32_t j0, const int NB, const int TAIL) {
  /* int16 lanes of the last 16 columns that the whole registers do not cover */
  const __m256i keep = _mm256_cmpgt_epi16(_mm256_setr_epi16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
      _mm256_set1_epi16((int16_t) (15 - cols % 16)));
  int32_t bytes = TAIL ? cols - j0 : 16 * NB;
  for (int32_t g = 0; g < n; g += 256) {
    int32_t end = n - g < 256 ? n : g + 256;
    __m256i s[8];
    __m256i st = _mm256_setzero_si256();
#pragma GCC unroll 8
    for (int b = 0; b < NB; b++) {
      s[b] = _mm256_setzero_si256();
    }
    for (int32_t i = g; i < end; i++) {
      if (i + PREFETCH_ROWS < n) {
        prefetch_row(t + (int64_t) ids[i + PREFETCH_ROWS] * cols + j0, bytes);
      }
      const int8_t *row = t + (int64_t) ids[i] * cols + j0;
#pragma GCC unroll 8
      for (int b = 0; b < NB; b++) {
        /* int16 += int8: at most 256 rows per group, sums in [-32768, 32512] */
        s[b] = _mm256_add_epi16(s[b], _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *) (row + 16 * b))));
      }
      if (TAIL) {
        __m256i q = _mm256_cvtepi8_epi16(_mm_loadu_si128((const __m128i *) (row + cols - j0 - 16)));
        st = _mm256_add_epi16(st, _mm256_and_si256(q, keep));
      }
    }
#pragma GCC unroll 8
    for (int b = 0; b < NB + TAIL; b++) {
      /* the tail's masked lanes are zeros: adding all 16 leaves the columns before it as they are */
      int32_t *a = b < NB ? acc + j0 + 16 * b : acc + cols - 16;
      __m256i v = b < NB ? s[b] : st;
      __m256i lo = _mm256_cvtepi16_epi32(_mm256_castsi256_si128(v));
      __m256i hi = _mm256_cvtepi16_epi32(_mm256_extracti128_si256(v, 1));
      _mm256_storeu_si256((__m256i *) a, _mm256_add_epi32(_mm256_loadu_si256((const __m256i *) a), lo));
      _mm256_storeu_si256((__m256i *) (a + 8), _mm256_add_epi32(_mm256_loadu_si256((const __m256i *) (a + 8)), hi));
    }
  }
}

#define BLOCK(NB) case NB: if (tail) { sum_block(t, cols, ids, n, acc, j0, NB, 1); } \
    else { sum_block(t, cols, ids, n, acc, j0, NB, 0); } break;

static void sum_rows(const int8_t *t, int32_t cols, const int32_t *ids, int32_t n, int32_t *acc) {
  int32_t whole = cols / 16 * 16;
  for (int32_t j0 = 0; j0 < whole; j0 += 128) {
    int32_t nb = (whole - j0) / 16;
    int tail = nb <= 8 && whole < cols; /* the last block takes the last columns along */
    switch (nb > 8 ? 8 : nb) {
      BLOCK(1) BLOCK(2) BLOCK(3) BLOCK(4) BLOCK(5) BLOCK(6) BLOCK(7) BLOCK(8)
      default: break;
    }
  }
  if (whole < cols && whole == 0) { /* fewer than 16 columns */
    for (int32_t i = 0; i < n; i++) {
      const int8_t *row = t + (int64_t) ids[i] * cols;
      for (int32_t j = 0; j < cols; j++) {
        acc[j] += row[j]; /* int32 += int8: the caller bounds the rows by 2^22 */
      }
    }
  }
}

/* Columns [j0, j0 + 8 NB); each lane takes its rows in order, one fma each. With TAIL (cols >= 8) also the last
   cols % 8 columns in the same pass: the row's last 8 bytes, of which only the lanes past the whole registers are
   stored. */
static inline __attribute__((always_inline)) void scaled_block(const int8_t *t, int32_t cols, const float *scales,
    const int32_t *ids, int32_t n, float *out, int32_t j0, const int NB, const int TAIL) {
  const __m256i keep = _mm256_cmpgt_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7),
      _mm256_set1_epi32(7 - cols % 8));
  __m256 s[12];
  __m256 st = TAIL ? _mm256_loadu_ps(out + cols - 8) : _mm256_setzero_ps();
#pragma GCC unroll 12
  for (int b = 0; b < NB; b++) {
    s[b] = _mm256_loadu_ps(out + j0 + 8 * b);
  }
  int32_t bytes = TAIL ? cols - j0 : 8 * NB;
  for (int32_t i = 0; i < n; i++) {
    if (i + PREFETCH_ROWS < n) {
      prefetch_row(t + (int64_t) ids[i + PREFETCH_ROWS] * cols + j0, bytes);
    }
    const int8_t *row = t + (int64_t) ids[i] * cols + j0;
    __m256 scale = _mm256_set1_ps(scales[ids[i]]);
#pragma GCC unroll 12
    for (int b = 0; b < NB; b++) {
      __m256i q = _mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i *) (row + 8 * b)));
      s[b] = _mm256_fmadd_ps(scale, _mm256_cvtepi32_ps(q), s[b]);
    }
    if (TAIL) {
      __m256i q = _mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i *) (row + cols - j0 - 8)));
      st = _mm256_fmadd_ps(scale, _mm256_cvtepi32_ps(q), st); /* the lanes before the tail are never stored */
    }
  }
#pragma GCC unroll 12
  for (int b = 0; b < NB; b++) {
    _mm256_storeu_ps(out + j0 + 8 * b, s[b]);
  }
  if (TAIL) {
    _mm256_maskstore_ps(out + cols - 8, keep, st);
  }
}

#define SCALED(NB) case NB: if (tail) { scaled_block(t, cols, scales, ids, n, out, j0, NB, 1); } \
    else { scaled_block(t, cols, scales, ids, n, out, j0, NB, 0); } break;

static void sum_rows_scaled(const int8_t *t, int32_t cols, const float *scales, const int32_t *ids, int32_t n,
    float *out) {
  int32_t whole = cols / 8 * 8;
  for (int32_t j0 = 0; j0 < whole; j0 += 96) {
    int32_t nb = (whole - j0) / 8;
    int tail = nb <= 12 && whole < cols; /* the last block takes the last columns along */
    switch (nb > 12 ? 12 : nb) {
      SCALED(1) SCALED(2) SCALED(3) SCALED(4) SCALED(5) SCALED(6) SCALED(7) SCALED(8) SCALED(9) SCALED(10)
      SCALED(11) SCALED(12)
      default: break;
    }
  }
  if (whole < cols && whole == 0) { /* fewer than 8 columns */
    for (int32_t i = 0; i < n; i++) {
      const int8_t *row = t + (int64_t) ids[i] * cols;
      float scale = scales[ids[i]];
      for (int32_t j = 0; j < cols; j++) {
        out[j] = fmaf(scale, (float) row[j], out[j]);
      }
    }
  }
}

/* fq_requantize1 on 8 lanes (vpmuldq for even and odd lanes), the last channels scalar. */
static void requantize(const int32_t *raw, int32_t rows, int32_t rpc, int32_t channels, const int32_t *bias,
    const int32_t *multiplier, const int32_t *shift, int32_t output_offset, int32_t act_min, int32_t act_max,
    int8_t *out) {
  const __m256i zero = _mm256_setzero_si256();
  const __m256i one = _mm256_set1_epi32(1);
  const __m256i nudge = _mm256_set1_epi64x(INT64_C(1) << 30);
  const __m256i offset = _mm256_set1_epi32(output_offset);
  const __m256i lo = _mm256_set1_epi32(act_min);
  const __m256i hi = _mm256_set1_epi32(act_max);
  const __m256i low_bytes = _mm256_setr_epi8(0, 4, 8, 12, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
      0, 4, 8, 12, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1);
  int32_t whole = channels / 8 * 8;
  for (int32_t r = 0; r < rows; r++) {
    for (int32_t c = 0; c < whole; c += 8) {
      __m256i acc = _mm256_add_epi32(_mm256_loadu_si256((const __m256i *) (raw + (int64_t) r * rpc + c)),
          _mm256_loadu_si256((const __m256i *) (bias + c)));
      __m256i mul = _mm256_loadu_si256((const __m256i *) (multiplier + c));
      __m256i sh = _mm256_loadu_si256((const __m256i *) (shift + c));
      __m256i x = _mm256_sllv_epi32(acc, _mm256_max_epi32(sh, zero));
      __m256i even = _mm256_add_epi64(_mm256_mul_epi32(x, mul), nudge);
      __m256i odd = _mm256_add_epi64(_mm256_mul_epi32(_mm256_srli_epi64(x, 32), _mm256_srli_epi64(mul, 32)), nudge);
      __m256i high = _mm256_blend_epi32(_mm256_srli_epi64(even, 31), _mm256_slli_epi64(_mm256_srli_epi64(odd, 31), 32),
          0xAA);
      __m256i right = _mm256_max_epi32(_mm256_sub_epi32(zero, sh), zero);
      __m256i mask = _mm256_sub_epi32(_mm256_sllv_epi32(one, right), one);
      __m256i remainder = _mm256_and_si256(high, mask);
      __m256i threshold = _mm256_sub_epi32(_mm256_srai_epi32(mask, 1), _mm256_srai_epi32(high, 31));
      __m256i v = _mm256_srav_epi32(high, right);
      v = _mm256_sub_epi32(v, _mm256_cmpgt_epi32(remainder, threshold)); /* true is -1 */
      v = _mm256_min_epi32(_mm256_max_epi32(_mm256_add_epi32(v, offset), lo), hi);
      __m256i b = _mm256_shuffle_epi8(v, low_bytes);
      __m128i packed = _mm_unpacklo_epi32(_mm256_castsi256_si128(b), _mm256_extracti128_si256(b, 1));
      _mm_storel_epi64((__m128i *) (out + (int64_t) r * channels + c), packed);
    }
  }
  fq_requantize_rows(raw, rows, rpc, channels, bias, multiplier, shift, output_offset, act_min, act_max, out, whole);
}

static void dequantize(const int32_t *raw, int32_t rows, int32_t rpc, int32_t channels, const int32_t *bias,
    const float *scale, int32_t activation, float *out) {
  const __m256 zero = _mm256_setzero_ps();
  const __m256 six = _mm256_set1_ps(6.0f);
  int32_t whole = channels / 8 * 8;
  for (int32_t r = 0; r < rows; r++) {
    int32_t c = 0;
    for (; c < whole; c += 8) {
      __m256i acc = _mm256_add_epi32(_mm256_loadu_si256((const __m256i *) (raw + (int64_t) r * rpc + c)),
          _mm256_loadu_si256((const __m256i *) (bias + c)));
      __m256 v = _mm256_mul_ps(_mm256_loadu_ps(scale + c), _mm256_cvtepi32_ps(acc));
      if (activation != FQ_NONE) {
        v = _mm256_max_ps(v, zero); /* second operand for (-0, +0): Java's max(-0f, 0f) = 0f */
        if (activation == FQ_RELU6) {
          v = _mm256_min_ps(v, six);
        }
      }
      _mm256_storeu_ps(out + (int64_t) r * channels + c, v);
    }
    for (; c < channels; c++) {
      int32_t acc = (int32_t) ((uint32_t) raw[(int64_t) r * rpc + c] + (uint32_t) bias[c]);
      out[(int64_t) r * channels + c] = fq_activate(scale[c] * (float) acc, activation);
    }
  }
}

const fq_kernels fq_avx2 = {0, gemm, sum_rows, sum_rows_scaled, requantize, dequantize};
