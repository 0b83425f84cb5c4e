//! Answering in the client's layer. A client announces its layer with `invokeWithLayer`;
//! Telegram then speaks that layer to it. The test DC is written against layer
//! [`mtrs_tl_api::LAYER`] and moves values between its schema and an older one it ships
//! (`tl/README.md` lists them): queries up to ours before they are handled, answers down
//! to the client's after. A layer without a shipped schema is spoken as ours.

mod index;
mod transcode;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use index::SchemaIndex;
pub(crate) use transcode::TranscodeError;

/// The older schemas shipped, by layer (data from registry packages; see `tl/README.md`).
const OLDER: &[(u32, &str)] = &[
    (198, include_str!("../tl/api-198.tl")),
    (227, include_str!("../tl/api-227.tl")),
];

/// Ours and the older schemas, parsed once.
struct Layers {
    ours: SchemaIndex,
    older: BTreeMap<u32, SchemaIndex>,
}

fn layers() -> &'static Layers {
    static LAYERS: OnceLock<Layers> = OnceLock::new();
    LAYERS.get_or_init(|| {
        let parse = |layer: u32, text: &str| {
            // The shipped schemas are checked by the tests; a broken one is simply not
            // offered (its clients get our layer).
            mtrs_tl_gen::parse(text)
                .ok()
                .map(|s| SchemaIndex::new(s, layer))
        };
        let ours_text = include_str!("../../mtrs-tl-api/tl/api.tl");
        let ours = parse(mtrs_tl_api::LAYER as u32, ours_text)
            .unwrap_or_else(|| SchemaIndex::new(Default::default(), mtrs_tl_api::LAYER as u32));
        let older = OLDER
            .iter()
            .filter_map(|&(layer, text)| parse(layer, text).map(|s| (layer, s)))
            .collect();
        Layers { ours, older }
    })
}

/// Whether answers to a client of `layer` are moved to another schema.
pub(crate) fn needs_transcoding(layer: i32) -> bool {
    u32::try_from(layer).is_ok_and(|l| layers().older.contains_key(&l))
}

/// The layers the test DC answers in exactly: the older ones whose schemas it ships, and
/// ours. A client announcing another layer is answered in ours.
///
/// ```
/// let layers = mtrs_testdc::supported_layers();
/// assert!(layers.contains(&198) && layers.contains(&230));
/// ```
pub fn supported() -> Vec<u32> {
    let l = layers();
    l.older.keys().copied().chain([l.ours.layer]).collect()
}

/// A query of a client of `layer`, in our layer.
pub(crate) fn query_up(body: &[u8], layer: i32) -> Result<Vec<u8>, TranscodeError> {
    let l = layers();
    match u32::try_from(layer).ok().and_then(|v| l.older.get(&v)) {
        Some(older) => transcode::transcode(body, older, &l.ours),
        None => Ok(body.to_vec()),
    }
}

/// The answer to the method `method` (its constructor id) in our layer, in the layer of a
/// client of `layer`.
pub(crate) fn answer_down(body: &[u8], method: u32, layer: i32) -> Result<Vec<u8>, TranscodeError> {
    let l = layers();
    let Some(older) = u32::try_from(layer).ok().and_then(|v| l.older.get(&v)) else {
        return Ok(body.to_vec());
    };
    match l.ours.by_id(method) {
        Some(def) => transcode::transcode_as(body, &def.ty, &l.ours, older),
        None => transcode::transcode(body, &l.ours, older),
    }
}

#[cfg(test)]
mod tests;
