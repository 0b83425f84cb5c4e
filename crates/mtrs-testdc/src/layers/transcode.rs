//! Moving a TL value from one layer's schema to another's: decoded into a tree with the
//! source schema, written again with the target schema. Fields are matched by name; a
//! field the target lacks is dropped, one the source lacks gets its zero value (absent if
//! it is optional); a constructor the target lacks becomes the target type's simplest
//! constructor (vector elements the target cannot express are left out).

use mtrs_tl::{DeserializeError, Reader, Serialize};
use mtrs_tl_gen::{Definition, ParamKind, TypeRef};

use super::index::{SchemaIndex, type_name};

/// The id of a boxed vector.
const VECTOR_ID: u32 = 0x1cb5_c415;
/// `boolTrue` and `boolFalse`: a built-in type some schemas do not list.
const BOOL_TRUE: u32 = 0x9972_75b5;
const BOOL_FALSE: u32 = 0xbc79_9737;
/// How deep values may nest (the generated decoders use the same kind of bound).
const MAX_DEPTH: usize = 64;

/// Why a value could not be moved between layers.
#[derive(Debug, thiserror::Error)]
pub(crate) enum TranscodeError {
    /// The bytes do not decode with the source schema.
    #[error("decoding with layer {layer}: {source}")]
    Decode {
        layer: u32,
        source: DeserializeError,
    },
    /// A constructor id the source schema does not have.
    #[error("constructor {id:#010x} is not in layer {layer}")]
    Unknown { id: u32, layer: u32 },
    /// A definition uses something this transcoder does not handle (a generic parameter).
    #[error("{name}: cannot transcode parameter {param}")]
    Unsupported { name: String, param: String },
    /// Nested too deep.
    #[error("value nested deeper than {MAX_DEPTH}")]
    TooDeep,
    /// The target schema has nothing for a top-level name.
    #[error("{name} is not in layer {layer}")]
    Missing { name: String, layer: u32 },
}

/// A decoded value.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Int(i32),
    Long(i64),
    Double(f64),
    Int128([u8; 16]),
    Int256([u8; 32]),
    Bytes(Vec<u8>),
    Bool(bool),
    True,
    Vector(Vec<Value>),
    Object(Object),
}

/// A constructor and its present fields (flag words are recomputed on writing).
#[derive(Debug, Clone, PartialEq)]
struct Object {
    name: String,
    fields: Vec<(String, Value)>,
}

impl Object {
    fn field(&self, name: &str) -> Option<&Value> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }
}

/// Moves the boxed value (or function call) in `bytes` from `from`'s layer to `to`'s.
pub(crate) fn transcode(
    bytes: &[u8],
    from: &SchemaIndex,
    to: &SchemaIndex,
) -> Result<Vec<u8>, TranscodeError> {
    let mut r = Reader::new(bytes);
    let value = Decoder { schema: from }.boxed(&mut r, 0)?;
    let Value::Object(object) = value else {
        return Err(TranscodeError::TooDeep);
    };
    let def = to
        .by_name(&object.name)
        .ok_or_else(|| TranscodeError::Missing {
            name: object.name.clone(),
            layer: to.layer,
        })?;
    let mut out = Vec::with_capacity(bytes.len());
    Encoder { schema: to }.object(def, &object, &mut out, 0)?;
    // Whatever followed the value (nothing, for a whole answer) is kept as it is.
    out.extend_from_slice(r.read_rest());
    Ok(out)
}

/// Moves an answer of type `ty` (a function's result type in `from`'s schema: a boxed
/// object, or a vector of them or of numbers) from `from`'s layer to `to`'s.
pub(crate) fn transcode_as(
    bytes: &[u8],
    ty: &TypeRef,
    from: &SchemaIndex,
    to: &SchemaIndex,
) -> Result<Vec<u8>, TranscodeError> {
    let mut r = Reader::new(bytes);
    let value = Decoder { schema: from }.typed(ty, &mut r, 0)?;
    let mut out = Vec::with_capacity(bytes.len());
    Encoder { schema: to }.typed(ty, Some(&value), &mut out, 0)?;
    out.extend_from_slice(r.read_rest());
    Ok(out)
}

struct Decoder<'s> {
    schema: &'s SchemaIndex,
}

