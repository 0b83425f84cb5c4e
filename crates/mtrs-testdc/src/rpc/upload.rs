//! `upload.getFile` with Telegram's offset/limit rules and `FILE_MIGRATE_X`;
//! `upload.saveFilePart` and `upload.saveBigFilePart` into the DC's upload store.

use mtrs_proto::RpcError;
use mtrs_tl_api::functions::upload as f;
use mtrs_tl_api::{enums, types};

use super::{Answer, RpcCtx, ok};
use crate::fixture::File;

/// The largest part and the window a part may not cross.
const MIB: i64 = 1024 * 1024;

/// Checks `offset` and `limit` as Telegram does: limit in 1..=1 MiB; without `precise`,
/// offset and limit divisible by 4 KiB and 1 MiB divisible by the limit; with `precise`,
/// both divisible by 1 KiB; and the part may not cross a 1 MiB boundary.
pub(crate) fn check_part(offset: i64, limit: i32, precise: bool) -> Result<(), RpcError> {
    let limit = i64::from(limit);
    let invalid = |name| Err(RpcError::new(400, name));
    if limit <= 0 || limit > MIB {
        return invalid("LIMIT_INVALID");
    }
    if offset < 0 {
        return invalid("OFFSET_INVALID");
    }
    let align = if precise { 1024 } else { 4096 };
    if limit % align != 0 || (!precise && MIB % limit != 0) {
        return invalid("LIMIT_INVALID");
    }
    if offset % align != 0 {
        return invalid("OFFSET_INVALID");
    }
    if offset / MIB != (offset + limit - 1) / MIB {
        return invalid("LIMIT_INVALID");
    }
    Ok(())
}

/// `upload.getFile` → `upload.file` with `storage.filePartial`.
pub(super) fn get_file(ctx: &RpcCtx<'_>, req: f::GetFile) -> Answer {
    ctx.user()?;
    let (id, access_hash) = match &req.location {
        enums::InputFileLocation::InputDocumentFileLocation(l) => (l.id, l.access_hash),
        enums::InputFileLocation::InputPhotoFileLocation(l) => (l.id, l.access_hash),
        _ => return Err(RpcError::new(400, "LOCATION_INVALID")),
    };
    if let Some(file) = ctx.shared.fixture.file_by_id(id) {
        return serve(ctx, file, access_hash, &req);
    }
    let document = ctx.shared.documents.lock().get(&id).cloned();
    match document {
        Some(file) => serve(ctx, &file, access_hash, &req),
        None => Err(RpcError::new(400, "FILE_ID_INVALID")),
    }
}

/// One part of `file` (a fixture file or a materialised document).
fn serve(ctx: &RpcCtx<'_>, file: &File, access_hash: i64, req: &f::GetFile) -> Answer {
    if file.access_hash != access_hash {
        return Err(RpcError::new(400, "FILE_ID_INVALID"));
    }
    check_part(req.offset, req.limit, req.precise)?;
    if file.dc_id != ctx.dc.id {
        return Err(RpcError::new(303, &format!("FILE_MIGRATE_{}", file.dc_id)));
    }
    let start = usize::try_from(req.offset)
        .unwrap_or(usize::MAX)
        .min(file.bytes.len());
    let end = start
        .saturating_add(usize::try_from(req.limit).unwrap_or(0))
        .min(file.bytes.len());
    let bytes = file.bytes.get(start..end).unwrap_or_default().to_vec();
    ok(&enums::upload::File::File(types::upload::File {
        r#type: enums::storage::FileType::FilePartial,
        mtime: 1_700_000_000,
        bytes,
    }))
}

/// `upload.saveFilePart` → `boolTrue` once the part is stored under the caller's key.
pub(super) fn save_file_part(ctx: &RpcCtx<'_>, req: f::SaveFilePart) -> Answer {
    ctx.user()?;
    if lose_part(ctx) {
        return ok(&true);
    }
    ctx.dc
        .uploads
        .lock()
        .save(ctx.key_id, req.file_id, req.file_part, None, req.bytes)?;
    ok(&true)
}

/// `upload.saveBigFilePart` → `boolTrue` once the part is stored under the caller's key.
pub(super) fn save_big_file_part(ctx: &RpcCtx<'_>, req: f::SaveBigFilePart) -> Answer {
    ctx.user()?;
    if lose_part(ctx) {
        return ok(&true);
    }
    ctx.dc.uploads.lock().save(
        ctx.key_id,
        req.file_id,
        req.file_part,
        Some(req.file_total_parts),
        req.bytes,
    )?;
    ok(&true)
}

/// Whether this part is acknowledged but not kept ([`crate::FaultConfig::lose_upload_parts`]).
fn lose_part(ctx: &RpcCtx<'_>) -> bool {
    let lost = ctx.dc.faults.lock().lose_upload_part_due();
    if lost {
        ctx.shared.events.push(crate::events::Event::Fault {
            dc_id: ctx.dc.id,
            kind: "lose_upload_part",
        });
    }
    lost
}

#[cfg(test)]
mod tests;
