//! `cargo xtask`: project automation (code generation lands with the TL layer).

fn main() {
    eprintln!("usage: cargo xtask <codegen [--check]>");
    std::process::exit(2);
}
