//! Answering in the client's layer. A client announces its layer with `invokeWithLayer`;
//! Telegram then speaks that layer to it. The test DC is written against layer
//! [`mtrs_tl_api::LAYER`] and moves values between its schema and an older one it ships
//! (`tl/README.md` lists them): queries up to ours before they are handled, answers down
//! to the client's after. A layer without a shipped schema is spoken as ours.

mod index;
mod transcode;

use std::sync::OnceLock;

use index::SchemaIndex;
pub(crate) use transcode::TranscodeError;

/// The older schemas shipped, by layer (data from registry packages; see `tl/README.md`).
const OLDER: &[(u32, &str)] = &[
    (198, include_str!("../tl/api-198.tl")),
    (204, include_str!("../tl/api-204.tl")),
    (216, include_str!("../tl/api-216.tl")),
    (218, include_str!("../tl/api-218.tl")),
    (220, include_str!("../tl/api-220.tl")),
    (221, include_str!("../tl/api-221.tl")),
    (223, include_str!("../tl/api-223.tl")),
    (227, include_str!("../tl/api-227.tl")),
];

/// Ours, parsed at first use.
fn ours() -> &'static SchemaIndex {
    static OURS: OnceLock<SchemaIndex> = OnceLock::new();
    OURS.get_or_init(|| {
        let layer = mtrs_tl_api::LAYER.unsigned_abs();
        let text = include_str!("../../mtrs-tl-api/tl/api.tl");
        // Checked by the tests; a schema that does not parse leaves an empty index, so
        // every transcoding fails and answers go out as they are.
        SchemaIndex::new(mtrs_tl_gen::parse(text).unwrap_or_default(), layer)
    })
}

/// An older schema, parsed at first use of its layer.
fn older(layer: i32) -> Option<&'static SchemaIndex> {
    static PARSED: OnceLock<Vec<OnceLock<SchemaIndex>>> = OnceLock::new();
    let layer = u32::try_from(layer).ok()?;
    let i = OLDER.iter().position(|&(l, _)| l == layer)?;
    let slots = PARSED.get_or_init(|| OLDER.iter().map(|_| OnceLock::new()).collect());
    let slot = slots.get(i)?;
    Some(slot.get_or_init(|| {
        SchemaIndex::new(mtrs_tl_gen::parse(OLDER[i].1).unwrap_or_default(), layer)
    }))
}

/// Whether answers to a client of `layer` are moved to another schema.
pub(crate) fn needs_transcoding(layer: i32) -> bool {
    u32::try_from(layer).is_ok_and(|l| OLDER.iter().any(|&(o, _)| o == l))
}

/// The layers the test DC answers in exactly: the older ones whose schemas it ships, and
/// ours. A client announcing another layer is answered in ours.
///
/// ```
/// let layers = mtrs_testdc::supported_layers();
/// assert!(layers.contains(&198) && layers.contains(&230));
/// ```
pub fn supported() -> Vec<u32> {
    OLDER
        .iter()
        .map(|&(l, _)| l)
        .chain([mtrs_tl_api::LAYER.unsigned_abs()])
        .collect()
}

/// A query of a client of `layer`, in our layer.
pub(crate) fn query_up(body: &[u8], layer: i32) -> Result<Vec<u8>, TranscodeError> {
    match older(layer) {
        Some(old) => transcode::transcode(body, old, ours()),
        None => Ok(body.to_vec()),
    }
}

/// The answer to the method `method` (its constructor id) in our layer, in the layer of a
/// client of `layer`.
pub(crate) fn answer_down(body: &[u8], method: u32, layer: i32) -> Result<Vec<u8>, TranscodeError> {
    let Some(old) = older(layer) else {
        return Ok(body.to_vec());
    };
    let ours = ours();
    match ours.by_id(method) {
        Some(def) => transcode::transcode_as(body, &def.ty, ours, old),
        None => transcode::transcode(body, ours, old),
    }
}

/// A boxed value in our layer (an unsolicited `Updates`), in the layer of a client of
/// `layer`.
pub(crate) fn value_down(body: &[u8], layer: i32) -> Result<Vec<u8>, TranscodeError> {
    match older(layer) {
        Some(old) => transcode::transcode(body, ours(), old),
        None => Ok(body.to_vec()),
    }
}

#[cfg(test)]
mod tests;
