//! Integration tests of `mtrs-proto`: known-answer vectors and whole-connection scenarios.

mod auth_exchange;
mod data;
mod end_to_end;
mod hostile;
mod packet_vectors;
mod sim;
mod transport_vectors;