impl Decoder<'_> {
    fn err(&self, source: DeserializeError) -> TranscodeError {
        TranscodeError::Decode {
            layer: self.schema.layer,
            source,
        }
    }

    /// A boxed value: constructor id, then its parameters.
    fn boxed(&self, r: &mut Reader<'_>, depth: usize) -> Result<Value, TranscodeError> {
        if depth > MAX_DEPTH {
            return Err(TranscodeError::TooDeep);
        }
        let id = r.read_u32().map_err(|e| self.err(e))?;
        let def = self.schema.by_id(id).ok_or(TranscodeError::Unknown {
            id,
            layer: self.schema.layer,
        })?;
        self.params(def, r, depth).map(Value::Object)
    }

    fn params(
        &self,
        def: &Definition,
        r: &mut Reader<'_>,
        depth: usize,
    ) -> Result<Object, TranscodeError> {
        let mut flags: Vec<(&str, u32)> = Vec::new();
        let mut fields = Vec::new();
        for p in &def.params {
            match &p.kind {
                ParamKind::Flags => {
                    let word = r.read_u32().map_err(|e| self.err(e))?;
                    flags.push((p.name.as_str(), word));
                }
                ParamKind::Normal { ty, flag } => {
                    if let Some(flag) = flag {
                        let word = flags
                            .iter()
                            .find(|(n, _)| *n == flag.field)
                            .map_or(0, |(_, w)| *w);
                        if word & (1 << flag.bit) == 0 {
                            continue;
                        }
                    }
                    if ty.generic_ref {
                        return Err(TranscodeError::Unsupported {
                            name: def.full_name(),
                            param: p.name.clone(),
                        });
                    }
                    let value = self.typed(ty, r, depth + 1)?;
                    fields.push((p.name.clone(), value));
                }
            }
        }
        Ok(Object {
            name: def.full_name(),
            fields,
        })
    }

    fn typed(
        &self,
        ty: &TypeRef,
        r: &mut Reader<'_>,
        depth: usize,
    ) -> Result<Value, TranscodeError> {
        let e = |e| self.err(e);
        Ok(match (ty.namespace.is_empty(), ty.name.as_str()) {
            (true, "int") => Value::Int(r.read_i32().map_err(e)?),
            (true, "long") => Value::Long(r.read_i64().map_err(e)?),
            (true, "double") => Value::Double(r.read_f64().map_err(e)?),
            (true, "int128") => Value::Int128(r.read_array().map_err(e)?),
            (true, "int256") => Value::Int256(r.read_array().map_err(e)?),
            (true, "string" | "bytes") => Value::Bytes(r.read_tl_bytes().map_err(e)?.to_vec()),
            (true, "true") => Value::True,
            (true, "Bool") => match r.read_u32().map_err(e)? {
                BOOL_TRUE => Value::Bool(true),
                BOOL_FALSE => Value::Bool(false),
                id => {
                    return Err(self.err(DeserializeError::UnknownConstructor {
                        id,
                        expected: "Bool",
                    }));
                }
            },
            (true, "Vector" | "vector") => {
                if ty.name == "Vector" {
                    let id = r.read_u32().map_err(e)?;
                    if id != VECTOR_ID {
                        return Err(self.err(DeserializeError::UnknownConstructor {
                            id,
                            expected: "Vector",
                        }));
                    }
                }
                let n = r.read_len(4).map_err(e)?;
                let item = ty.arg.as_deref().ok_or(TranscodeError::TooDeep)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.typed(item, r, depth + 1)?);
                }
                Value::Vector(items)
            }
            _ if ty.bare => {
                // A bare constructor named by its type: its only constructor.
                let def = self.schema.default_of(&type_name(ty)).ok_or_else(|| {
                    TranscodeError::Missing {
                        name: type_name(ty),
                        layer: self.schema.layer,
                    }
                })?;
                Value::Object(self.params(def, r, depth)?)
            }
            _ => self.boxed(r, depth)?,
        })
    }
}

struct Encoder<'s> {
    schema: &'s SchemaIndex,
}

