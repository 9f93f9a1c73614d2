#!/usr/bin/env sh
# Regenerates the screenshots in docs/screenshots/ from the bundled sample: the strategy grid as
# HTML, PDF and XLSX, and a district pack page, as a board member sees them.
# Needs: chromium (headless), pdftoppm (poppler-utils) and libreoffice (for the XLSX), e.g.
#   apt-get install chromium poppler-utils libreoffice-calc-nogui
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
out="$here/docs/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
kpi="$here/kpi"
"$kpi" scorecard -q -o "$work/scorecard.html"
"$kpi" scorecard -q -o "$work/scorecard.pdf"
"$kpi" scorecard -q -o "$work/scorecard.xlsx"
"$kpi" datapack -q --out "$work/packs" --district Thanet

shot() { # page.html picture.png width,height
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --window-size="$3" --screenshot="$2" \
    "file://$1" >/dev/null 2>&1
  rm -rf "$profile"
}
shot "$work/scorecard.html" "$out/scorecard-grid-html.png" 1280,1300
shot "$work/packs/thanet.html" "$out/pack-thanet-html.png" 1100,1600
shot "$work/packs/index.html" "$out/pack-index-html.png" 1100,1300

# The PDF grid, first page, as printed on A4 landscape.
pdftoppm -r 90 -png -f 1 -l 1 -singlefile "$work/scorecard.pdf" "$out/scorecard-grid-pdf"

# The pack printed from the browser: the key stage 4 page (its charts by scale).
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$work/thanet.pdf" \
  "file://$work/packs/thanet.html" >/dev/null 2>&1
rm -rf "$profile"
page=$(for i in $(seq 1 40); do
  pdftotext -f "$i" -l "$i" "$work/thanet.pdf" - 2>/dev/null | head -1 | grep -q '^Attainment at key stage 4' && echo "$i" && break
done)
pdftoppm -r 70 -png -f "$page" -l "$page" -singlefile "$work/thanet.pdf" "$out/pack-thanet-print"

# The XLSX grid and a pack sheet as LibreOffice prints them.
libreoffice --headless --convert-to pdf --outdir "$work" "$work/scorecard.xlsx" \
  "$work/packs/thanet.xlsx" >/dev/null 2>&1
sheet() { # pdf title picture
  for i in $(seq 1 40); do
    if pdftotext -f "$i" -l "$i" "$1" - 2>/dev/null | head -1 | grep -q "^$2"; then
      pdftoppm -r 100 -png -f "$i" -l "$i" -singlefile "$1" "$3"
      return
    fi
  done
}
sheet "$work/scorecard.pdf" "Scorecard 2016/17" "$out/scorecard-grid-xlsx"
sheet "$work/thanet.pdf" "Attainment at key stage 4" "$out/pack-thanet-xlsx"
ls -l "$out"
