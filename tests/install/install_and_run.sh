#!/usr/bin/env bash
# Installs the build and runs the installed binaries' --version from there: the files land where
# desktops look for them, and the installed binaries start with what the installation carries
# (the private Arrow libraries through their RPATH, not the build tree's copy).
#   prefix: `cmake --install` into a scratch prefix
#   deb:    `cpack -G DEB`, the package's Depends checked, the package unpacked into a scratch root
# usage: install_and_run.sh prefix|deb CMAKE_OR_CPACK BUILD_DIR VERSION WITH_GUI(ON|OFF)
set -euo pipefail
mode=$1 tool=$2 build=$3 version=$4 with_gui=$5

scratch=$(mktemp -d "${TMPDIR:-/tmp}/outflow-install.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
quietly() { "$@" > "$scratch/log" 2>&1 || { cat "$scratch/log" >&2; fail "$*"; }; }

case "$mode" in
  prefix)
    prefix=$scratch/prefix
    quietly "$tool" --install "$build" --prefix "$prefix"
    ;;
  deb)
    quietly "$tool" -G DEB -B "$scratch/package" --config "$build/CPackConfig.cmake"
    debs=("$scratch"/package/outflow_"$version"_*.deb)
    [ -f "${debs[0]}" ] || fail "cpack made no outflow_${version}_*.deb"
    depends=$(dpkg-deb -f "${debs[0]}" Depends)
    echo "Depends: $depends"
    # Linked libraries come from dpkg-shlibdeps; plugins are named by hand.
    for p in librdkafka++1 libqt6core6 libqt6sql6-sqlite; do
      grep -qE "(^|, )$p( |,|$)" <<<"$depends" || fail "the package does not depend on $p"
    done
    [ "$with_gui" = ON ] && { grep -q 'qt6-qpa-plugins' <<<"$depends" || fail "the package does not depend on qt6-qpa-plugins"; }
    quietly dpkg-deb -x "${debs[0]}" "$scratch/root"
    prefix=$scratch/root/usr
    ;;
  *) fail "unknown mode $mode" ;;
esac

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
echo "installed ($mode) and ran from $prefix"