impl Encoder<'_> {
    /// Writes `object` as `def` (a definition of the target schema).
    fn object(
        &self,
        def: &Definition,
        object: &Object,
        out: &mut Vec<u8>,
        depth: usize,
    ) -> Result<(), TranscodeError> {
        if depth > MAX_DEPTH {
            return Err(TranscodeError::TooDeep);
        }
        def.id.serialize(out);
        self.fields(def, Some(object), out, depth)
    }

    /// Writes the parameters of `def` from `object` (zero values without one).
    fn fields(
        &self,
        def: &Definition,
        object: Option<&Object>,
        out: &mut Vec<u8>,
        depth: usize,
    ) -> Result<(), TranscodeError> {
        let present = |name: &str| object.and_then(|o| o.field(name));
        // Flag words first: a bit for each optional field that will be written.
        let mut words: Vec<(&str, u32)> = Vec::new();
        for p in &def.params {
            if let ParamKind::Normal {
                flag: Some(flag), ..
            } = &p.kind
                && present(&p.name).is_some()
            {
                match words.iter_mut().find(|(n, _)| *n == flag.field) {
                    Some((_, w)) => *w |= 1 << flag.bit,
                    None => words.push((flag.field.as_str(), 1 << flag.bit)),
                }
            }
        }
        for p in &def.params {
            match &p.kind {
                ParamKind::Flags => {
                    let word = words
                        .iter()
                        .find(|(n, _)| *n == p.name)
                        .map_or(0, |(_, w)| *w);
                    word.serialize(out);
                }
                ParamKind::Normal { ty, flag } => match (present(&p.name), flag) {
                    (Some(value), _) => self.typed(ty, Some(value), out, depth + 1)?,
                    (None, Some(_)) => {}
                    (None, None) => self.typed(ty, None, out, depth + 1)?,
                },
            }
        }
        Ok(())
    }

    /// Writes `value` as `ty`, or the zero value of `ty` when there is none or it does not
    /// fit.
    fn typed(
        &self,
        ty: &TypeRef,
        value: Option<&Value>,
        out: &mut Vec<u8>,
        depth: usize,
    ) -> Result<(), TranscodeError> {
        if depth > MAX_DEPTH {
            return Err(TranscodeError::TooDeep);
        }
        match (ty.namespace.is_empty(), ty.name.as_str()) {
            (true, "int") => match value {
                Some(Value::Int(v)) => v.serialize(out),
                Some(Value::Long(v)) => i32::try_from(*v).unwrap_or(0).serialize(out),
                _ => 0i32.serialize(out),
            },
            (true, "long") => match value {
                Some(Value::Long(v)) => v.serialize(out),
                Some(Value::Int(v)) => i64::from(*v).serialize(out),
                _ => 0i64.serialize(out),
            },
            (true, "double") => match value {
                Some(Value::Double(v)) => v.serialize(out),
                _ => 0f64.serialize(out),
            },
            (true, "int128") => match value {
                Some(Value::Int128(v)) => out.extend_from_slice(v),
                _ => out.extend_from_slice(&[0; 16]),
            },
            (true, "int256") => match value {
                Some(Value::Int256(v)) => out.extend_from_slice(v),
                _ => out.extend_from_slice(&[0; 32]),
            },
            (true, "string" | "bytes") => match value {
                Some(Value::Bytes(v)) => v.serialize(out),
                _ => Vec::<u8>::new().serialize(out),
            },
            (true, "true") => {}
            (true, "Bool") => match value {
                Some(Value::Bool(true)) => BOOL_TRUE.serialize(out),
                _ => BOOL_FALSE.serialize(out),
            },
            (true, "Vector" | "vector") => {
                if ty.name == "Vector" {
                    VECTOR_ID.serialize(out);
                }
                let item = ty.arg.as_deref().ok_or(TranscodeError::TooDeep)?;
                let items: Vec<&Value> = match value {
                    Some(Value::Vector(items)) => {
                        items.iter().filter(|v| self.expressible(item, v)).collect()
                    }
                    _ => Vec::new(),
                };
                i32::try_from(items.len()).unwrap_or(0).serialize(out);
                for v in items {
                    self.typed(item, Some(v), out, depth + 1)?;
                }
            }
            _ => {
                let target = type_name(ty);
                let def = match value {
                    Some(Value::Object(o)) => self
                        .schema
                        .by_name(&o.name)
                        .filter(|d| type_name(&d.ty) == target),
                    _ => None,
                };
                let object = match value {
                    Some(Value::Object(o)) if def.is_some() => Some(o),
                    _ => None,
                };
                let def =
                    match def {
                        Some(def) => def,
                        None => self.schema.default_of(&target).ok_or_else(|| {
                            TranscodeError::Missing {
                                name: target.clone(),
                                layer: self.schema.layer,
                            }
                        })?,
                    };
                if !ty.bare {
                    def.id.serialize(out);
                }
                self.fields(def, object, out, depth + 1)?;
            }
        }
        Ok(())
    }

    /// Whether a vector element can be written as `item` (an object whose constructor the
    /// target lacks is left out rather than replaced).
    fn expressible(&self, item: &TypeRef, value: &Value) -> bool {
        match value {
            Value::Object(o) => self
                .schema
                .by_name(&o.name)
                .is_some_and(|d| type_name(&d.ty) == type_name(item)),
            _ => true,
        }
    }
}
