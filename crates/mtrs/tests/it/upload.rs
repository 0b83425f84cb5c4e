//! `Client::upload`: parts in flight in parallel, small files as `saveFilePart` and big
//! ones as `saveBigFilePart`; the test DC assembles exactly the bytes sent.

use mtrs::api::enums;
use mtrs::{DcId, InvokeError, Upload};
use mtrs_testdc::FaultConfig;

use crate::support::{BOT2, TestDc, client};

fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

#[tokio::test]
async fn small_and_big_files_upload_in_parallel_parts_byte_exact() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    let key_id = c.session().await.unwrap().dcs[&DcId::new(2)]
        .auth_key
        .as_ref()
        .unwrap()
        .id()
        .0;

    // Small: 300,000 bytes in 64 KiB parts, 3 in flight.
    let small = pattern(300_000);
    let mut reports = Vec::new();
    let options = Upload {
        part_size: 64 * 1024,
        parallel: 3,
        ..Upload::default()
    };
    let file = c
        .upload(
            &mut small.as_slice(),
            small.len() as u64,
            "small.bin",
            options,
            |n| reports.push(n),
        )
        .await
        .unwrap();
    let enums::InputFile::InputFile(f) = file else {
        panic!("a small file is an inputFile: {file:?}");
    };
    assert_eq!(f.parts, 5);
    assert_eq!(
        dc.cluster.uploaded_file(2, key_id, f.id),
        Some(small.clone())
    );
    assert_eq!(dc.cluster.counters(2).calls("upload.saveFilePart"), 5);
    assert_eq!(reports.last(), Some(&(small.len() as u64)));

    // Big: just over 10 MiB, 512 KiB parts.
    let big = pattern(10 * 1024 * 1024 + 1);
    let file = c
        .upload(
            &mut big.as_slice(),
            big.len() as u64,
            "big.bin",
            Upload::default(),
            |_| {},
        )
        .await
        .unwrap();
    let enums::InputFile::InputFileBig(f) = file else {
        panic!("a big file is an inputFileBig: {file:?}");
    };
    assert_eq!(f.parts, 21);
    assert_eq!(dc.cluster.uploaded_file(2, key_id, f.id), Some(big));
    assert_eq!(dc.cluster.counters(2).calls("upload.saveBigFilePart"), 21);

    // A part size Telegram refuses, and a source shorter than announced.
    let bad = Upload {
        part_size: 1000,
        ..Upload::default()
    };
    let err = c
        .upload(&mut small.as_slice(), 10, "x", bad, |_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(err, InvokeError::InvalidArgument { .. }),
        "{err:?}"
    );
    let err = c
        .upload(&mut &small[..100], 200, "x", Upload::default(), |_| {})
        .await
        .unwrap_err();
    assert!(matches!(err, InvokeError::Io(_)), "{err:?}");
    c.stop().await.unwrap();
}
