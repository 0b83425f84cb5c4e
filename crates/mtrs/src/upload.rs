//! [`Client::upload`]: a file to the home DC in parts, several in flight, without a
//! hand-written `upload.saveFilePart` loop. Files up to 10 MiB go as `saveFilePart` and
//! become an `inputFile`; larger ones as `saveBigFilePart` and an `inputFileBig`, as
//! Telegram asks.
//!
//! Each part is read straight into its serialized request, which is then shared (never
//! copied) by every attempt, the connection's request table and the packet writer: one
//! buffer per part in flight.

use mtrs_proto::Bytes;
use mtrs_tl::{Deserialize, Serialize, TlString};
use mtrs_tl_api::functions::upload::{SaveBigFilePart, SaveFilePart};
use mtrs_tl_api::{enums, types};
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::task::JoinSet;

use crate::{Client, InvokeError};

/// Above this size a file is "big" (`upload.saveBigFilePart`).
const BIG_FILE: u64 = 10 * 1024 * 1024;

/// How an upload runs.
///
/// ```
/// let options = mtrs::Upload::default();
/// assert_eq!((options.part_size, options.parallel), (512 * 1024, 4));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Upload {
    /// Bytes per part: a multiple of 1 KiB dividing 512 KiB. Default 512 KiB.
    pub part_size: u32,
    /// Parts in flight at once (at least 1). Default 4.
    pub parallel: usize,
    /// Connections to the home DC the parts are spread over (at least 1; the extra ones
    /// are opened next to the home connection and kept until [`Client::stop`]).
    /// Default 1.
    pub connections: usize,
}

impl Default for Upload {
    fn default() -> Self {
        Self {
            part_size: 512 * 1024,
            parallel: 4,
            connections: 1,
        }
    }
}

impl Client {
    /// Uploads `size` bytes read from `source` as a file called `name`; returns the
    /// `InputFile` (or `InputFileBig`) to send it with. `progress` is called with the
    /// bytes the server has taken after each part.
    ///
    /// # Errors
    /// [`InvokeError::InvalidArgument`] for part sizes Telegram refuses or a size over
    /// Telegram's part count limit; any error of a part's call (the others are
    /// cancelled); a failed read of `source` as [`InvokeError::Io`].
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let bytes = b"hello".to_vec();
    /// let file = client
    ///     .upload(&mut bytes.as_slice(), bytes.len() as u64, "hello.txt", mtrs::Upload::default(), |_| {})
    ///     .await?;
    /// # let _ = file;
    /// # Ok(()) }
    /// ```
    pub async fn upload<R>(
        &self,
        source: &mut R,
        size: u64,
        name: &str,
        options: Upload,
        mut progress: impl FnMut(u64),
    ) -> Result<enums::InputFile, InvokeError>
    where
        R: AsyncRead + Unpin + ?Sized,
    {
        let part = u64::from(options.part_size);
        let parts = size.div_ceil(part.max(1));
        let valid = options.part_size >= 1024
            && options.part_size.is_multiple_of(1024)
            && (512 * 1024u32).is_multiple_of(options.part_size)
            && parts <= 4000;
        let total =
            i32::try_from(parts)
                .ok()
                .filter(|_| valid)
                .ok_or(InvokeError::InvalidArgument {
                    detail: "part_size must be a multiple of 1 KiB dividing 512 KiB, and the file \
                         at most 4000 parts",
                })?;
        let big = size > BIG_FILE;
        let file_id: i64 = rand::random();
        // With several connections, the extra ones are opened next to the home DC's.
        let home = if options.connections > 1 {
            Some(self.home_dc()?)
        } else {
            None
        };
        let mut tasks = JoinSet::new();
        let mut sent = 0u64;
        for index in 0..total {
            let len = part.min(size - u64::from(index.unsigned_abs()) * part);
            let len = usize::try_from(len).unwrap_or(0);
            let head = PartHead {
                big,
                file_id,
                index,
                total,
            };
            let body = read_part(source, head, len)
                .await
                .map_err(|e| InvokeError::Io(std::sync::Arc::new(e)))?;
            if tasks.len() >= options.parallel.max(1) {
                sent += finished(tasks.join_next().await)?;
                progress(sent);
            }
            let client = self.clone();
            let slot = usize::try_from(index).unwrap_or(0) % options.connections.max(1);
            tasks.spawn(async move {
                let answer = match home {
                    Some(home) if slot > 0 => client.invoke_in_slot(home, slot, body).await?,
                    _ => client.invoke_serialized(body).await?,
                };
                taken(&answer).map(|()| len as u64)
            });
        }
        while let Some(done) = tasks.join_next().await {
            sent += finished(Some(done))?;
            progress(sent);
        }
        let name = TlString::from(name);
        Ok(if big {
            enums::InputFile::InputFileBig(types::InputFileBig {
                id: file_id,
                parts: total,
                name,
            })
        } else {
            enums::InputFile::InputFile(types::InputFile {
                id: file_id,
                parts: total,
                name,
                md5_checksum: TlString::from(""),
            })
        })
    }
}

