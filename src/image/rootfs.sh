#!/usr/bin/env bash
# The files `mvn -Pimage package` adds to Jib's empty "scratch" base, so that the image is built
# with no registry and no Docker daemon: a jlinked Java runtime at /opt/java/openjdk (where the
# eclipse-temurin images keep theirs), the C libraries it links (from this machine), a passwd entry
# for the non-root user and an empty /tmp. With a real base image (IMAGE_FROM is not "scratch")
# the base brings all of that, and the directory stays empty. BROTLI_JAR, brotli4j's native jar for
# this machine, puts its library where Java looks first: extracted to /tmp at start-up it could not
# load, as Docker mounts a tmpfs noexec (and Stepwise would fall back to gzip).
#
#   src/image/rootfs.sh OUT IMAGE_FROM JAVA_HOME [BROTLI_JAR]
set -euo pipefail
out=$1 from=$2 java_home=$3 brotli_jar=${4:-}
rm -rf "$out"
mkdir -p "$out"
[ "$from" = scratch ] || exit 0

# What the shaded jar needs (jdeps --print-module-deps), plus what it loads by name: jdk.zipfs
# (static files served from the jar), jdk.unsupported (Unsafe), jdk.crypto.ec (TLS to nowhere
# today, but cheap) and jdk.httpserver (the metrics port).
modules=java.base,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.rmi,java.security.jgss,java.sql,jdk.httpserver,jdk.management,jdk.unsupported,jdk.zipfs,jdk.crypto.ec
# --generate-cds-archive: the JDK's own class-data archive, which a plain jlink image lacks and
# without which start-up parses every JDK class.
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --generate-cds-archive --output "$out/opt/java/openjdk"

# Every shared library the runtime's programs and libraries link, and the dynamic loader itself;
# not those of java.desktop's graphics and sound (X11, fonts), which a headless server never loads.
find "$out/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) \
  -not -regex '.*/lib\(awt_xawt\|fontmanager\|jsound\|lcms\|javajpeg\|splashscreen\|mlib_image\|jawt\)\.so' -print0 \
  | xargs -0 ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' | sort -u \
  | grep -v "/opt/java/openjdk/" \
  | while read -r lib; do cp --parents -L "$lib" "$out"; done

# /usr/java/packages/lib heads the JDK's java.library.path on Linux; the library links only C and
# C++ runtime libraries the Java runtime links too, so those are copied already.
if [ -n "$brotli_jar" ]; then
  mkdir -p "$out/usr/java/packages/lib"
  unzip -p "$brotli_jar" 'lib/linux-x86_64/libbrotli.so' >"$out/usr/java/packages/lib/libbrotli.so"
fi

mkdir -p "$out/etc" "$out/tmp"
echo 'stepwise:x:65532:65532:Stepwise:/tmp:/sbin/nologin' >"$out/etc/passwd"
echo 'stepwise:x:65532:' >"$out/etc/group"
echo "Image root: $(du -sh "$out" | cut -f1) ($(du -sh "$out/opt/java/openjdk" | cut -f1) of it the Java runtime)"
