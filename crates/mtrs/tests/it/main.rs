//! The mtrs client against an in-process `mtrs-testdc` cluster.

mod download;
mod lifecycle;
mod login;
mod messages;
mod migration;
mod min_peers;
mod peers;
mod pfs;
mod pool;
mod postgres;
mod qr_login;
mod reconnect;
mod resolve;
mod secrets;
mod send_file;
mod support;
mod updates;
mod updates_crash;
mod upload;
mod validity;
