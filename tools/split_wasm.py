"""Cut the app's wasm into a main module and the chunks its pages load on demand, and name every
file of it after its content.

Trunk 0.21 has no split step (trunk-rs/trunk#1022): it runs wasm-bindgen on the whole module. So
the post_build hook (tools/post_build.py) does what cargo-leptos's `--split` does, over the raw
module cargo linked with `--emit-relocs` (build.rs, feature `split`):

1. `wasm-split-cli` cuts it at the `#[wasm_split]` points (`on_demand!` in src/on_demand.rs):
   the main module, one `split_*.wasm` per named chunk (a group of pages, the record's engine),
   `chunk_*.wasm` for code several of them share, and
   `__wasm_split.js`, the loader that fetches and instantiates them beside the main module.
2. wasm-bindgen runs on the main module again, keeping the linker's exports the loader needs.
3. wasm-opt, with the level and features index.html gives (release only).
4. `name_by_content`: every file is renamed after its content, and every reference to it (the
   loader's, the main module's, index.html's) follows, so no tab of one build can fetch a file
   of another under the name it asks for.
"""
import base64
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

BINARY = "gongzhi-web"
PLACEHOLDER = b"__wasm_split_placeholder__"
LOADER = "__wasm_split"
# Stands for the main module's name while the loader's own name is computed: the two import
# each other, so one name cannot depend on the other's.
MAIN_STANDIN = "./__gongzhi_main__.js"


