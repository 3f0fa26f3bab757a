/*
 * The AVX2 convolution kernel (fq_avx2.gemm, max over windows as TextCNN's pooling) against a variant of it in one
 * process, on the four Conv1dBenchmark shapes: bit-exactness against the portable kernel, best times, and the
 * median (quartiles) of 15 alternations of 30 ms each, which a shared machine's load affects alike. With an
 * argument, first the 256-bit FMA rate (10 independent chains), to estimate the clock. A variant is a copy of
 * kernels_avx2.c compiled with -Dfq_avx2=fq_v:
 *   C=quant/src/main/c; F="-O3 -std=c11 -ffp-contract=off -I$C"
 *   gcc $F -c $C/kernels_portable.c -o /tmp/p.o && gcc $F -mavx2 -mfma -c $C/kernels_avx2.c -o /tmp/a.o
 *   gcc $F -mavx2 -mfma -Dfq_avx2=fq_v -c VARIANT.c -o /tmp/v.o
 *   gcc $F -DVARIANT=fq_v bench/scripts/quant/gemm_pair.c /tmp/a.o /tmp/v.o /tmp/p.o -lm -o /tmp/gemm_pair
 *   /tmp/gemm_pair fma
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <immintrin.h>
#include "fenlei_quant.h"
extern const fq_kernels VARIANT;
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
__attribute__((target("avx2,fma"))) static double fma_peak(void){
  __m256 a0=_mm256_set1_ps(0.1f),a1=a0,a2=a0,a3=a0,a4=a0,a5=a0,a6=a0,a7=a0,a8=a0,a9=a0;
  __m256 m=_mm256_set1_ps(0.999f), b=_mm256_set1_ps(0.0001f);
  long n=100000000; double t=now();
  for(long i=0;i<n;i++){
#define F(j) __asm__("vfmadd213ps %2,%1,%0":"+x"(a##j):"x"(m),"x"(b));
    F(0)F(1)F(2)F(3)F(4)F(5)F(6)F(7)F(8)F(9)}
  t=now()-t; __m256 s=_mm256_add_ps(_mm256_add_ps(_mm256_add_ps(a0,a1),_mm256_add_ps(a2,a3)),_mm256_add_ps(_mm256_add_ps(a4,a5),_mm256_add_ps(a6,_mm256_add_ps(a7,_mm256_add_ps(a8,a9)))));
  if(s[0]==12345)puts("");
  return n*10.0/t;
}
int main(int argc,char**argv){
  int shapes[][4]={{32,100,3,100},{128,300,4,128},{256,300,5,256},{512,300,3,100}};
  double f=argc>1?fma_peak():1; printf("256-bit FMA: %.2f G/s (at 2/cycle: %.2f GHz)\n",f/1e9,f/2e9);
  srand(7);
  for(int s=0;s<4;s++){
    int L=shapes[s][0],C=shapes[s][1],W=shapes[s][2],F_=shapes[s][3];
    int rows=L-W+1, depth=W*C, pc=(F_+15)/16*16, stride=C;
    size_t xb=(size_t)(rows-1)*stride+depth+4;
    uint8_t*x=malloc(xb); for(size_t i=0;i<xb;i++)x[i]=rand();
    for(int i=0;i<16&&s==0;i++)x[i]=0x80; /* -128 extremes */
    int8_t*w=malloc((size_t)pc*depth); for(size_t i=0;i<(size_t)pc*depth;i++)w[i]=(int8_t)(rand()%255-127);
    int32_t*ws=calloc(pc,4); int32_t*r1=malloc(pc*4),*r2=malloc(pc*4);
    fq_gemm g={x,stride,rows,w,depth,pc,ws};
    for(int c=0;c<pc;c++)r1[c]=r2[c]=INT32_MIN;
    fq_portable.gemm(&g,r1,1); VARIANT.gemm(&g,r2,1);
    int32_t*a1=malloc((size_t)rows*pc*4),*a2=malloc((size_t)rows*pc*4);
    fq_portable.gemm(&g,a1,0); VARIANT.gemm(&g,a2,0);
    int ok=!memcmp(r1,r2,pc*4)&&!memcmp(a1,a2,(size_t)rows*pc*4);
    double rs[15], tb=1e9, tv=1e9;
    for(int rep=0;rep<15;rep++){ int it; double t, e1, e2;
      it=0; t=now(); do{fq_avx2.gemm(&g,r2,1);it++;}while((e1=now()-t)<0.03); e1/=it;
      it=0; t=now(); do{VARIANT.gemm(&g,r2,1);it++;}while((e2=now()-t)<0.03); e2/=it;
      rs[rep]=e1/e2; if(e1<tb)tb=e1; if(e2<tv)tv=e2;}
    for(int i=0;i<15;i++)for(int j=i+1;j<15;j++)if(rs[j]<rs[i]){double q=rs[i];rs[i]=rs[j];rs[j]=q;}
    double best=tv;
    double macs=(double)rows*depth*pc;
    printf("%dx%dx%dx%d: %s base %7.1f us, variant %7.1f us  %.1f GMAC/s; paired base/variant median %.3f (%.3f-%.3f)\n",L,C,W,F_,ok?"exact":"DIFFERS",tb*1e6,best*1e6,macs/best/1e9,rs[7],rs[3],rs[11]);
  }
}
