//! Integration tests of `mtrs-proto`: known-answer vectors and whole-connection scenarios.

mod auth_exchange;
mod data;
mod hostile;
mod packet_vectors;
mod sim;
mod transport_vectors;
