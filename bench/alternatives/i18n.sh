#!/usr/bin/env bash
# What the interface's fixed texts cost the WebAssembly module, written two
# ways, in brotli bytes over an app that shows one text:
#   table:        a constant list of &'static str, as crates/core's strings
#                 table holds them (one edition's, as each module has);
#   leptos_i18n:  the same texts as leptos_i18n 0.6 locales, each read with
#                 td_string!(Locale::en, key), its leanest form (no provider).
# The texts are the table's fixed ones (crates/core/src/logic/strings/
# table.rs, fields of type &'static str whose two editions are plain
# literals); its texts with arguments have no like-for-like form here.
#
#   bench/alternatives/i18n.sh
#
# Three small Leptos 0.8 apps built as Trunk builds the explorer's module
# (release profile as in Cargo.toml, wasm-bindgen, wasm-opt -Oz). Takes
# several minutes the first time. Results: bench/alternatives/README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/target/alternatives/i18n"
rm -rf "$work" && mkdir -p "$work"

python3 - "$root/crates/core/src/logic/strings/table.rs" "$work" <<'PY'
import json, os, re, sys
table, work = sys.argv[1], sys.argv[2]
text = open(table, encoding="utf-8").read()
literal = r'("(?:[^"\\]|\\.)*")'
entry = re.compile(r"(\w+): &'static str \{\s*en: " + literal + r",\s*ja: " + literal + r",?\s*\}")
en, ja = {}, {}
for name, e, j in entry.findall(text):
    try:
        en[name], ja[name] = json.loads(e), json.loads(j)
    except ValueError:
        continue  # an escape JSON does not share; left out of both
    if not en[name] or not ja[name]:
        del en[name], ja[name]
keys = sorted(en)
print(f"{len(keys)} fixed texts")
rust = lambda s: json.dumps(s, ensure_ascii=False)
os.makedirs(f"{work}/i18n/locales")
for locale, texts in (("en", en), ("ja", ja)):
    json.dump({k: texts[k] for k in keys}, open(f"{work}/i18n/locales/{locale}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
profile = """
[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"
"""
open(f"{work}/Cargo.toml", "w").write('[workspace]\nmembers = ["none", "table", "i18n"]\nresolver = "2"\n' + profile)
leptos = 'leptos = { version = "0.8", features = ["csr"] }\nwasm-bindgen = "0.2"\n'
def package(name, deps, main, extra=""):
    os.makedirs(f"{work}/{name}/src", exist_ok=True)
    open(f"{work}/{name}/Cargo.toml", "w").write(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n{extra}\n[dependencies]\n{leptos}{deps}')
    open(f"{work}/{name}/src/main.rs", "w", encoding="utf-8").write(main)
package("none", "", 'use leptos::prelude::*;\nfn main() { mount_to_body(|| view! { <p>"x"</p> }) }\n')
listed = ",\n    ".join(rust(en[k]) for k in keys)
package("table", "", f'''use leptos::prelude::*;
static TEXTS: [&str; {len(keys)}] = [
    {listed},
];
fn main() {{
    let texts = std::hint::black_box(&TEXTS);
    let shown: String = texts.concat();
    mount_to_body(move || view! {{ <p>{{shown}}</p> }})
}}
''')
calls = "\n".join(f"    texts.push(td_string!(Locale::en, {k}).to_string());" for k in keys)
package("i18n", 'leptos_i18n = { version = "0.6", default-features = false, features = ["csr"] }\n',
f'''use leptos::prelude::*;
leptos_i18n::load_locales!();
use i18n::*;
fn main() {{
    let mut texts: Vec<String> = Vec::new();
{calls}
    let shown: String = std::hint::black_box(texts).concat();
    mount_to_body(move || view! {{ <p>{{shown}}</p> }})
}}
''', '[package.metadata.leptos-i18n]\ndefault = "en"\nlocales = ["en", "ja"]\n')
PY

flags=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' "$root/index.html")
size() { # <package>: brotli bytes of its optimised module
  (cd "$work" && CARGO_TARGET_DIR="$work/target" cargo build --quiet --release --target wasm32-unknown-unknown -p "$1")
  wasm-bindgen --target web --no-typescript --out-dir "$work/out-$1" "$work/target/wasm32-unknown-unknown/release/$1.wasm"
  # shellcheck disable=SC2086
  "$root/node_modules/.bin/wasm-opt" -Oz $flags "$work/out-$1/$1_bg.wasm" -o "$work/out-$1/opt.wasm"
  node -e "const z=require('zlib'),fs=require('fs');const b=fs.readFileSync(process.argv[1]);process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))" "$work/out-$1/opt.wasm"
}
none=$(size none)
table=$(size table)
i18n=$(size i18n)
echo "an app with one text: $none bytes brotli"
echo "table (a constant list): $table (+$((table - none)))"
echo "leptos_i18n td_string!: $i18n (+$((i18n - none)))"
