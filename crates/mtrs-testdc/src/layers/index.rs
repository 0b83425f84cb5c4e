//! One API layer's schema, indexed for transcoding: definitions by id and by name, and the
//! constructors of each type.

use std::collections::HashMap;

use mtrs_tl_gen::{Category, Definition, Schema};

/// A parsed schema with lookups.
#[derive(Debug)]
pub(crate) struct SchemaIndex {
    pub(crate) layer: u32,
    defs: Vec<Definition>,
    by_id: HashMap<u32, usize>,
    by_name: HashMap<String, usize>,
    /// Constructors by the full name of the type they build (`auth.Authorization`).
    by_type: HashMap<String, Vec<usize>>,
}

impl SchemaIndex {
    /// Indexes `schema` (its `// LAYER` line, else `layer`).
    pub(crate) fn new(schema: Schema, layer: u32) -> Self {
        let layer = schema.layer.unwrap_or(layer);
        let defs = schema.definitions;
        let mut by_id = HashMap::new();
        let mut by_name = HashMap::new();
        let mut by_type: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, d) in defs.iter().enumerate() {
            by_id.insert(d.id, i);
            by_name.insert(d.full_name(), i);
            if d.category == Category::Type {
                by_type.entry(type_name(&d.ty)).or_default().push(i);
            }
        }
        Self {
            layer,
            defs,
            by_id,
            by_name,
            by_type,
        }
    }

    pub(crate) fn by_id(&self, id: u32) -> Option<&Definition> {
        self.by_id.get(&id).map(|&i| &self.defs[i])
    }

    pub(crate) fn by_name(&self, name: &str) -> Option<&Definition> {
        self.by_name.get(name).map(|&i| &self.defs[i])
    }

    /// The constructor to stand for a value of `ty` that cannot be expressed: the one
    /// with the fewest parameters (an `…Empty` one when there is a tie).
    pub(crate) fn default_of(&self, ty: &str) -> Option<&Definition> {
        self.by_type
            .get(ty)?
            .iter()
            .map(|&i| &self.defs[i])
            .min_by_key(|d| (d.params.len(), !d.name.ends_with("Empty")))
    }
}

/// The full name of a type reference (`auth.SentCode`).
pub(crate) fn type_name(ty: &mtrs_tl_gen::TypeRef) -> String {
    if ty.namespace.is_empty() {
        ty.name.clone()
    } else {
        format!("{}.{}", ty.namespace.join("."), ty.name)
    }
}
