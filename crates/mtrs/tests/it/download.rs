//! `Client::download`: a file from another DC through a media session, parts in flight in
//! parallel and written in order, resumed from an offset, FILE_MIGRATE followed.

use mtrs::{DcId, Download, InvokeError};
use mtrs_testdc::FaultConfig;

use crate::support::{BOT2, TestDc, client};

#[tokio::test]
async fn a_file_downloads_in_parallel_parts_in_order_and_resumes_from_an_offset() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    let file = dc.cluster.fixture().file_by_id(9003).unwrap().clone();
    let want = file.bytes.clone();
    let location = file.input_location();
    let size = want.len() as u64;

    // Size unknown: 64 KiB parts, 4 in flight; the first short part ends it.
    let mut got = Vec::new();
    let mut reports = Vec::new();
    let options = Download {
        part_size: 64 * 1024,
        parallel: 4,
        ..Download::default()
    };
    let n = c
        .download(&location, DcId::new(3), options, &mut got, |done| {
            reports.push(done)
        })
        .await
        .unwrap();
    assert_eq!(n, size);
    assert_eq!(got, want, "byte-exact, in order");
    assert_eq!(reports.last(), Some(&size));
    assert!(reports.windows(2).all(|w| w[0] < w[1]), "{reports:?}");
    let parts = size.div_ceil(64 * 1024);
    let calls = dc.cluster.counters(3).calls("upload.getFile");
    assert!(
        calls >= parts && calls < parts + 4,
        "{calls} calls for {parts} parts"
    );
    assert!(
        dc.cluster.counters(3).import_authorization >= 1,
        "a media session on DC 3"
    );

    // Size known, resumed from 128 KiB: only the missing parts are asked for.
    let before = dc.cluster.counters(3).calls("upload.getFile");
    let mut rest = Vec::new();
    let options = Download {
        part_size: 64 * 1024,
        parallel: 3,
        offset: 128 * 1024,
        size: Some(size),
    };
    let n = c
        .download(&location, DcId::new(3), options, &mut rest, |_| {})
        .await
        .unwrap();
    assert_eq!(n, size - 128 * 1024);
    assert_eq!(rest, want[128 * 1024..]);
    let asked = dc.cluster.counters(3).calls("upload.getFile") - before;
    assert_eq!(asked, (size - 128 * 1024).div_ceil(64 * 1024));

    // The wrong DC named: FILE_MIGRATE_3 is followed, the bytes are the same.
    let mut again = Vec::new();
    let n = c
        .download(
            &location,
            DcId::new(2),
            Download::default(),
            &mut again,
            |_| {},
        )
        .await
        .unwrap();
    assert_eq!((n, again.as_slice()), (size, want.as_slice()));
    assert!(dc.cluster.counters(2).errors("FILE_MIGRATE_3") >= 1);

    // A part size Telegram refuses is a typed error before any call.
    let bad = Download {
        part_size: 3000,
        ..Download::default()
    };
    let err = c
        .download(&location, DcId::new(3), bad, &mut Vec::new(), |_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(err, InvokeError::InvalidArgument { .. }),
        "{err:?}"
    );
    c.stop().await.unwrap();
}
