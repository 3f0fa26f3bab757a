/*
 * One level's embedding bag (sum_rows, per-tensor) against a variant in one process: bags of 200 random rows of
 * 50000x100, 2000000x100 and 50000x300 tables, 1024 bags cycled; bit-exactness against the portable kernel, best
 * times, and the median (quartiles) of 21 alternations of 20 ms. BASE and VARIANT name two fq_kernels tables:
 *   C=quant/src/main/c; F="-O3 -std=c11 -ffp-contract=off -I$C"
 *   gcc $F -c $C/kernels_portable.c -o /tmp/p.o && gcc $F -mavx2 -mfma -c $C/kernels_avx2.c -o /tmp/a.o
 *   gcc $F -mavx2 -mfma -Dfq_avx2=fq_v -c VARIANT.c -o /tmp/v.o   # for AVX-512: its flags, -Dfq_avx512vnni=fq_v
 *   gcc $F -DBASE=fq_avx2 -DVARIANT=fq_v bench/scripts/quant/bag_pair.c /tmp/a.o /tmp/v.o /tmp/p.o -lm -o /tmp/bag_pair
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "fenlei_quant.h"
extern const fq_kernels BASE, VARIANT;
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
int main(void){
  int tables[][2]={{50000,100},{2000000,100},{50000,300}};
  srand(3);
  for(int s=0;s<3;s++){
    int rows=tables[s][0], cols=tables[s][1], bag=200, bags=1024;
    int8_t*t=malloc((size_t)rows*cols+64); for(size_t i=0;i<(size_t)rows*cols;i++)t[i]=(int8_t)rand();
    for(int i=0;i<cols;i++)t[i]=-128;
    int32_t*ids=malloc(4L*bag*bags); for(int i=0;i<bag*bags;i++)ids[i]=rand()%rows; ids[0]=0; ids[1]=0;
    int32_t a1[512],a2[512],a3[512]; int ok=1;
    for(int b=0;b<bags;b++){memset(a1,0,sizeof a1);memset(a2,0,sizeof a2);memset(a3,0,sizeof a3);
      fq_portable.sum_rows(t,cols,ids+b*bag,bag,a1);BASE.sum_rows(t,cols,ids+b*bag,bag,a2);VARIANT.sum_rows(t,cols,ids+b*bag,bag,a3);
      if(memcmp(a1,a2,cols*4)||memcmp(a1,a3,cols*4))ok=0;}
    double rs[21], tb=1e9,tv=1e9; int nb=0, nv=0;
    for(int rep=0;rep<21;rep++){ double e1,e2,t0; int it;
      it=0;t0=now();do{memset(a2,0,cols*4);BASE.sum_rows(t,cols,ids+(nb++%bags)*bag,bag,a2);it++;}while((e1=now()-t0)<0.02);e1/=it;
      it=0;t0=now();do{memset(a3,0,cols*4);VARIANT.sum_rows(t,cols,ids+(nv++%bags)*bag,bag,a3);it++;}while((e2=now()-t0)<0.02);e2/=it;
      rs[rep]=e1/e2; if(e1<tb)tb=e1; if(e2<tv)tv=e2;}
    for(int i=0;i<21;i++)for(int j=i+1;j<21;j++)if(rs[j]<rs[i]){double q=rs[i];rs[i]=rs[j];rs[j]=q;}
    printf("%7dx%d %s base %.3f us variant %.3f us (best); paired base/variant median %.3f (%.3f-%.3f)\n",rows,cols,ok?"exact":"DIFFERS",tb*1e6,tv*1e6,rs[10],rs[5],rs[15]);
    free(t);free(ids);
  }
}
