#!/bin/sh
# Builds quant's native kernels (libfenleiquant.so) into the classes directory, called by the quant module's pom
# in the compile phase: build.sh SOURCE_DIR CLASSES_DIR JAVA_HOME SKIP SANITIZE
#   SKIP      "true" builds nothing (-Dfenlei.native.skip=true: what a machine without gcc gets)
#   SANITIZE  "address" builds with AddressSanitizer and copies every Java array (the native-asan profile)
# Without gcc, on another OS or CPU, or without JNI headers, it builds nothing and says so once: the Java kernels
# serve alone, and the build still succeeds.
set -eu
src=$1 classes=$2 jdk=$3 skip=$4 sanitize=${5:-}
CC=${CC:-gcc}
say() { echo "[fenlei quant] $*"; }

os=$(uname -s | tr 'A-Z' 'a-z')
arch=$(uname -m)
case "$arch" in x86_64|amd64) arch=x86_64 ;; esac
out="$classes/org/fenlei/quant/native/$os-$arch"
rm -rf "$classes/org/fenlei/quant/native"

if [ "$skip" = true ]; then
  say "native kernels not built (fenlei.native.skip=true): the int8 kernels will run in Java"
  exit 0
fi
if [ "$os" != linux ] || [ "$arch" != x86_64 ]; then
  say "native kernels not built: only linux-x86_64 is supported, this is $os-$arch; the int8 kernels will run in Java"
  exit 0
fi
if ! command -v "$CC" >/dev/null 2>&1; then
  say "native kernels not built: no C compiler ($CC) found; the int8 kernels will run in Java"
  exit 0
fi
if [ ! -f "$jdk/include/jni.h" ]; then
  say "native kernels not built: no JNI headers in $jdk/include; the int8 kernels will run in Java"
  exit 0
fi

obj=$(mktemp -d)
trap 'rm -rf "$obj"' EXIT
flags="-O3 -std=c11 -fPIC -fvisibility=hidden -ffp-contract=off -fno-strict-aliasing -Wall -Wextra -Werror"
if [ "$sanitize" = address ]; then
  flags="$flags -g -fsanitize=address -fno-omit-frame-pointer -DFQ_COPY_ARRAYS"
fi
$CC $flags -I"$jdk/include" -I"$jdk/include/linux" -c "$src/jni.c" -o "$obj/jni.o"
$CC $flags -c "$src/kernels_portable.c" -o "$obj/portable.o"
$CC $flags -mavx2 -mfma -c "$src/kernels_avx2.c" -o "$obj/avx2.o"
$CC $flags -mavx2 -mfma -mavx512f -mavx512bw -mavx512vl -mavx512vnni -c "$src/kernels_avx512vnni.c" \
    -o "$obj/avx512vnni.o"
mkdir -p "$out"
$CC $flags -shared -static-libgcc -Wl,-z,noexecstack -o "$out/libfenleiquant.so" "$obj"/*.o -lm
say "native kernels built: $out/libfenleiquant.so${sanitize:+ (sanitize=$sanitize)}"
