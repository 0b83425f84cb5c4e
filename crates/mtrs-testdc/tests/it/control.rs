//! The control interface: JSON lines on loopback, read and driven as a script in another
//! language would (counters after a call, the event log with a wait, faults set and
//! cleared at run time, errors for bad requests).

use mtrs_testdc::{Cluster, Error};
use mtrs_tl_api::functions::help;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};

use crate::bot_client;
use crate::client::WAIT;

/// One control connection.
struct Control {
    read: BufReader<OwnedReadHalf>,
    write: OwnedWriteHalf,
}

impl Control {
    async fn connect(addr: std::net::SocketAddr) -> Self {
        let (read, write) = TcpStream::connect(addr).await.unwrap().into_split();
        Self {
            read: BufReader::new(read),
            write,
        }
    }

    async fn send_line(&mut self, line: &[u8]) {
        self.write.write_all(line).await.unwrap();
        self.write.write_all(b"\n").await.unwrap();
    }

    async fn send(&mut self, request: Value) {
        self.send_line(request.to_string().as_bytes()).await;
    }

    /// The next answer line, parsed (`Null` once the server closed the connection).
    async fn answer(&mut self) -> Value {
        let mut line = String::new();
        let n = tokio::time::timeout(WAIT, self.read.read_line(&mut line))
            .await
            .expect("an answer in time")
            .unwrap();
        if n == 0 {
            return Value::Null;
        }
        serde_json::from_str(&line).expect("one JSON object per line")
    }

    async fn ask(&mut self, request: Value) -> Value {
        self.send(request).await;
        self.answer().await
    }
}

