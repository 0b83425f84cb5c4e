//! The conformance suite every [`SessionStore`] backend runs (feature `testing`).
//!
//! A backend instantiates it in its own tests with [`store_conformance_tests!`](crate::store_conformance_tests):
//!
//! ```
//! mod memory {
//!     mtrs_session::store_conformance_tests!(mtrs_session::MemoryStore::new);
//! }
//! ```
//!
//! The factory returns anything implementing [`Fixture`] (every store does; a backend that
//! needs a temporary directory returns a struct holding both). Each case gets a fresh
//! fixture.

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

use crate::SessionStore;

mod cases;
pub use cases::*;

/// Runs a future to completion on the current thread (parks between polls). Enough for
/// tests and examples of stores, which need no runtime.
///
/// ```
/// assert_eq!(mtrs_session::testing::block_on(async { 7 }), 7);
/// ```
pub fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
        fn wake_by_ref(self: &Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
        thread::park();
    }
}

/// Something that owns a store under test (and whatever must outlive it, like a temporary
/// directory).
pub trait Fixture {
    /// The store to test.
    fn store(&self) -> &dyn SessionStore;
}

impl<S: SessionStore> Fixture for S {
    fn store(&self) -> &dyn SessionStore {
        self
    }
}

/// Expands to one `#[test]` per conformance case, each on a fresh fixture from `$make`
/// (a function or closure taking no arguments).
///
/// `store_conformance_tests!(make, skip_if = reason)` first calls `reason` (returning
/// `Option<String>`): with `Some`, each case prints the reason and passes without running
/// (for a backend whose server is not available, e.g. PostgreSQL outside CI).
#[macro_export]
macro_rules! store_conformance_tests {
    ($make:expr) => {
        $crate::store_conformance_tests!($make, skip_if = || ::core::option::Option::<
            ::std::string::String,
        >::None);
    };
    ($make:expr, skip_if = $skip:expr) => {
        $crate::store_conformance_tests!(@cases $make, $skip;
            load_of_empty_store_is_none,
            save_then_load_round_trips_every_field,
            save_replaces_the_whole_snapshot,
            update_dc_creates_switches_home_and_changes_identity,
            update_dc_leaves_other_dcs_alone,
            update_state_changes_apply,
            peers_are_found_by_id_username_and_phone,
            unnormalised_peers_are_normalised_on_upsert,
            peer_id_spaces_are_distinct_and_full_range,
            min_or_zero_hash_never_overwrites_full,
            merge_matches_reference_on_interleavings,
            username_changes_and_transfers,
            renamed_usernames_leave_no_stale_index_rows,
            seen_in_is_stored_and_merged,
            large_batch_is_stored_whole,
            save_keeps_peers,
            delete_forgets_everything,
        );
    };
    (@cases $make:expr, $skip:expr; $($case:ident),* $(,)?) => {
        $(
            #[test]
            fn $case() {
                if let ::core::option::Option::Some(reason) = ($skip)() {
                    ::std::eprintln!("skipped {}: {reason}", ::core::stringify!($case));
                    return;
                }
                let fixture = ($make)();
                $crate::testing::block_on($crate::testing::$case(
                    $crate::testing::Fixture::store(&fixture),
                ));
            }
        )*
    };
}
