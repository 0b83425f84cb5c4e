//! Rendering values as JSON with their TL names (feature `json`).
//!
//! The rendering follows the conventions of Telethon-made test vectors (and Telethon's
//! `to_dict`): `{"_": "<TL constructor name>", field: value, …}` in TL field order, `#` fields
//! left out, `long` as a decimal string, `bytes` as `{"hex": …}`, `int128`/`int256` as the hex of
//! their wire bytes, `flags.N?true` as `true`/`false`, absent optionals as `null`. A `string`
//! that is not valid UTF-8 is rendered as `{"hex": …}` so nothing is lost.

use std::fmt::Write as _;

use crate::TlString;

/// Accumulates JSON text; generated code drives it.
#[derive(Debug, Default)]
pub struct JsonWriter {
    out: String,
    first: bool,
}

impl JsonWriter {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
    }

    /// The JSON text written so far.
    pub fn finish(self) -> String {
        self.out
    }

    fn sep(&mut self) {
        if !self.first && !self.out.is_empty() && !self.out.ends_with(':') {
            self.out.push(',');
        }
        self.first = false;
    }

    /// Starts an object whose `"_"` is `name`.
    pub fn begin_object(&mut self, name: &str) {
        self.sep();
        self.out.push_str("{\"_\":");
        self.raw_string(name);
    }

    /// Writes `"key":` inside an object.
    pub fn key(&mut self, key: &str) {
        self.out.push(',');
        self.raw_string(key);
        self.out.push(':');
        self.first = true;
    }

    /// Ends the current object.
    pub fn end_object(&mut self) {
        self.out.push('}');
        self.first = false;
    }

    /// Starts an array.
    pub fn begin_array(&mut self) {
        self.sep();
        self.out.push('[');
        self.first = true;
    }

    /// Ends the current array.
    pub fn end_array(&mut self) {
        self.out.push(']');
        self.first = false;
    }

    /// Writes a JSON scalar given as literal text (`null`, `true`, a number, …).
    pub fn literal(&mut self, text: &str) {
        self.sep();
        self.out.push_str(text);
    }

    /// Writes a JSON string.
    pub fn string(&mut self, s: &str) {
        self.sep();
        self.raw_string(s);
    }

    /// Writes `{"hex": "…"}`.
    pub fn hex_object(&mut self, bytes: &[u8]) {
        self.sep();
        self.out.push_str("{\"hex\":\"");
        push_hex(&mut self.out, bytes);
        self.out.push_str("\"}");
    }

    /// Writes a string of lowercase hex.
    pub fn hex_string(&mut self, bytes: &[u8]) {
        self.sep();
        self.out.push('"');
        push_hex(&mut self.out, bytes);
        self.out.push('"');
    }

    fn raw_string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(self.out, "\\u{:04x}", c as u32);
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }
}

fn push_hex(out: &mut String, bytes: &[u8]) {
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
}

/// A value that renders itself as TL-named JSON.
pub trait ToJson {
    /// Writes the value into `w`.
    fn write_json(&self, w: &mut JsonWriter);

    /// The value as a JSON string.
    fn to_json(&self) -> String {
        let mut w = JsonWriter::new();
        self.write_json(&mut w);
        w.finish()
    }
}

impl ToJson for i32 {
    fn write_json(&self, w: &mut JsonWriter) {
        w.literal(&self.to_string());
    }
}

impl ToJson for u32 {
    fn write_json(&self, w: &mut JsonWriter) {
        w.literal(&self.to_string());
    }
}

impl ToJson for i64 {
    fn write_json(&self, w: &mut JsonWriter) {
        w.string(&self.to_string());
    }
}

impl ToJson for f64 {
    /// Finite numbers in Rust's shortest round-trip form; NaN and infinities (which JSON cannot
    /// hold) as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
    fn write_json(&self, w: &mut JsonWriter) {
        if self.is_finite() {
            w.literal(&format!("{self:?}"));
        } else if self.is_nan() {
            w.string("NaN");
        } else if *self > 0.0 {
            w.string("Infinity");
        } else {
            w.string("-Infinity");
        }
    }
}

impl ToJson for bool {
    fn write_json(&self, w: &mut JsonWriter) {
        w.literal(if *self { "true" } else { "false" });
    }
}

impl<const N: usize> ToJson for [u8; N] {
    fn write_json(&self, w: &mut JsonWriter) {
        w.hex_string(self);
    }
}

impl ToJson for Vec<u8> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.hex_object(self);
    }
}

impl ToJson for TlString {
    fn write_json(&self, w: &mut JsonWriter) {
        match self.as_str() {
            Some(s) => w.string(s),
            None => w.hex_object(self.as_bytes()),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_array();
        for x in self {
            x.write_json(w);
        }
        w.end_array();
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Some(x) => x.write_json(w),
            None => w.literal("null"),
        }
    }
}

impl<T: ToJson + ?Sized> ToJson for Box<T> {
    fn write_json(&self, w: &mut JsonWriter) {
        (**self).write_json(w);
    }
}
