/*
 * The arithmetic of one 1 x DEPTH x 16 linear layer forward, without the JNI call: the VNNI and the AVX2 kernels'
 * gemm on one row against 16 channels, called 2,000,000 times each, five rounds alternating; prints ns per call.
 *   C=quant/src/main/c; F="-O3 -std=c11 -ffp-contract=off -I$C"
 *   gcc $F -mavx2 -mfma -mavx512f -mavx512bw -mavx512vl -mavx512vnni -c $C/kernels_avx512vnni.c -o /tmp/v.o
 *   gcc $F -mavx2 -mfma -c $C/kernels_avx2.c -o /tmp/a.o
 *   gcc $F bench/scripts/quant/gemm_one.c /tmp/v.o /tmp/a.o -o /tmp/gemm_one && /tmp/gemm_one 768
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "fenlei_quant.h"

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  int depth = argc > 1 ? atoi(argv[1]) / 4 * 4 : 768, pc = 16;
  uint8_t *x = aligned_alloc(64, (size_t) (depth + 64) / 64 * 64);
  int8_t *w = aligned_alloc(64, (size_t) depth * pc);
  int32_t *p = aligned_alloc(64, 64 * 4);
  srand(7);
  for (int i = 0; i < depth; i++) x[i] = (uint8_t) rand();
  for (int i = 0; i < depth * pc; i++) w[i] = (int8_t) (rand() % 255 - 127);
  for (int i = 0; i < 64; i++) p[i] = rand() % 1000;
  fq_gemm g = {x, depth, 1, w, depth, pc, p, 0};
  const fq_kernels *k[2] = {&fq_avx512vnni, &fq_avx2};
  const char *name[2] = {"avx512vnni", "avx2"};
  int32_t raw[16];
  for (int round = 0; round < 5; round++) {
    for (int j = 0; j < 2; j++) {
      long n = 2000000;
      double t = now();
      for (long i = 0; i < n; i++) {
        k[j]->gemm(&g, raw, 0);
        __asm__ volatile("" : : "r"(raw) : "memory");
      }
      printf("%s 1x%dx16: %.1f ns a call\n", name[j], depth, (now() - t) / n * 1e9);
    }
  }
  return 0;
}
