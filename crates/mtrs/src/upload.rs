//! [`Client::upload`]: a file to the home DC in parts, several in flight, without a
//! hand-written `upload.saveFilePart` loop. Files up to 10 MiB go as `saveFilePart` and
//! become an `inputFile`; larger ones as `saveBigFilePart` and an `inputFileBig`, as
//! Telegram asks.

use mtrs_tl::TlString;
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
}

impl Default for Upload {
    fn default() -> Self {
        Self {
            part_size: 512 * 1024,
            parallel: 4,
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
        let mut tasks = JoinSet::new();
        let mut sent = 0u64;
        for index in 0..total {
            let len = part.min(size - u64::from(index.unsigned_abs()) * part);
            let mut bytes = vec![0u8; usize::try_from(len).unwrap_or(0)];
            source
                .read_exact(&mut bytes)
                .await
                .map_err(|e| InvokeError::Io(std::sync::Arc::new(e)))?;
            if tasks.len() >= options.parallel.max(1) {
                sent += finished(tasks.join_next().await)?;
                progress(sent);
            }
            let client = self.clone();
            tasks.spawn(async move {
                let taken = if big {
                    let request = SaveBigFilePart {
                        file_id,
                        file_part: index,
                        file_total_parts: total,
                        bytes,
                    };
                    client.invoke(&request).await
                } else {
                    let request = SaveFilePart {
                        file_id,
                        file_part: index,
                        bytes,
                    };
                    client.invoke(&request).await
                };
                match taken {
                    Ok(true) => Ok(len),
                    Ok(false) => Err(InvokeError::MalformedAnswer {
                        detail: "the server did not take a file part",
                    }),
                    Err(e) => Err(e),
                }
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

type Part = Result<Result<u64, InvokeError>, tokio::task::JoinError>;

fn finished(joined: Option<Part>) -> Result<u64, InvokeError> {
    match joined {
        Some(Ok(result)) => result,
        Some(Err(_)) | None => Err(InvokeError::NotConnected),
    }
}