def _run(*args):
    subprocess.run([str(a) for a in args], check=True)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _integrity(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def _one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        raise SystemExit(f"split: expected one {pattern} in {folder}, found {len(found)}")
    return found[0]


def _replace_once(text: str, old: str, new: str, where: str) -> str:
    if text.count(old) != 1:
        raise SystemExit(f"split: {where} names {old} {text.count(old)} times, not once")
    return text.replace(old, new)


# A file of the split build, with the content hash a previous naming gave it.
NAMED = re.compile(r"(%s|%s|split_\w+?|chunk_\d+)-[0-9a-f]{16}((?:_bg)?\.(?:wasm|js))" % (BINARY, LOADER))


def _bare(text: str) -> str:
    """A name, or every name in a text, without the content hash a previous naming gave it."""
    return NAMED.sub(r"\1\2", text)


def wasm_opt_args(source_html: str):
    """The optimisation level and feature flags index.html gives the app's module."""
    link = re.search(r'<link[^>]*data-bin="%s"[^>]*>' % BINARY, source_html, flags=re.S)
    if not link:
        raise SystemExit(f"split: index.html has no rust link for {BINARY}")
    level = re.search(r'data-split-wasm-opt="([^"]*)"', link.group(0))
    params = re.search(r'data-wasm-opt-params="([^"]*)"', link.group(0))
    return (level.group(1) if level else "z"), (params.group(1).split() if params else [])


def split(staging: Path, source_html: str, target_dir: Path, profile: str):
    """Splits the staged build in place; returns how many chunks, or None for an unsplit build."""
    raw = target_dir / "wasm32-unknown-unknown" / profile / f"{BINARY}.wasm"
    if not raw.is_file():
        raise SystemExit(f"split: {raw} not found")
    if PLACEHOLDER not in raw.read_bytes():
        return None
    trunk_js = _one(staging, f"{BINARY}-*.js")
    trunk_wasm = _one(staging, f"{BINARY}-*_bg.wasm")
    level, features = wasm_opt_args(source_html)

    with tempfile.TemporaryDirectory(prefix="gongzhi-split-") as tmp:
        cut, bound = Path(tmp, "cut"), Path(tmp, "bound")
        _run("wasm-split-cli", raw, cut, "--out-name", BINARY)
        _run("wasm-bindgen", "--target", "web", "--keep-lld-exports", "--no-typescript",
             "--out-dir", bound, "--out-name", BINARY, cut / f"{BINARY}.wasm")
        chunks = sorted(cut.glob("split_*.wasm")) + sorted(cut.glob("chunk_*.wasm"))
        modules = [bound / f"{BINARY}_bg.wasm"] + chunks
        if profile == "release" and level != "0":
            for module in modules:
                _run("wasm-opt", f"-O{level}", *features, "--strip-producers", "--strip-target-features",
                     module, "-o", module)
        # Trunk's unsplit output goes; index.html names the split one instead.
        html = (staging / "index.html").read_text(encoding="utf-8")
        html = html.replace(f"/{trunk_js.name}", f"/{BINARY}.js")
        html = html.replace(f"/{trunk_wasm.name}", f"/{BINARY}_bg.wasm")
        (staging / "index.html").write_text(html, encoding="utf-8")
        trunk_js.unlink()
        trunk_wasm.unlink()
        for module in modules + [bound / f"{BINARY}.js", cut / f"{LOADER}.js"]:
            shutil.copyfile(module, staging / module.name)
    name_by_content(staging)
    return len(chunks)


def name_by_content(folder: Path):
    """Names the split build's files in `folder` after their content (again, if they were)."""
    for path in folder.iterdir():
        if NAMED.fullmatch(path.name):
            path.rename(folder / _bare(path.name))
    loader_path = _one(folder, f"{LOADER}.js")
    main_js_path = _one(folder, f"{BINARY}.js")
    main_wasm_path = _one(folder, f"{BINARY}_bg.wasm")
    loader = _bare(loader_path.read_text(encoding="utf-8"))
    main_js = _bare(main_js_path.read_text(encoding="utf-8"))
    html = _bare((folder / "index.html").read_text(encoding="utf-8"))

    for chunk in sorted(folder.glob("split_*.wasm")) + sorted(folder.glob("chunk_*.wasm")):
        named = f"{chunk.stem}-{_digest(chunk.read_bytes())}.wasm"
        loader = _replace_once(loader, f'"./{chunk.name}"', f'"./{named}"', "the loader")
        chunk.rename(folder / named)

    loader = _replace_once(loader, f'"./{BINARY}.js"', f'"{MAIN_STANDIN}"', "the loader")
    loader_name = f"{LOADER}-{_digest(loader.encode())}.js"
    main_wasm_name = f"{BINARY}-{_digest(main_wasm_path.read_bytes())}_bg.wasm"
    main_wasm_path.rename(folder / main_wasm_name)
    # wasm-bindgen imports the loader under the module name the splitter wrote into the wasm;
    # only the file it is fetched from changes.
    for quote in ("'", '"'):
        if f"from {quote}./{LOADER}.js{quote}" in main_js:
            main_js = main_js.replace(f"from {quote}./{LOADER}.js{quote}", f"from './{loader_name}'")
            break
    else:
        raise SystemExit(f"split: {BINARY}.js does not import {LOADER}.js")
    main_js = main_js.replace(f"{BINARY}_bg.wasm", main_wasm_name)
    main_js_name = f"{BINARY}-{_digest(main_js.encode())}.js"
    loader = loader.replace(MAIN_STANDIN, f"./{main_js_name}")
    (folder / loader_name).write_text(loader, encoding="utf-8")
    (folder / main_js_name).write_text(main_js, encoding="utf-8")
    loader_path.unlink()
    main_js_path.unlink()

    html = _replace_once(html, f'href="/{BINARY}.js"', f'href="/{main_js_name}"', "index.html")
    html = _replace_once(html, f'href="/{BINARY}_bg.wasm"', f'href="/{main_wasm_name}"', "index.html")
    html = html.replace(f"'/{BINARY}.js'", f"'/{main_js_name}'").replace(f"'/{BINARY}_bg.wasm'", f"'/{main_wasm_name}'")
    for name in (main_js_name, main_wasm_name):
        tag = re.search(r'<link[^>]*href="/%s"[^>]*>' % re.escape(name), html).group(0)
        fixed = re.sub(r'integrity="[^"]*"', f'integrity="{_integrity((folder / name).read_bytes())}"', tag)
        html = html.replace(tag, fixed)
    (folder / "index.html").write_text(html, encoding="utf-8")


def target_dir(source: Path) -> Path:
    return Path(os.environ.get("CARGO_TARGET_DIR") or source / "target")
