//! The peer-collecting impls (`Config::peers`): which types descend into which fields.

const SCHEMA: &str = "
vector {t:Type} # [ t ] = Vector t;
true#3fedd339 = True;
user#1 id:long = User;
userEmpty#2 id:long = User;
chat#3 id:long = Chat;
plain#4 x:int = Plain;
wrap#5 flags:# u:flags.0?User note:string = Wrap;
list#6 items:Vector<Wrap> plain:Plain = List;
deep#7 inner:Deep = Deep;
leaf#8 c:Chat = Deep;
bare#9 ws:vector<%Wrap> = Bare;
empty#a = Empty;
---functions---
getList#b = List;
";

/// The emitted `types/mod.rs` and `enums/mod.rs` (and `functions/mod.rs`).
fn emit(peers: bool) -> (String, String) {
    let (types, enums, _) = emit3(peers);
    (types, enums)
}

fn emit3(peers: bool) -> (String, String, String) {
    let cfg = mtrs_tl_gen::Config {
        runtime: "mtrs_tl".into(),
        root: "crate".into(),
        source_name: "peers.tl".into(),
        function_deserialize_cfg: None,
        json_cfg: "feature = \"json\"".into(),
        extra_types: vec![],
        extra_names: vec![],
        peers: peers.then(|| mtrs_tl_gen::PeersConfig {
            trait_path: "P".into(),
            found_path: "F".into(),
            roots: vec![
                ("User".into(), "user".into()),
                ("Chat".into(), "chat".into()),
            ],
        }),
    };
    let schema = mtrs_tl_gen::parse(SCHEMA).expect("parses");
    let files = mtrs_tl_gen::emit(&schema, &cfg).expect("emits");
    let file = |path: &str| {
        files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.contents.clone())
            .unwrap_or_else(|| panic!("no {path}"))
    };
    (
        file("types/mod.rs"),
        file("enums/mod.rs"),
        file("functions/mod.rs"),
    )
}

fn body(out: &str, ty: &str) -> String {
    let head = format!("impl P for {ty} ");
    let start = out
        .find(&head)
        .unwrap_or_else(|| panic!("no impl for {ty}"));
    let rest = &out[start..];
    let end = rest.find("\n}\n").map_or(rest.len(), |e| e + 3);
    rest[..end].to_owned()
}

#[test]
fn roots_hand_themselves_to_the_collector() {
    let (types, enums) = emit(true);
    assert!(body(&enums, "User").contains("found.user(self);"));
    assert!(body(&enums, "Chat").contains("found.chat(self);"));
    // The constructor structs of the roots are not roots themselves.
    assert!(types.contains("impl P for User {}"));
}

#[test]
fn carriers_descend_through_flags_vectors_nesting_and_bare_vectors() {
    let (types, enums) = emit(true);
    let wrap = body(&types, "Wrap");
    assert!(wrap.contains("P::collect_peers(&self.u, found);"), "{wrap}");
    assert!(!wrap.contains("self.note"), "{wrap}");
    let list = body(&types, "List");
    assert!(
        list.contains("P::collect_peers(&self.items, found);"),
        "{list}"
    );
    assert!(!list.contains("self.plain"), "{list}");
    assert!(body(&types, "Bare").contains("P::collect_peers(&self.ws, found);"));
    // A recursive type is boxed and reached through its leaf.
    assert!(body(&types, "Deep").contains("P::collect_peers(&self.inner, found);"));
    let deep = body(&enums, "Deep");
    assert!(
        deep.contains("Self::Deep(x) => P::collect_peers(&**x, found),"),
        "{deep}"
    );
    assert!(
        deep.contains("Self::Leaf(x) => P::collect_peers(x, found),"),
        "{deep}"
    );
    assert!(!deep.contains("_ => {}"), "every variant carries: {deep}");
}

#[test]
fn other_types_get_an_empty_impl_and_functions_none() {
    let (types, enums, functions) = emit3(true);
    for ty in ["Plain {}", "Empty {}"] {
        assert!(types.contains(&format!("impl P for {ty}")), "{ty}");
        assert!(enums.contains(&format!("impl P for {ty}")), "{ty}");
    }
    assert!(enums.contains("impl P for Wrap {\n"));
    assert!(functions.contains("pub struct GetList"));
    assert!(!functions.contains("impl P for"));
}

#[test]
fn without_a_peers_config_nothing_is_emitted() {
    let (types, enums) = emit(false);
    assert!(!types.contains("impl P for") && !enums.contains("impl P for"));
}
