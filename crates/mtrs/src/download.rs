//! [`Client::download`]: a file from its DC without a hand-written `upload.getFile` loop.
//!
//! The parts are asked for on a media session of the file's DC (a `FILE_MIGRATE` answer is
//! followed), several at once, and written to the sink in order. Part sizes follow
//! Telegram's rules for `upload.getFile`: a multiple of 4 KiB that divides 1 MiB, at most
//! 512 KiB; the file ends with the first part shorter than asked (or at its known size).

use std::collections::BTreeMap;

use mtrs_tl_api::enums;
use mtrs_tl_api::functions::upload::GetFile;
use tokio::io::{AsyncWrite, AsyncWriteExt};
use tokio::task::JoinSet;

use crate::{Client, DcId, InvokeError};

/// How a download runs.
///
/// ```
/// let options = mtrs::Download::default();
/// assert_eq!((options.part_size, options.parallel, options.offset), (512 * 1024, 4, 0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Download {
    /// Bytes per `upload.getFile` (a multiple of 4 KiB dividing 1 MiB). Default 512 KiB.
    pub part_size: u32,
    /// Parts in flight at once (at least 1). Default 4.
    pub parallel: usize,
    /// Where to start (resuming): a multiple of `part_size`. Default 0.
    pub offset: u64,
    /// The file's size when known (documents carry it): no part is asked for past it.
    pub size: Option<u64>,
    /// Connections to the file's DC the parts are spread over (at least 1; the extra ones
    /// are opened next to the media connection and kept until [`Client::stop`]).
    /// Default 1.
    pub connections: usize,
}

impl Default for Download {
    fn default() -> Self {
        Self {
            part_size: 512 * 1024,
            parallel: 4,
            offset: 0,
            size: None,
            connections: 1,
        }
    }
}

impl Download {
    fn check(&self) -> Result<(), InvokeError> {
        let ok = self.part_size >= 4096
            && self.part_size <= 512 * 1024
            && self.part_size.is_multiple_of(4096)
            && (1024 * 1024u32).is_multiple_of(self.part_size)
            && self.offset.is_multiple_of(u64::from(self.part_size));
        if ok {
            Ok(())
        } else {
            Err(InvokeError::InvalidArgument {
                detail: "part_size must be a multiple of 4 KiB dividing 1 MiB (at most 512 KiB), \
                         and offset a multiple of part_size",
            })
        }
    }
}

impl Client {
    /// Downloads the file at `location`, stored on DC `dc`, into `sink`; returns the bytes
    /// written. `progress` is called with the bytes written so far after each part.
    ///
    /// # Errors
    /// [`InvokeError::InvalidArgument`] for part sizes Telegram refuses; any error of a
    /// part's call (the others are cancelled); a failed write to `sink` as
    /// [`InvokeError::Io`].
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client, location: mtrs::api::enums::InputFileLocation) -> Result<(), mtrs::InvokeError> {
    /// let mut file = Vec::new();
    /// let n = client
    ///     .download(&location, mtrs::DcId::new(3), mtrs::Download::default(), &mut file, |done| {
    ///         eprintln!("{done} bytes");
    ///     })
    ///     .await?;
    /// assert_eq!(n as usize, file.len());
    /// # Ok(()) }
    /// ```
    pub async fn download<W>(
        &self,
        location: &enums::InputFileLocation,
        dc: DcId,
        options: Download,
        sink: &mut W,
        mut progress: impl FnMut(u64),
    ) -> Result<u64, InvokeError>
    where
        W: AsyncWrite + Unpin + ?Sized,
    {
        options.check()?;
        let sessions = self
            .dc_sessions(dc.plain().media(), options.connections.max(1))
            .await?;
        let part = u64::from(options.part_size);
        let past_end = |offset: u64| options.size.is_some_and(|size| offset >= size);
        let mut tasks = JoinSet::new();
        let mut next = options.offset;
        let mut written = options.offset;
        let mut ready: BTreeMap<u64, Vec<u8>> = BTreeMap::new();
        let mut ended = past_end(next);
        let spawn = |tasks: &mut JoinSet<_>, offset: u64| {
            let index = usize::try_from(offset / part).unwrap_or(0);
            let session = sessions[index % sessions.len()].clone();
            let request = GetFile {
                precise: false,
                cdn_supported: false,
                location: location.clone(),
                offset: i64::try_from(offset).unwrap_or(i64::MAX),
                limit: i32::try_from(options.part_size).unwrap_or(i32::MAX),
            };
            tasks.spawn(async move { (offset, session.invoke(&request).await) });
        };
        while !ended && tasks.len() < options.parallel.max(1) && !past_end(next) {
            spawn(&mut tasks, next);
            next += part;
        }
        while let Some(joined) = tasks.join_next().await {
            let (offset, answer) = joined.map_err(|_| InvokeError::NotConnected)?;
            let bytes = match answer? {
                enums::upload::File::File(f) => f.bytes,
                enums::upload::File::FileCdnRedirect(_) => {
                    return Err(InvokeError::MalformedAnswer {
                        detail: "a CDN redirect (not supported: the download asked for none)",
                    });
                }
            };
            ready.insert(offset, bytes);
            while let Some(bytes) = ready.remove(&written) {
                let short = (bytes.len() as u64) < part;
                sink.write_all(&bytes)
                    .await
                    .map_err(|e| InvokeError::Io(std::sync::Arc::new(e)))?;
                written += bytes.len() as u64;
                progress(written);
                if short || past_end(written) {
                    ended = true;
                    break;
                }
            }
            if ended {
                // Parts past the end are not needed.
                tasks.abort_all();
                break;
            }
            if !past_end(next) {
                spawn(&mut tasks, next);
                next += part;
            }
        }
        sink.flush()
            .await
            .map_err(|e| InvokeError::Io(std::sync::Arc::new(e)))?;
        Ok(written - options.offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_sizes_follow_telegrams_rules() {
        let with = |part_size, offset| Download {
            part_size,
            offset,
            ..Download::default()
        };
        assert!(with(512 * 1024, 0).check().is_ok());
        assert!(with(4096, 8192).check().is_ok());
        assert!(with(64 * 1024, 0).check().is_ok());
        for bad in [0, 1000, 4095, 3 * 4096, 1024 * 1024] {
            assert!(with(bad, 0).check().is_err(), "{bad}");
        }
        assert!(
            with(4096, 100).check().is_err(),
            "offset not on a part boundary"
        );
    }
}
