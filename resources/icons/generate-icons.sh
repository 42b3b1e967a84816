#!/usr/bin/env bash
# Regenerates the committed raster icons from hookbench.svg (run it after changing the SVG):
#   hookbench-<size>.png  for the hicolor theme (Linux packages, Flatpak) and the macOS .icns
#   ../../packaging/windows/hookbench.ico  for the Windows executable and installer
# Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert. The build itself needs neither:
# the outputs are committed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" --output "hookbench-$size.png" hookbench.svg
done
# Windows wants 16-256 in one file; 256 is stored PNG-compressed by ImageMagick.
convert hookbench-16.png hookbench-24.png hookbench-32.png hookbench-48.png hookbench-64.png \
    hookbench-128.png hookbench-256.png ../../packaging/windows/hookbench.ico
