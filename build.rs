//! The split release build (feature `split`) links the app with its relocations kept:
//! wasm-split-cli (tools/split_wasm.py) needs them to cut the module into chunks. Other builds
//! stay as they were.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg-bin=gongzhi-web=--emit-relocs");
    }
}
