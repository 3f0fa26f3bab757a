/*
 * What the x86 kernels (AVX2, AVX-512 VNNI) share: prefetching the rows an embedding bag reads a few rows ahead.
 */
#ifndef FENLEI_KERNELS_X86_H
#define FENLEI_KERNELS_X86_H

#include <immintrin.h>
#include <stdint.h>

/* How many rows ahead of the one being summed an embedding bag prefetches. */
#define PREFETCH_ROWS 16

/* Prefetches the bytes [p, p + bytes) of a row into L1, a cache line at a time. */
static inline void prefetch_row(const int8_t *p, int32_t bytes) {
  for (int32_t o = 0; o < bytes; o += 64) {
    _mm_prefetch((const char *) p + o, _MM_HINT_T0);
  }
  _mm_prefetch((const char *) p + bytes - 1, _MM_HINT_T0);
}

#endif
