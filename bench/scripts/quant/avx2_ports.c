/*
 * Throughput of the AVX2 instructions an int8 dot product and a float32 FMA kernel are made of, alone and in pairs
 * (8 independent instructions a loop turn): which of them share execution pipes on this CPU (BENCHMARKS.md, section
 * "quant: native kernels"). Instructions per ns; divide by the clock (the FMA line at 2 a cycle gives it).
 *   gcc -O2 -mavx2 -mfma bench/scripts/quant/avx2_ports.c -o /tmp/avx2_ports && /tmp/avx2_ports
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <time.h>
#include <immintrin.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
#define N 50000000L
#define OP(ins,j) __asm__ volatile(ins " %%ymm14, %%ymm15, %%ymm" #j ::: "xmm" #j);
#define BODY(ins) OP(ins,0)OP(ins,1)OP(ins,2)OP(ins,3)OP(ins,4)OP(ins,5)OP(ins,6)OP(ins,7)
#define BODY2(a,b) OP(a,0)OP(b,1)OP(a,2)OP(b,3)OP(a,4)OP(b,5)OP(a,6)OP(b,7)
#define RUN(name, body, n) { double t=now(); for(long i=0;i<N;i++){ body } t=now()-t; printf("%-28s %.2f per ns\n", name, N*(double)n/t/1e9); }
int main(){
  for(int rep=0;rep<2;rep++){
  RUN("vfmadd231ps", BODY("vfmadd231ps"), 8)
  RUN("vpmaddubsw", BODY("vpmaddubsw"), 8)
  RUN("vpmaddwd", BODY("vpmaddwd"), 8)
  RUN("vpsignb", BODY("vpsignb"), 8)
  RUN("vpaddd", BODY("vpaddd"), 8)
  RUN("vpxor", BODY("vpxor"), 8)
  RUN("maddubsw+signb", BODY2("vpmaddubsw","vpsignb"), 8)
  RUN("maddubsw+maddwd", BODY2("vpmaddubsw","vpmaddwd"), 8)
  RUN("maddwd+paddd", BODY2("vpmaddwd","vpaddd"), 8)
  RUN("maddubsw+paddd", BODY2("vpmaddubsw","vpaddd"), 8)
  RUN("signb+paddd", BODY2("vpsignb","vpaddd"), 8)
  { double t=now(); for(long i=0;i<N;i++){ __asm__ volatile("vpmovsxbw %%xmm14,%%ymm0\n vpmovsxbw %%xmm14,%%ymm1\n vpmovsxbw %%xmm14,%%ymm2\n vpmovsxbw %%xmm14,%%ymm3\n vpmovsxbw %%xmm14,%%ymm4\n vpmovsxbw %%xmm14,%%ymm5\n vpmovsxbw %%xmm14,%%ymm6\n vpmovsxbw %%xmm14,%%ymm7":::"xmm0","xmm1","xmm2","xmm3","xmm4","xmm5","xmm6","xmm7"); } t=now()-t; printf("%-28s %.2f per ns\n","vpmovsxbw",N*8.0/t/1e9);}
  }
}
