#!/bin/sh
# Builds the .deb from an existing build folder and checks it the way a user meets it:
# desktop file, AppStream metadata and lintian, then installs it with apt and runs the
# installed waymark headless on the sample; a .waymark must be recognised as ours.
# Usage: packaging/check-package.sh BUILD_DIR   (needs root or sudo for apt-get install)
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/waymark_*_amd64.deb)
echo "check-package: $deb"

desktop-file-validate "$here/org.waymarkapp.Waymark.desktop"
appstreamcli validate --no-net "$here/org.waymarkapp.Waymark.metainfo.xml"
# Errors fail the check; warnings are listed for the release notes.
lintian --fail-on error --tag-display-limit 0 "$deb"

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
command -v waymark
waymark --version
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
waymark convert /usr/share/waymark/samples/retail-bank-account.waymark.json "$work/sample.waymark"
waymark import "$work/sample.waymark" --nps /usr/share/waymark/samples/retail-bank-nps.csv
waymark export "$work/sample.waymark" --pdf "$work/sample.pdf" --page A3 --summary
test -s "$work/sample.pdf"
# A Korean user's journey, in a Korean session, prints in Korean with the fonts inside the PDF.
waymark convert /usr/share/waymark/samples/retail-bank-account.ko.waymark.json "$work/korean.waymark"
LANG=ko_KR.UTF-8 LANGUAGE= LC_ALL= waymark export "$work/korean.waymark" --pdf "$work/korean.pdf" --page A3 --summary
pdftotext "$work/korean.pdf" - | grep -q "경영진 요약"
pdftotext "$work/korean.pdf" - | grep -q "입출금 계좌 개설"
type=$(xdg-mime query filetype "$work/sample.waymark")
echo "check-package: xdg-mime says $type"
test "$type" = "application/x-waymark"
echo "check-package: ok"
