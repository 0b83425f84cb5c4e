use super::*;

fn message(id: i64, len: usize) -> Message {
    Message {
        msg_id: MsgId((1_700_000_000 << 32) | id << 2),
        seq_no: SeqNo(id as i32),
        body: Bytes::from(vec![id as u8; len]),
    }
}

fn inner(m: Message) -> container::Inner {
    container::Inner {
        msg_id: m.msg_id,
        seq_no: m.seq_no,
        body: m.body.to_vec(),
    }
}

fn body(batch: &Batch, in_container: bool) -> Vec<u8> {
    let mut out = Vec::new();
    batch.write_body(in_container, &mut out);
    assert_eq!(out.len(), batch.body_len(in_container));
    out
}

#[test]
fn the_first_message_always_fits() {
    let batch = Batch::new(4, 10);
    assert!(batch.fits(1000));
    assert!(batch.fits_query(1000, false));
}

#[test]
fn the_byte_limit_counts_the_per_message_overhead() {
    let overhead = container::MESSAGE_OVERHEAD;
    let mut batch = Batch::new(10, 2 * (8 + overhead));
    batch.push(message(1, 8), false);
    assert!(batch.fits(8));
    assert!(!batch.fits(12));
    batch.push(message(2, 8), false);
    assert!(!batch.fits(0));
}

#[test]
fn the_message_limit_is_clamped_to_one_through_1024() {
    let mut batch = Batch::new(0, usize::MAX);
    assert!(batch.fits(4));
    batch.push(message(1, 4), false);
    assert!(!batch.fits(4), "max_messages 0 acts as 1");

    let mut batch = Batch::new(usize::MAX, usize::MAX);
    for i in 0..container::MAX_MESSAGES {
        assert!(batch.fits(4));
        batch.push(message(i as i64 + 1, 4), false);
    }
    assert!(!batch.fits(4), "never more than a container holds");
}

#[test]
fn an_uncontainable_query_only_goes_alone() {
    let mut batch = Batch::new(10, 1 << 20);
    batch.push(message(1, 8), false);
    assert!(batch.fits_query(8, true));
    assert!(!batch.fits_query(8, false));
}

#[test]
fn one_fresh_message_is_the_body_itself() {
    let mut batch = Batch::new(10, 1 << 20);
    batch.push(message(1, 8), false);
    assert!(!batch.needs_container());
    assert_eq!(batch.single(), Some(&message(1, 8)));
    assert_eq!(body(&batch, false), [1; 8]);
}

#[test]
fn a_kept_msg_id_or_a_second_message_needs_a_container() {
    let mut kept = Batch::new(10, 1 << 20);
    kept.push(message(1, 8), true);
    assert!(kept.needs_container());

    let mut two = Batch::new(10, 1 << 20);
    two.push(message(1, 8), false);
    two.push(message(2, 4), false);
    assert!(two.needs_container());
    assert_eq!(two.single(), None);
    let container_id = MsgId((1_700_000_000 << 32) | 100);
    let body = body(&two, true);
    assert_eq!(
        container::read(container_id, &body).expect("container"),
        [inner(message(1, 8)), inner(message(2, 4))]
    );
}

#[test]
fn queries_and_answers_keep_their_messages() {
    let mut batch = Batch::new(10, 1 << 20);
    batch.push(message(1, 4), false);
    batch.push_answer(Some(MsgId(77)), message(2, 4), false);
    batch.push_answer(None, message(3, 4), false);
    batch.push_query(RequestId(5), message(4, 4), false);
    assert!(batch.has_queries());
    assert_eq!(batch.len(), 4);
    let answers: Vec<_> = batch.answers().map(|(q, m)| (q, m.msg_id)).collect();
    assert_eq!(answers, [(MsgId(77), message(2, 4).msg_id)]);
    let queries: Vec<_> = batch.queries().map(|(r, m)| (r, m.msg_id)).collect();
    assert_eq!(queries, [(RequestId(5), message(4, 4).msg_id)]);
    assert_eq!(
        batch.query_msg_ids().collect::<Vec<_>>(),
        [message(4, 4).msg_id]
    );
}
