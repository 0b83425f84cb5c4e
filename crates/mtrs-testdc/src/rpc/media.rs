//! `messages.sendMedia` with an uploaded document: the parts the client saved under its
//! key become a document stored on this DC (downloadable with `upload.getFile`), sent
//! to a user like a text message. A part not there is `FILE_PART_X_MISSING`.

use std::sync::Arc;

use mtrs_proto::RpcError;
use mtrs_tl::Serialize;
use mtrs_tl_api::functions::messages as f;
use mtrs_tl_api::{enums, types};

use super::messages::peer_of;
use super::{Answer, RpcCtx};
use crate::fixture::File;
use crate::injection::now;
use crate::messages::{account_push, people, render_message, users};
use crate::updates_log::{Peer, StoredDocument};

/// The file and name of an uploaded document, with its MIME type and file name.
fn uploaded(media: &enums::InputMedia) -> Result<(i64, i32, String, String), RpcError> {
    let enums::InputMedia::InputMediaUploadedDocument(d) = media else {
        return Err(RpcError::new(400, "MEDIA_INVALID"));
    };
    let (id, parts, name) = match &d.file {
        enums::InputFile::InputFile(f) => (f.id, f.parts, f.name.to_str_lossy().into_owned()),
        enums::InputFile::InputFileBig(f) => (f.id, f.parts, f.name.to_str_lossy().into_owned()),
        _ => return Err(RpcError::new(400, "MEDIA_INVALID")),
    };
    let name = d
        .attributes
        .iter()
        .find_map(|a| match a {
            enums::DocumentAttribute::DocumentAttributeFilename(n) => {
                Some(n.file_name.to_str_lossy().into_owned())
            }
            _ => None,
        })
        .unwrap_or(name);
    Ok((id, parts, name, d.mime_type.to_str_lossy().into_owned()))
}

/// `messages.sendMedia` (an uploaded document, to a user) → `updates` with
/// `updateMessageID` and the sender's `updateNewMessage`; the recipient gets the message
/// pushed. The document lives on this DC.
pub(super) fn send_media(ctx: &mut RpcCtx<'_>, req: f::SendMedia) -> Answer {
    let me = ctx.user()?;
    let to = match peer_of(ctx, me, &req.peer)? {
        Peer::User(id) => id,
        Peer::Channel(_) => return Err(RpcError::new(403, "CHAT_WRITE_FORBIDDEN")),
    };
    let (file_id, parts, name, mime_type) = uploaded(&req.media)?;
    let bytes = ctx.dc.uploads.lock().take(ctx.key_id, file_id, parts)?;
    let document_id: i64 = rand::random::<i64>() & i64::MAX;
    let file = File::new(document_id, ctx.dc.id, bytes);
    let document = StoredDocument {
        id: file.id,
        access_hash: file.access_hash,
        file_reference: file.file_reference.clone(),
        dc_id: file.dc_id,
        size: i64::try_from(file.bytes.len()).unwrap_or(i64::MAX),
        name,
        mime_type,
    };
    ctx.shared
        .documents
        .lock()
        .insert(document_id, Arc::new(file));
    let text = req.message.to_str_lossy();
    let (sent, message, pushes) = {
        let mut log = ctx.shared.updates.lock();
        let sent = log.send_with_media(
            me,
            to,
            &text,
            Some(document),
            now(),
            Some(req.random_id),
            true,
        );
        let message = log.account(me).messages.get(&sent.sender.id).cloned();
        let mut pushes = Vec::new();
        if !sent.repeated {
            for a in sent.recipient.iter() {
                pushes.extend(account_push(ctx.shared, log.account(a.owner), a));
            }
        }
        (sent, message, pushes)
    };
    ctx.pushes.extend(pushes);
    let message = message.ok_or_else(|| RpcError::new(500, "INTERNAL"))?;
    let answer = enums::Updates::Updates(types::Updates {
        updates: vec![
            enums::Update::UpdateMessageId(types::UpdateMessageId {
                id: sent.sender.id,
                random_id: req.random_id,
            }),
            enums::Update::UpdateNewMessage(types::UpdateNewMessage {
                message: render_message(&message),
                pts: sent.sender.pts,
                pts_count: sent.sender.pts_count,
            }),
        ],
        users: users(ctx.shared, &people(&message), me),
        chats: Vec::new(),
        date: sent.sender.date,
        seq: sent.sender.seq.unwrap_or(0),
    });
    Ok(answer.to_bytes())
}
