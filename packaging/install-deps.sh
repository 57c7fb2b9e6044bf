#!/bin/sh
# Installs what Waymark needs to build, run and test on Debian 12 / Ubuntu 22.04+.
# Idempotent: packages already present are left alone, and apt runs only when one is missing.
#   --bench   also what the data benchmark compares against (python3-pandas; the sqlite3 shell
#             is always installed): `cmake --build build --target bench_data`; and SciPy for the
#             lifetime value benchmark: `cmake --build build --target bench_clvmodel`.
#   --fuzz    also clang and libFuzzer for the fuzz targets (tests/fuzz/run-fuzzers.sh, run by
#             CI): clang-14, its sanitizer and fuzzer runtimes (libclang-rt-14-dev, which apt
#             would only recommend) and libfuzzer-14-dev.
set -eu

PACKAGES="
  cmake g++ make pkgconf
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev libgl-dev qt6-svg-dev qt6-qpa-plugins qt6-translations-l10n
  libsqlite3-dev sqlite3 nlohmann-json3-dev libgsl-dev libzip-dev libxlsxwriter-dev libssl-dev libabsl-dev
  libqt6sql6-psql postgresql
  python3 python3-jsonschema python3-openpyxl
  xvfb xauth imagemagick
  fonts-noto-core fonts-dejavu-core fonts-noto-cjk
  qpdf poppler-utils
  dpkg-dev file desktop-file-utils appstream lintian xdg-utils libfile-mimeinfo-perl shared-mime-info
"
for option in "$@"; do
  case $option in
    --bench) PACKAGES="$PACKAGES python3-pandas python3-scipy" ;;
    --fuzz) PACKAGES="$PACKAGES clang-14 libclang-rt-14-dev libfuzzer-14-dev" ;;
    *) echo "install-deps: unknown option $option (known: --bench, --fuzz)" >&2; exit 2 ;;
  esac
done

missing=""
for package in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done

if [ -z "$missing" ]; then
  echo "install-deps: all build and test dependencies are installed."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

echo "install-deps: installing:$missing"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086 # word splitting of the package list is intended
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
