//! End-to-end tests of the `mtrs` binary (one test binary; one module per command).

/// The module-cycle check of the test DC's tests, run on this crate's `src/`.
#[path = "../../mtrs-testdc/tests/it/module_graph.rs"]
mod module_graph;

mod cli {
    pub mod common;
    mod demo;
    mod hardening;
    mod hardening_out;
    mod interop;
    mod login;
    mod login_qr;
    mod session_convert;
    mod session_inspect;
    mod testdc_limits;
    mod testdc_serve;
}
