//! `comeback-web`: the app in a browser page (`scripts/web.sh` builds it for
//! wasm32-unknown-unknown; `web/index.html` is the page around it).

#[cfg(target_arch = "wasm32")]
fn main() {
    comeback::app::start();
}

// Built natively (`--all-features`), it can only say where it belongs.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("comeback-web runs in a browser: build the page with scripts/web.sh");
    std::process::exit(1);
}