#[tokio::test]
async fn counters_and_events_after_a_call() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let control = cluster
        .start_control("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    assert!(control.addr().ip().is_loopback());
    let mut c = bot_client(&cluster).await;
    c.call(&help::GetConfig).await.unwrap();
    let mut ctl = Control::connect(control.addr()).await;
    let answer = ctl.ask(json!({"id": 7, "cmd": "counters", "dc": 2})).await;
    assert_eq!(answer["ok"], json!(true), "{answer}");
    assert_eq!(answer["id"], json!(7));
    let counters = &answer["counters"];
    assert_eq!(counters["key_exchanges"], json!(1));
    assert_eq!(counters["temp_key_exchanges"], json!(0));
    assert_eq!(counters["logins"], json!(1));
    assert_eq!(counters["calls_by_method"]["help.getConfig"], json!(1));
    assert_eq!(
        counters["executed_by_method"]["auth.importBotAuthorization"],
        json!(1)
    );
    let dcs = ctl.ask(json!({"cmd": "dcs"})).await;
    let ids: Vec<&Value> = dcs["dcs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["id"])
        .collect();
    assert_eq!(ids, [&json!(1), &json!(2)], "{dcs}");

    let events = ctl.ask(json!({"cmd": "events"})).await;
    let list = events["events"].as_array().unwrap();
    assert!(
        list.iter()
            .any(|e| e["type"] == "logged_in" && e["user_id"] == 7001 && e["dc_id"] == 2),
        "{events}"
    );
    let next = events["next"].as_u64().unwrap();
    assert_eq!(next as usize, cluster.events().len());
    assert_eq!(events["end"], json!(next));
    let end = ctl.ask(json!({"cmd": "events", "limit": 0})).await;
    assert_eq!(
        (end["events"].as_array().map(Vec::len), &end["end"]),
        (Some(0), &json!(next))
    );
    assert_eq!(list.last().unwrap()["position"].as_u64(), Some(next - 1));
    // Waiting for the next event: the answer comes once the call is logged.
    ctl.send(json!({"cmd": "events", "from": next, "wait_ms": 20_000}))
        .await;
    c.call(&help::GetNearestDc).await.unwrap();
    let waited = ctl.answer().await;
    let list = waited["events"].as_array().unwrap();
    assert!(!list.is_empty(), "{waited}");
    assert!(list.iter().all(|e| e["position"].as_u64() >= Some(next)));
    assert!(
        list.iter()
            .any(|e| e["type"] == "call" && e["method"] == "help.getNearestDc"),
        "{waited}"
    );
    control.shutdown().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn faults_set_and_cleared_at_run_time() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let control = cluster
        .start_control("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let mut ctl = Control::connect(control.addr()).await;
    let mut c = bot_client(&cluster).await;
    let set = ctl
        .ask(json!({"cmd": "set_faults", "dc": 2, "faults": {"flood_wait": {"help.getConfig": 3}}}))
        .await;
    assert_eq!(
        set["faults"]["flood_wait"],
        json!({"help.getConfig": 3}),
        "{set}"
    );
    assert_eq!(
        c.call(&help::GetConfig).await.unwrap_err().message(),
        "FLOOD_WAIT_3"
    );
    let shown = ctl.ask(json!({"cmd": "faults", "dc": 2})).await;
    assert_eq!(shown["faults"], set["faults"]);
    let cleared = ctl.ask(json!({"cmd": "clear_faults", "dc": 2})).await;
    assert_eq!(cleared["faults"]["flood_wait"], json!({}));
    c.call(&help::GetConfig).await.unwrap();
    let counters = ctl.ask(json!({"cmd": "counters", "dc": 2})).await;
    assert_eq!(counters["counters"]["rpc_errors"]["FLOOD_WAIT_3"], json!(1));
    // A bad change is refused and changes nothing.
    let refused = ctl
        .ask(json!({"cmd": "set_faults", "dc": 2, "faults": {"session_revoked": 1, "nonsense": 1}}))
        .await;
    assert_eq!(refused["ok"], json!(false));
    assert_eq!(cluster.faults(2).unwrap().config().session_revoked, 0);
    control.shutdown().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn bad_requests_get_errors_and_the_connection_stays() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let control = cluster
        .start_control("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let mut ctl = Control::connect(control.addr()).await;
    for bad in [
        &b"not json"[..],
        b"[1, 2]",
        b"{\"cmd\": 5}",
        b"{\"cmd\": \"launch\"}",
        b"{\"cmd\": \"counters\"}",
        b"{\"cmd\": \"counters\", \"dc\": 9}",
        b"{\"cmd\": \"counters\", \"dc\": -99999999999}",
        b"{\"cmd\": \"events\", \"from\": -1}",
        b"\xff\xfe{",
    ] {
        ctl.send_line(bad).await;
        let answer = ctl.answer().await;
        assert_eq!(answer["ok"], json!(false), "{answer}");
        assert!(answer["error"].as_str().is_some_and(|e| !e.is_empty()));
    }
    let fine = ctl.ask(json!({"cmd": "counters", "dc": 1})).await;
    assert_eq!(fine["ok"], json!(true));
    // A line past 64 KiB: an error, then the server closes.
    ctl.send_line(&vec![b' '; 70_000]).await;
    assert_eq!(ctl.answer().await["ok"], json!(false));
    assert_eq!(ctl.answer().await, Value::Null);
    assert!(matches!(
        cluster.start_control("0.0.0.0:0".parse().unwrap()).await,
        Err(Error::NotLoopback { .. })
    ));
    control.shutdown().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn login_codes_are_read_and_expired() {
    use mtrs_tl_api::{enums, functions::auth, types};
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let control = cluster
        .start_control("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let mut ctl = Control::connect(control.addr()).await;
    let answer = ctl
        .ask(json!({"cmd": "login_code", "phone": "+9996620002"}))
        .await;
    assert_eq!(answer["code"], Value::Null, "{answer}");
    let mut c = crate::keyed_client(&cluster, 2).await;
    c.call(&auth::SendCode {
        phone_number: "+9996620002".into(),
        api_id: 1,
        api_hash: "h".into(),
        settings: enums::CodeSettings::CodeSettings(types::CodeSettings {
            allow_flashcall: false,
            current_number: false,
            allow_app_hash: false,
            allow_missed_call: false,
            allow_firebase: false,
            unknown_number: false,
            logout_tokens: None,
            token: None,
            app_sandbox: None,
        }),
    })
    .await
    .unwrap();
    let answer = ctl
        .ask(json!({"cmd": "login_code", "phone": "+9996620002"}))
        .await;
    assert_eq!(answer["code"], json!("22222"), "{answer}");
    let answer = ctl.ask(json!({"cmd": "expire_login_codes"})).await;
    assert_eq!(answer["expired"], json!(1), "{answer}");
    let answer = ctl
        .ask(json!({"cmd": "login_code", "phone": "9996620002"}))
        .await;
    assert_eq!(answer["code"], Value::Null, "{answer}");
    let answer = ctl.ask(json!({"cmd": "login_code"})).await;
    assert_eq!(answer["ok"], json!(false), "{answer}");
    control.shutdown().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn injection_and_push_fault_commands() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let server = cluster
        .start_control("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let mut control = Control::connect(server.addr()).await;
    let mut bob = crate::updates::user_client(&cluster, 2, 1002).await;
    let a = control
        .ask(json!({"cmd": "send_message", "from": 1001, "to": 1002, "text": "hi", "id": 1}))
        .await;
    assert_eq!(
        (a["ok"].clone(), a["id"].clone(), a["pts"].clone()),
        (json!(true), json!(1), json!(2))
    );
    assert_eq!(a["affected"][1], json!({"peer": 1001, "id": 1, "pts": 2}));
    assert!(matches!(
        crate::updates::next_update(&mut bob).await,
        mtrs_tl_api::enums::Updates::UpdateShortMessage(m) if m.pts == 2
    ));
    let a = control
        .ask(json!({"cmd": "edit_message", "account": 1001, "peer": 1002, "id": 1, "text": "hey"}))
        .await;
    assert_eq!((a["id"].clone(), a["pts"].clone()), (json!(1), json!(3)));
    let a = control
        .ask(json!({"cmd": "push_fault", "peer": 1002, "kind": "drop", "n": 1}))
        .await;
    assert_eq!(a["released"], json!(0));
    let a = control
        .ask(json!({"cmd": "delete_messages", "account": 1002, "ids": [1]}))
        .await;
    assert_eq!(
        a["pts"],
        json!(4),
        "Bob's pts: the message, the edit, the deletion"
    );
    let a = control
        .ask(json!({"cmd": "channel_post", "channel": 5001, "text": "news"}))
        .await;
    assert_eq!((a["id"].clone(), a["pts"].clone()), (json!(1), json!(2)));
    // Bob's edit push came, the deletion was dropped, then the post.
    for expected in ["edit", "post"] {
        let mtrs_tl_api::enums::Updates::Updates(u) = crate::updates::next_update(&mut bob).await
        else {
            panic!("not a container")
        };
        let is_edit = matches!(
            u.updates[0],
            mtrs_tl_api::enums::Update::UpdateEditMessage(_)
        );
        assert_eq!(is_edit, expected == "edit");
    }
    control
        .ask(json!({"cmd": "push_fault", "peer": 1002, "kind": "pause"}))
        .await;
    control
        .ask(json!({"cmd": "send_message", "from": 1003, "to": 1002, "text": "held"}))
        .await;
    let a = control
        .ask(json!({"cmd": "push_fault", "peer": 1002, "kind": "resume"}))
        .await;
    assert_eq!(a["released"], json!(1));
    let a = control
        .ask(json!({"cmd": "update_state", "peer": 1002}))
        .await;
    assert_eq!((a["pts"].clone(), a["seq"].clone()), (json!(5), json!(3)));
    assert_eq!(cluster.update_state(1002).unwrap().pts, 5);
    for bad in [
        json!({"cmd": "send_message", "from": 1001, "to": 77, "text": "x"}),
        json!({"cmd": "send_message", "from": 1001, "to": 1002}),
        json!({"cmd": "edit_message", "account": 1001, "peer": 1002, "id": 99, "text": "x"}),
        json!({"cmd": "delete_messages", "account": 1001, "ids": ["x"]}),
        json!({"cmd": "channel_post", "channel": 1, "text": "x"}),
        json!({"cmd": "push_fault", "peer": 1002, "kind": "explode"}),
        json!({"cmd": "push_fault", "peer": 1002, "kind": "drop"}),
        json!({"cmd": "update_state", "peer": 3}),
    ] {
        let a = control.ask(bad.clone()).await;
        assert_eq!(a["ok"], json!(false), "{bad}");
    }
    server.shutdown().await;
    cluster.shutdown().await;
}
