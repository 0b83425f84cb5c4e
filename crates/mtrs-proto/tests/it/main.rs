//! Integration tests of `mtrs-proto`: known-answer vectors and whole-connection scenarios.

mod data;
mod transport_vectors;
