//! `cargo xtask`: project automation.
//!
//! - `cargo xtask codegen`: regenerates the checked-in TL code from the `.tl` files
//!   (`crates/mtrs-tl/tl/mtproto.tl` → `crates/mtrs-tl/src/generated/mtproto/`,
//!   `crates/mtrs-tl-api/tl/api.tl` → `crates/mtrs-tl-api/src/generated/`).
//! - `cargo xtask codegen --check`: fails (exit 1) if regenerating would change, add or remove
//!   any file; CI runs it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use mtrs_tl_gen::{Config, GeneratedFile, PeersConfig};

/// Explicit ids that are not the CRC32 of their normalized definition. All three come from the
/// "config simple" block of mtproto.tl (served outside MTProto, over DNS/HTTPS), whose ids
/// Telegram did not derive from these lines. Any other mismatch fails code generation.
const KNOWN_ID_EXCEPTIONS: &[(&str, u32)] = &[
    ("ipPortSecret", 0x3798_2646),
    ("accessPointRule", 0x4679_b65f),
    ("help.configSimple", 0x5a59_2a6c),
];

struct Target {
    schema: &'static str,
    out_dir: &'static str,
    config: fn() -> Config,
    /// Where the boxed-type table for property tests goes, and the crate path it uses.
    table: (&'static str, &'static str),
}

fn mtproto_config() -> Config {
    Config {
        runtime: "crate".into(),
        root: "crate::mtproto".into(),
        source_name: "mtproto.tl".into(),
        function_deserialize_cfg: None,
        json_cfg: "feature = \"json\"".into(),
        extra_types: vec![
            "/// Hand-written: their `Object` fields stay raw bytes (see `mtrs_tl` docs).".into(),
            "pub use crate::service::{GzipPacked, Message, MsgContainer, RpcResult};".into(),
        ],
        extra_names: vec![
            (0xf35c_6d01, "rpc_result".into()),
            (0x73f1_f8dc, "msg_container".into()),
            (0x3072_cfa1, "gzip_packed".into()),
            (0xe060_46b2, "msg_copy".into()),
        ],
        peers: None,
    }
}

fn api_config() -> Config {
    Config {
        runtime: "mtrs_tl".into(),
        root: "crate".into(),
        source_name: "api.tl".into(),
        function_deserialize_cfg: Some("feature = \"deserialize-functions\"".into()),
        json_cfg: "feature = \"json\"".into(),
        extra_types: vec![],
        extra_names: vec![],
        peers: Some(PeersConfig {
            trait_path: "crate::peers::Peers".into(),
            found_path: "crate::peers::Found".into(),
            roots: vec![
                ("User".into(), "user".into()),
                ("Chat".into(), "chat".into()),
            ],
        }),
    }
}

const TARGETS: &[Target] = &[
    Target {
        schema: "crates/mtrs-tl/tl/mtproto.tl",
        out_dir: "crates/mtrs-tl/src/generated/mtproto",
        config: mtproto_config,
        table: (
            "crates/mtrs-tl-api/tests/generated/mtproto_types.rs",
            "mtrs_tl",
        ),
    },
    Target {
        schema: "crates/mtrs-tl-api/tl/api.tl",
        out_dir: "crates/mtrs-tl-api/src/generated",
        config: api_config,
        table: (
            "crates/mtrs-tl-api/tests/generated/api_types.rs",
            "mtrs_tl_api",
        ),
    },
];

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask is in the workspace")
        .to_owned()
}

fn generate(root: &Path, t: &Target) -> Result<Vec<GeneratedFile>, String> {
    let path = root.join(t.schema);
    let src = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let schema = mtrs_tl_gen::parse(&src).map_err(|e| format!("{}: {e}", t.schema))?;
    let mut bad = Vec::new();
    for (d, inferred) in mtrs_tl_gen::check_ids(&schema) {
        if !KNOWN_ID_EXCEPTIONS.contains(&(d.full_name().as_str(), d.id)) {
            bad.push(format!(
                "  line {}: {d} (CRC32 of the definition is {inferred:08x})",
                d.line
            ));
        }
    }
    if !bad.is_empty() {
        return Err(format!(
            "{}: constructor ids do not match:\n{}",
            t.schema,
            bad.join("\n")
        ));
    }
    let cfg = (t.config)();
    let mut files = mtrs_tl_gen::emit(&schema, &cfg).map_err(|e| format!("{}: {e}", t.schema))?;
    // The test table lives outside `out_dir`; its path is made relative with `../` steps.
    let depth = t.out_dir.split('/').count();
    files.push(GeneratedFile {
        path: format!("{}{}", "../".repeat(depth), t.table.0),
        contents: mtrs_tl_gen::emit_type_table(&schema, &cfg, t.table.1),
    });
    Ok(files)
}

fn existing_files(dir: &Path) -> BTreeSet<String> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeSet<String>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else if let Ok(rel) = p.strip_prefix(base) {
                out.insert(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dir, dir, &mut out);
    out
}

fn codegen(check: bool) -> Result<bool, String> {
    let root = workspace_root();
    let mut clean = true;
    for t in TARGETS {
        let files = generate(&root, t)?;
        let dir = root.join(t.out_dir);
        let mut stale = existing_files(&dir);
        for f in &files {
            stale.remove(&f.path);
            let p = dir.join(&f.path);
            let shown = if f.path.starts_with("../") {
                f.path.trim_start_matches("../").to_owned()
            } else {
                format!("{}/{}", t.out_dir, f.path)
            };
            let current = std::fs::read_to_string(&p).ok();
            if current.as_deref() == Some(f.contents.as_str()) {
                continue;
            }
            clean = false;
            if check {
                eprintln!("out of date: {shown}");
            } else {
                if let Some(parent) = p.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
                }
                std::fs::write(&p, &f.contents).map_err(|e| format!("{}: {e}", p.display()))?;
                eprintln!("wrote {shown}");
            }
        }
        for s in stale {
            clean = false;
            if check {
                eprintln!("stale file: {}/{s}", t.out_dir);
            } else {
                std::fs::remove_file(dir.join(&s)).map_err(|e| e.to_string())?;
                eprintln!("removed {}/{s}", t.out_dir);
            }
        }
    }
    Ok(clean)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let check = match args.as_slice() {
        ["codegen"] => false,
        ["codegen", "--check"] => true,
        _ => {
            eprintln!("usage: cargo xtask codegen [--check]");
            return ExitCode::from(2);
        }
    };
    match codegen(check) {
        Ok(true) => {
            eprintln!("generated TL code is up to date");
            ExitCode::SUCCESS
        }
        Ok(false) if !check => ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!("generated TL code is out of date: run `cargo xtask codegen`");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("codegen failed: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    /// The drift check as a test: `cargo test --workspace` fails when regenerating the TL
    /// code would change, add or remove any file.
    #[test]
    fn generated_tl_code_is_up_to_date() {
        assert_eq!(super::codegen(true), Ok(true), "run `cargo xtask codegen`");
    }
}
