use std::time::{Duration, UNIX_EPOCH};

use proptest::prelude::*;

use super::*;

const T0: u64 = 1_700_000_000;

fn at(secs: u64, nanos: u32) -> SystemTime {
    UNIX_EPOCH + Duration::new(secs, nanos)
}

#[test]
fn ids_encode_time_and_role() {
    let mut client = MsgIdGen::new(Role::Client);
    let id = client.next(at(T0, 500_000_000));
    assert_eq!(id.unix_secs(), T0 as i64);
    assert_eq!(id.0 & 0xffff_ffff, 0x8000_0000);
    assert!(id.is_from(Role::Client) && !id.is_from(Role::Server));

    let mut server = MsgIdGen::new(Role::Server);
    let reply = server.next_reply(at(T0, 0));
    let other = server.next(at(T0, 0));
    assert_eq!(reply.0 & 3, 1);
    assert_eq!(other.0 & 3, 3);
    assert!(other > reply);
    // The low 32 bits are never zero, even at a whole second.
    assert_ne!(reply.0 & 0xffff_ffff, 0);
    assert_ne!(
        MsgIdGen::new(Role::Client).next(at(T0, 0)).0 & 0xffff_ffff,
        0
    );
}

#[test]
fn the_offset_corrects_ids_and_resets_monotonicity() {
    let mut ids = MsgIdGen::new(Role::Client);
    let server_id = MsgId(((T0 as i64 + 120) << 32) | 1);
    assert_eq!(ids.correct_from(server_id, at(T0, 0)), 120);
    assert_eq!(ids.next(at(T0, 0)).unix_secs(), T0 as i64 + 120);
    assert_eq!(ids.server_now(at(T0, 0)), T0 as i64 + 120);
    ids.set_time_offset(-30);
    assert_eq!(ids.next(at(T0, 0)).unix_secs(), T0 as i64 - 30);
}

#[test]
fn receive_checks_reject_each_bad_id_with_its_own_error() {
    let now = at(T0, 0);
    let base = (T0 as i64) << 32;
    let mut seen = ReceivedMsgIds::new(Role::Server, 4);
    let ok = MsgId(base | 5);
    seen.check(ok, now, 0).unwrap();
    assert_eq!(
        seen.check(ok, now, 0),
        Err(PacketError::DuplicateMsgId { msg_id: ok })
    );
    let even = MsgId(base | 8);
    assert_eq!(
        seen.check(even, now, 0),
        Err(PacketError::BadMsgIdParity { msg_id: even })
    );
    let future = MsgId(base + (31 << 32) + 1);
    assert_eq!(
        seen.check(future, now, 0),
        Err(PacketError::MsgIdTooNew { msg_id: future })
    );
    let old = MsgId(base - (301 << 32) + 1);
    assert_eq!(
        seen.check(old, now, 0),
        Err(PacketError::MsgIdTooOld { msg_id: old })
    );
    // With an offset, the window moves with the server's clock.
    assert!(seen.verify(future, now, 20).is_ok());

    for i in 1..=4 {
        seen.check(MsgId(base + (i << 8) + 1), now, 0).unwrap();
    }
    // The window holds the 4 newest ids; the first one fell out and is now below it.
    assert_eq!(
        seen.check(ok, now, 0),
        Err(PacketError::MsgIdBelowWindow { msg_id: ok })
    );
    // Out of order but inside the window is fine.
    seen.check(MsgId(base + (2 << 8) + 0x11), now, 0).unwrap();

    let mut from_client = ReceivedMsgIds::new(Role::Client, 4);
    assert!(from_client.check(MsgId(base | 4), now, 0).is_ok());
    assert!(from_client.check(MsgId(base | 6), now, 0).is_err());
}

proptest! {
    #[test]
    fn ids_strictly_increase_under_clock_skew(steps in prop::collection::vec((-5_000i64..5_000, 0u32..1_000_000_000, -100i64..100, any::<bool>()), 1..200)) {
        let mut ids = MsgIdGen::new(Role::Server);
        let mut last = MsgId(0);
        for (jump, nanos, new_offset, reply) in steps {
            // The clock jumps back and forth; the offset only changes occasionally.
            if new_offset.rem_euclid(10) == 0 {
                ids.set_time_offset(new_offset);
                last = MsgId(0);
            }
            let now = at((T0 as i64 + jump) as u64, nanos);
            let id = if reply { ids.next_reply(now) } else { ids.next(now) };
            prop_assert!(id > last);
            prop_assert!(id.is_from(Role::Server));
            prop_assert_eq!(id.0 & 3, if reply { 1 } else { 3 });
            prop_assert_ne!(id.0 & 0xffff_ffff, 0);
            last = id;
        }
    }
}