impl Client {
    /// Reads part `index` of an upload from `source` (positioned at its start) and sends
    /// it again, on the home connection (a part the server reports missing).
    pub(crate) async fn resend_part<R>(
        &self,
        source: &mut R,
        file: &enums::InputFile,
        index: i32,
        len: usize,
    ) -> Result<(), InvokeError>
    where
        R: AsyncRead + Unpin + ?Sized,
    {
        let head = match file {
            enums::InputFile::InputFileBig(f) => PartHead {
                big: true,
                file_id: f.id,
                index,
                total: f.parts,
            },
            enums::InputFile::InputFile(f) => PartHead {
                big: false,
                file_id: f.id,
                index,
                total: f.parts,
            },
            _ => {
                return Err(InvokeError::InvalidArgument {
                    detail: "only an uploaded inputFile or inputFileBig has parts",
                });
            }
        };
        let body = read_part(source, head, len)
            .await
            .map_err(|e| InvokeError::Io(std::sync::Arc::new(e)))?;
        taken(&self.invoke_serialized(body).await?)
    }
}

/// Whether the answer to a part's request says the server kept it.
fn taken(answer: &[u8]) -> Result<(), InvokeError> {
    match bool::from_bytes(answer) {
        Ok(true) => Ok(()),
        Ok(false) => Err(InvokeError::MalformedAnswer {
            detail: "the server did not take a file part",
        }),
        Err(source) => Err(InvokeError::Decode {
            context: "an upload.saveFilePart result",
            source,
        }),
    }
}

/// The fields of a part's request before its bytes.
#[derive(Clone, Copy, Debug)]
struct PartHead {
    /// `upload.saveBigFilePart` (else `upload.saveFilePart`).
    big: bool,
    file_id: i64,
    index: i32,
    total: i32,
}

/// The serialized request of one part whose `len` bytes are read from `source` straight
/// into their place: byte for byte what serializing the request would give, in one
/// buffer of exactly its size (so it becomes [`Bytes`] without a copy).
async fn read_part<R>(source: &mut R, head: PartHead, len: usize) -> std::io::Result<Bytes>
where
    R: AsyncRead + Unpin + ?Sized,
{
    // `bytes` is the last field: the request with empty bytes, less their 4 bytes (a zero
    // length and padding), is everything before it.
    let mut fields = if head.big {
        SaveBigFilePart {
            file_id: head.file_id,
            file_part: head.index,
            file_total_parts: head.total,
            bytes: Vec::new(),
        }
        .to_bytes()
    } else {
        SaveFilePart {
            file_id: head.file_id,
            file_part: head.index,
            bytes: Vec::new(),
        }
        .to_bytes()
    };
    fields.truncate(fields.len().saturating_sub(4));
    // TL `bytes`: a 1-byte length below 254, else 254 and 3 length bytes (a part is at
    // most 512 KiB), then the data and zeros to a multiple of 4.
    let header_len = if len < 254 { 1 } else { 4 };
    let padding = (4 - (header_len + len) % 4) % 4;
    let mut body = Vec::with_capacity(fields.len() + header_len + len + padding);
    body.extend_from_slice(&fields);
    let len_bytes = u32::try_from(len).unwrap_or(u32::MAX).to_le_bytes();
    if len < 254 {
        body.push(len_bytes[0]);
    } else {
        body.push(254);
        body.extend_from_slice(&len_bytes[..3]);
    }
    let start = body.len();
    body.resize(start + len, 0);
    source.read_exact(&mut body[start..]).await?;
    body.resize(body.len() + padding, 0);
    Ok(Bytes::from(body))
}

type Part = Result<Result<u64, InvokeError>, tokio::task::JoinError>;

fn finished(joined: Option<Part>) -> Result<u64, InvokeError> {
    match joined {
        Some(Ok(result)) => result,
        Some(Err(_)) | None => Err(InvokeError::NotConnected),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The body built in place is exactly the serialized request, for every length class
    /// of TL `bytes` (short, long, each padding).
    #[tokio::test]
    async fn a_part_read_in_place_is_its_serialized_request() {
        for big in [false, true] {
            for len in [0usize, 1, 3, 4, 253, 254, 255, 257, 1024, 512 * 1024] {
                let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
                let head = PartHead {
                    big,
                    file_id: -7,
                    index: 3,
                    total: 9,
                };
                let body = read_part(&mut data.as_slice(), head, len).await.unwrap();
                let expected = if big {
                    SaveBigFilePart {
                        file_id: -7,
                        file_part: 3,
                        file_total_parts: 9,
                        bytes: data.clone(),
                    }
                    .to_bytes()
                } else {
                    SaveFilePart {
                        file_id: -7,
                        file_part: 3,
                        bytes: data.clone(),
                    }
                    .to_bytes()
                };
                assert_eq!(&body[..], &expected[..], "big {big}, len {len}");
            }
        }
    }

    #[tokio::test]
    async fn a_short_source_is_an_error() {
        let head = PartHead {
            big: false,
            file_id: 1,
            index: 0,
            total: 1,
        };
        let err = read_part(&mut &[1u8, 2][..], head, 4).await.unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::UnexpectedEof);
    }
}
