#!/usr/bin/env bash
# Installs the build into a scratch prefix with `cmake --install` and runs the installed
# binaries' --version from there: the files land where desktops look for them, and the
# installed binaries start with what the prefix carries (the private Arrow libraries through
# their RPATH, not the build tree's copy).
# usage: install_and_run.sh CMAKE BUILD_DIR VERSION WITH_GUI(ON|OFF)
set -euo pipefail
cmake_bin=$1 build=$2 version=$3 with_gui=$4

prefix=$(mktemp -d "${TMPDIR:-/tmp}/outflow-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cmake_bin" --install "$build" --prefix "$prefix" > "$prefix.log" 2>&1 || { cat "$prefix.log" >&2; rm -f "$prefix.log"; fail "cmake --install"; }
rm -f "$prefix.log"

expected=(bin/outflow-engine share/doc/outflow/README.md)
binaries=(outflow-engine)
if [ "$with_gui" = ON ]; then
  expected+=(bin/outflow share/applications/outflow.desktop share/metainfo/outflow.metainfo.xml
             share/icons/hicolor/scalable/apps/outflow.svg share/outflow/translations/outflow_zh_CN.qm)
  binaries+=(outflow)
fi
for f in "${expected[@]}"; do
  [ -e "$prefix/$f" ] || fail "$f is not installed"
done

for b in "${binaries[@]}"; do
  # Arrow must resolve inside the prefix when the build carries it (no system Arrow).
  if ldd "$prefix/bin/$b" | grep -q 'libarrow'; then
    ldd "$prefix/bin/$b" | grep 'libarrow' | grep -qF "$prefix/bin/../lib/outflow/" \
      || fail "$b finds Arrow outside the prefix: $(ldd "$prefix/bin/$b" | grep libarrow)"
  fi
  out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/$b" --version) || fail "$b --version exited $?"
  echo "$out"
  head -n1 <<<"$out" | grep -q "^$b $version" || fail "$b --version does not start with '$b $version'"
  grep -q '^Qt 6\.' <<<"$out" || fail "$b --version does not name Qt"
  grep -q '^librdkafka [0-9]' <<<"$out" || fail "$b --version does not name librdkafka"
done
echo "installed and ran from $prefix"
