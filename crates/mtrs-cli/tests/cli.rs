//! End-to-end tests of the `mtrs` binary (one test binary; one module per command).

mod cli {
    pub mod common;
    mod demo;
    mod interop;
    mod session_convert;
    mod session_inspect;
    mod testdc_serve;
}
