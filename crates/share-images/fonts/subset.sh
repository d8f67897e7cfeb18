#!/usr/bin/env bash
# Makes the bundled font subsets from Noto Sans CJK JP (Debian's
# fonts-noto-cjk, SIL Open Font License 1.1): Latin, Latin-1 and Latin
# Extended-A, general and CJK punctuation, kana, full-width forms, JIS X 0208
# rows 1-8 (symbols) and 16-47 (the 2,965 level-1 kanji), and every character
# in data/ and the interface strings. Run it after adding text with a
# character the build says the font lacks, and commit the two .otf files.
#
#   apt-get install fonts-noto-cjk && pip install fonttools
#   crates/share-images/fonts/subset.sh
set -euo pipefail
cd "$(dirname "$0")"
root=../../..
chars=$(mktemp)
python3 - "$root" > "$chars" <<'PY'
import glob, sys
root = sys.argv[1]
chars = set()
for row in list(range(1, 9)) + list(range(16, 48)):
    for col in range(1, 95):
        try:
            chars.add(bytes([0xA0 + row, 0xA0 + col]).decode('euc_jp'))
        except UnicodeDecodeError:
            pass
for start, end in [(0x20, 0x7F), (0xA0, 0x180), (0x2000, 0x2070), (0x3000, 0x3100), (0xFF00, 0xFFF0)]:
    chars.update(map(chr, range(start, end)))
for path in glob.glob(f'{root}/data/**/*.json', recursive=True) + glob.glob(f'{root}/crates/core/src/logic/**/*.rs', recursive=True):
    chars.update(open(path, encoding='utf8').read())
print(''.join(sorted(c for c in chars if ord(c) >= 0x20)), end='')
PY
for weight in Regular Bold; do
  pyftsubset "/usr/share/fonts/opentype/noto/NotoSansCJK-$weight.ttc" --font-number=0 \
    --text-file="$chars" --layout-features='kern,palt,vert,liga' --name-IDs='*' --name-languages='*' \
    --output-file="NotoSansCJKjp-$weight-subset.otf"
done
rm "$chars"
ls -l NotoSansCJKjp-*-subset.otf
