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
        ..Download::default()
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

/// Parts spread over several connections of the file's DC: each connection carries
/// parts, one key exchange and one authorization import serve them all, the bytes stay
/// in order, and `stop` closes the extra connections. Uploads spread the same way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parts_spread_over_several_connections_of_one_dc() {
    use mtrs::Upload;
    use mtrs_testdc::Event;
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    let file = dc.cluster.fixture().file_by_id(9003).unwrap().clone();
    let from = dc.cluster.events().len();
    let options = Download {
        part_size: 32 * 1024,
        parallel: 6,
        size: Some(file.bytes.len() as u64),
        connections: 3,
        ..Download::default()
    };
    let mut got = Vec::new();
    c.download(
        &file.input_location(),
        DcId::new(3),
        options,
        &mut got,
        |_| {},
    )
    .await
    .unwrap();
    assert_eq!(got, file.bytes, "byte-exact, in order");
    let events = dc.cluster.events().since(from);
    let media_connections: Vec<u64> = events
        .iter()
        .filter_map(|e| match e {
            Event::ConnectionOpened {
                dc_id: 3,
                conn,
                media: true,
            } => Some(*conn),
            _ => None,
        })
        .collect();
    assert_eq!(media_connections.len(), 3, "{events:#?}");
    assert_eq!(dc.key_exchanges(3), 1, "one key for every connection");
    assert_eq!(dc.cluster.counters(3).import_authorization, 1);

    let content: Vec<u8> = (0..3 * 512 * 1024).map(|i| (i % 249) as u8).collect();
    let upload = Upload {
        connections: 2,
        ..Upload::default()
    };
    let uploaded = c
        .upload(
            &mut content.as_slice(),
            content.len() as u64,
            "x.bin",
            upload,
            |_| {},
        )
        .await
        .unwrap();
    let mtrs::api::enums::InputFile::InputFile(f) = uploaded else {
        panic!("a small file: {uploaded:?}");
    };
    let key_id = c.session().await.unwrap().dcs[&DcId::new(2)]
        .auth_key
        .as_ref()
        .unwrap()
        .id()
        .0;
    assert_eq!(dc.cluster.uploaded_file(2, key_id, f.id), Some(content));
    c.stop().await.unwrap();
    // The DC sees each of the three media connections end: the extra ones are closed at
    // stop like the ordinary one.
    for id in media_connections {
        dc.cluster
            .events()
            .wait_for(
                from,
                std::time::Duration::from_secs(10),
                |e| matches!(e, Event::ConnectionClosed { conn, .. } if *conn == id),
            )
            .await
            .unwrap_or_else(|_| panic!("media connection {id} still open after stop"));
    }
}
