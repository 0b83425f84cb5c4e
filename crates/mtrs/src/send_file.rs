//! [`Client::send_file`]: a file from disk uploaded in parts and sent as a document,
//! parts the server reports missing (`FILE_PART_X_MISSING`) uploaded again.

use std::io::SeekFrom;
use std::path::Path;
use std::sync::Arc;

use mtrs_tl_api::functions::messages::SendMedia;
use mtrs_tl_api::{enums, types};
use mtrs_types::{DcId, RpcError};
use tokio::io::AsyncSeekExt;

use crate::{Client, InvokeError, Upload};

/// How many times a send repairs missing parts before it gives up.
const REPAIRS: usize = 3;

/// What [`Client::send_file`] sent: the message and the document it carries.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SentFile {
    /// The sent message, as the sender's copy.
    pub message: types::Message,
    /// The document the server stored.
    pub document: types::Document,
}

impl SentFile {
    /// The location to download the document with ([`Client::download`]).
    pub fn location(&self) -> enums::InputFileLocation {
        enums::InputFileLocation::InputDocumentFileLocation(types::InputDocumentFileLocation {
            id: self.document.id,
            access_hash: self.document.access_hash,
            file_reference: self.document.file_reference.clone(),
            thumb_size: "".into(),
        })
    }

    /// The DC storing the document.
    pub fn dc(&self) -> DcId {
        DcId::new(self.document.dc_id)
    }
}

/// The part a `FILE_PART_X_MISSING` error names.
///
/// ```
/// use mtrs::RpcError;
/// assert_eq!(mtrs::missing_part(&RpcError::new(400, "FILE_PART_7_MISSING")), Some(7));
/// assert_eq!(mtrs::missing_part(&RpcError::new(400, "FILE_PARTS_INVALID")), None);
/// ```
pub fn missing_part(e: &RpcError) -> Option<i32> {
    e.name
        .strip_prefix("FILE_PART_")?
        .strip_suffix("_MISSING")?
        .parse()
        .ok()
        .filter(|x: &i32| *x >= 0)
}

fn io(e: std::io::Error) -> InvokeError {
    InvokeError::Io(Arc::new(e))
}

impl Client {
    /// Uploads the file at `path` ([`Client::upload`] with `options`, `progress`
    /// reporting bytes) and sends it to `peer` as a document named after the file, with
    /// `caption`. A part the server did not keep (`FILE_PART_X_MISSING`) is read from
    /// the file again and re-sent, then the send is repeated with the same `random_id`
    /// (at most 3 rounds).
    ///
    /// # Errors
    /// A failed read as [`InvokeError::Io`]; the upload's errors; the send's RPC errors;
    /// [`InvokeError::MalformedAnswer`] if the answer holds no document.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let alice = client.input_peer(mtrs::PeerId::User(1001)).await?;
    /// let sent = client
    ///     .send_file(alice, "report.pdf", "the report", mtrs::Upload::default(), |_| {})
    ///     .await?;
    /// println!("document {} on {}", sent.document.id, sent.dc());
    /// # Ok(()) }
    /// ```
    pub async fn send_file(
        &self,
        peer: enums::InputPeer,
        path: impl AsRef<Path>,
        caption: &str,
        options: Upload,
        progress: impl FnMut(u64),
    ) -> Result<SentFile, InvokeError> {
        let path = path.as_ref();
        let mut file = tokio::fs::File::open(path).await.map_err(io)?;
        let size = file.metadata().await.map_err(io)?.len();
        let name = path
            .file_name()
            .map_or_else(|| "file".to_owned(), |n| n.to_string_lossy().into_owned());
        let input = self
            .upload(&mut file, size, &name, options, progress)
            .await?;
        let request = SendMedia {
            silent: false,
            background: false,
            clear_draft: false,
            noforwards: false,
            update_stickersets_order: false,
            invert_media: false,
            allow_paid_floodskip: false,
            peer,
            reply_to: None,
            media: enums::InputMedia::InputMediaUploadedDocument(
                types::InputMediaUploadedDocument {
                    nosound_video: false,
                    force_file: true,
                    spoiler: false,
                    file: input.clone(),
                    thumb: None,
                    mime_type: "application/octet-stream".into(),
                    attributes: vec![enums::DocumentAttribute::DocumentAttributeFilename(
                        types::DocumentAttributeFilename {
                            file_name: name.as_str().into(),
                        },
                    )],
                    stickers: None,
                    video_cover: None,
                    video_timestamp: None,
                    ttl_seconds: None,
                },
            ),
            message: caption.into(),
            random_id: rand::random(),
            reply_markup: None,
            entities: None,
            schedule_date: None,
            schedule_repeat_period: None,
            send_as: None,
            quick_reply_shortcut: None,
            effect: None,
            allow_paid_stars: None,
            suggested_post: None,
        };
        let part = u64::from(options.part_size);
        let mut repairs = 0;
        loop {
            match self.invoke(&request).await {
                Ok(answer) => return sent_file(answer),
                Err(InvokeError::Rpc(e)) if repairs < REPAIRS && missing_part(&e).is_some() => {
                    repairs += 1;
                    let index = missing_part(&e).unwrap_or(0);
                    let offset = u64::from(index.unsigned_abs()) * part;
                    if offset >= size {
                        return Err(InvokeError::Rpc(e));
                    }
                    tracing::debug!(index, "the server lost a file part: sending it again");
                    let len = usize::try_from(part.min(size - offset)).unwrap_or(0);
                    file.seek(SeekFrom::Start(offset)).await.map_err(io)?;
                    self.resend_part(&mut file, &input, index, len).await?;
                }
                Err(e) => return Err(e),
            }
        }
    }
}

/// The sent message and its document, from the `updates` a send answers.
fn sent_file(answer: enums::Updates) -> Result<SentFile, InvokeError> {
    let updates = match answer {
        enums::Updates::Updates(u) => u.updates,
        enums::Updates::UpdatesCombined(u) => u.updates,
        enums::Updates::UpdateShort(u) => vec![u.update],
        _ => Vec::new(),
    };
    updates
        .into_iter()
        .find_map(|u| {
            let message = match u {
                enums::Update::UpdateNewMessage(u) => u.message,
                enums::Update::UpdateNewChannelMessage(u) => u.message,
                _ => return None,
            };
            let enums::Message::Message(message) = message else {
                return None;
            };
            let Some(enums::MessageMedia::MessageMediaDocument(media)) = &message.media else {
                return None;
            };
            let Some(enums::Document::Document(document)) = media.document.clone() else {
                return None;
            };
            Some(SentFile { message, document })
        })
        .ok_or(InvokeError::MalformedAnswer {
            detail: "the send answered no message with a document",
        })
}
