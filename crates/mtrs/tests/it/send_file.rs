//! `Client::send_file`: a file from disk uploaded, sent as a document and downloaded back
//! byte-exact; parts the server lost (`FILE_PART_X_MISSING`) sent again; slow parts.

use std::time::Duration;

use mtrs::api::enums;
use mtrs::{Download, PeerId, SentFile, Upload};
use mtrs_testdc::FaultConfig;

use crate::support::{BOT2, TestDc, client};

const ALICE: i64 = 1001;

fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 253) as u8).collect()
}

fn alice(dc: &TestDc) -> enums::InputPeer {
    let a = dc.cluster.fixture().account_by_id(ALICE).unwrap();
    mtrs::input_peer_of(&mtrs::Peer::new(
        PeerId::User(a.id),
        mtrs::PeerKind::User,
        a.access_hash,
    ))
}

async fn download(c: &mtrs::Client, sent: &SentFile) -> Vec<u8> {
    let mut bytes = Vec::new();
    let options = Download {
        part_size: 512 * 1024,
        parallel: 4,
        offset: 0,
        size: Some(sent.document.size as u64),
        ..Download::default()
    };
    c.download(&sent.location(), sent.dc(), options, &mut bytes, |_| {})
        .await
        .unwrap();
    bytes
}

fn calls(dc: &TestDc, method: &str) -> u64 {
    dc.cluster.counters(2).calls(method)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sent_file_downloads_back_byte_exact_and_reaches_the_recipient() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let content = pattern(3 * 1024 * 1024 + 123);
    let path = dir.path().join("report.bin");
    std::fs::write(&path, &content).unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    let sent = c
        .send_file(alice(&dc), &path, "the report", Upload::default(), |_| {})
        .await
        .unwrap();
    assert_eq!(sent.document.size, content.len() as i64);
    assert_eq!(sent.message.message.to_string(), "the report");
    assert_eq!(download(&c, &sent).await, content);
    // Alice's history holds the document too.
    let alice_box = dc.cluster.update_state(ALICE).unwrap();
    assert!(
        alice_box.pts > 1,
        "the recipient's log moved: {alice_box:?}"
    );
    c.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn parts_the_server_lost_are_sent_again() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    for (len, lost, method) in [
        (2 * 1024 * 1024, 1, "upload.saveFilePart"),
        (11 * 1024 * 1024, 2, "upload.saveBigFilePart"),
    ] {
        let content = pattern(len);
        let path = dir.path().join(format!("{len}.bin"));
        std::fs::write(&path, &content).unwrap();
        let parts = len.div_ceil(512 * 1024) as u64;
        let before = calls(&dc, method);
        dc.cluster
            .faults(2)
            .unwrap()
            .update(|f| f.lose_upload_parts = lost);
        let sent = c
            .send_file(alice(&dc), &path, "", Upload::default(), |_| {})
            .await
            .unwrap();
        assert_eq!(download(&c, &sent).await, content, "{len} bytes");
        assert_eq!(
            calls(&dc, method) - before,
            parts + u64::from(lost),
            "every part once, the lost ones twice"
        );
        assert!(calls(&dc, "messages.sendMedia") > u64::from(lost));
    }
    c.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_parts_still_arrive_in_order() {
    let faults = FaultConfig::default()
        .slow_method("upload.saveFilePart", Duration::from_millis(30))
        .slow_method("upload.getFile", Duration::from_millis(30));
    let dc = TestDc::start(faults);
    let dir = tempfile::tempdir().unwrap();
    let content = pattern(2 * 1024 * 1024 + 5);
    let path = dir.path().join("slow.bin");
    std::fs::write(&path, &content).unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    let sent = c
        .send_file(alice(&dc), &path, "", Upload::default(), |_| {})
        .await
        .unwrap();
    assert_eq!(download(&c, &sent).await, content);
    c.stop().await.unwrap();
}
