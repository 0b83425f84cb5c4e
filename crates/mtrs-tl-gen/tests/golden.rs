//! Golden tests for the parser and the emitter on `golden/sample.tl`.
//!
//! Set `UPDATE_GOLDEN=1` to rewrite the expected files after an intended change, then review
//! the diff.

use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn sample() -> mtrs_tl_gen::Schema {
    let src = std::fs::read_to_string(dir().join("sample.tl")).expect("sample.tl");
    mtrs_tl_gen::parse(&src).expect("sample parses")
}

fn golden(name: &str, actual: &str) {
    let path = dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1)", path.display()));
    assert!(
        expected == actual,
        "{name} differs from the golden file (UPDATE_GOLDEN=1 to update)"
    );
}

#[test]
fn parser_golden() {
    let s = sample();
    assert_eq!(s.layer, Some(7));
    assert_eq!(s.builtins, ["int", "long", "string", "int128", "vector"]);
    let mut out = String::new();
    for d in &s.definitions {
        out.push_str(&format!(
            "{:?} line {} explicit_id={} {d}\n    normalized: {}\n",
            d.category,
            d.line,
            d.explicit_id,
            mtrs_tl_gen::normalized(d)
        ));
    }
    golden("parsed.txt", &out);
    assert!(
        mtrs_tl_gen::check_ids(&s).is_empty(),
        "every explicit id in the sample verifies"
    );
}

#[test]
fn parser_details() {
    let s = sample();
    let user = s
        .definitions
        .iter()
        .find(|d| d.name == "user")
        .expect("user");
    let flags2: Vec<&str> = user
        .params
        .iter()
        .filter_map(|p| match &p.kind {
            mtrs_tl_gen::ParamKind::Normal { flag: Some(f), .. } if f.field == "flags2" => {
                Some(p.name.as_str())
            }
            _ => None,
        })
        .collect();
    assert_eq!(flags2, ["bot_can_edit", "usernames"]);
    let inv = s
        .definitions
        .iter()
        .find(|d| d.name == "invokeWithLayer")
        .expect("invoke");
    assert_eq!(inv.generics, ["X"]);
    assert!(inv.ty.generic_ref);
    let cont = s
        .definitions
        .iter()
        .find(|d| d.name == "msg_container")
        .expect("container");
    let mtrs_tl_gen::ParamKind::Normal { ty, .. } = &cont.params[0].kind else {
        panic!()
    };
    assert_eq!(ty.to_string(), "vector<%Message>");
    assert!(ty.arg.as_ref().expect("arg").bare);
    // Definitions without an id get the CRC32 of their normalized form.
    let msg = s
        .definitions
        .iter()
        .find(|d| d.name == "message")
        .expect("message");
    assert!(!msg.explicit_id);
    assert_eq!(msg.id, mtrs_tl_gen::infer_id(msg));
}

#[test]
fn parse_errors_have_lines() {
    for (src, line) in [
        ("a#1 = A;\nb#zz = B;", 2),
        ("a x:flags.0?int = A;", 1),
        ("a = A;\n---weird---\n", 2),
        ("a x:int = A", 1),
        ("a x:Vector<int = A;", 1),
    ] {
        let e = mtrs_tl_gen::parse(src).expect_err(src);
        assert_eq!(e.line, line, "{src:?}: {e}");
    }
}

#[test]
fn wrong_ids_are_reported() {
    let s = mtrs_tl_gen::parse("inputPeerUser#dde8a54d user_id:long access_hash:long = InputPeer;")
        .expect("parses");
    let bad = mtrs_tl_gen::check_ids(&s);
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].1, 0xdde8_a54c);
}

#[test]
fn emitter_golden() {
    let cfg = mtrs_tl_gen::Config {
        runtime: "mtrs_tl".into(),
        root: "crate".into(),
        source_name: "sample.tl".into(),
        function_deserialize_cfg: Some("feature = \"deserialize-functions\"".into()),
        json_cfg: "feature = \"json\"".into(),
        extra_types: vec![],
        extra_names: vec![],
        peers: None,
    };
    let files = mtrs_tl_gen::emit(&sample(), &cfg).expect("emits");
    let mut paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "enums/auth.rs",
            "enums/mod.rs",
            "functions/help.rs",
            "functions/mod.rs",
            "mod.rs",
            "types/auth.rs",
            "types/mod.rs"
        ]
    );
    for f in &files {
        assert!(
            f.contents.starts_with("// @generated — do not edit."),
            "{}",
            f.path
        );
        golden(&format!("expected/{}", f.path), &f.contents);
    }
    // The recursive variant is boxed, the others are not.
    let enums = &files
        .iter()
        .find(|f| f.path == "enums/mod.rs")
        .expect("enums")
        .contents;
    assert!(enums.contains("TextBold(Box<crate::types::TextBold>)"));
    assert!(enums.contains("InputPeerUser(crate::types::InputPeerUser)"));
    assert!(enums.contains("    TextEmpty,\n"));
}
