//! Inflating the three framings of `gzip_packed` data, within the size bound.

use flate2::write::{DeflateEncoder, ZlibEncoder};

use super::*;

fn packed(write: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut data = Vec::new();
    write(&mut data);
    data
}

#[test]
fn zlib_and_raw_deflate_inflate_like_gzip() {
    let body: Vec<u8> = (0..5000u32).flat_map(|i| (i % 97).to_le_bytes()).collect();
    let zlib = packed(|out| {
        let mut e = ZlibEncoder::new(out, Compression::default());
        e.write_all(&body).unwrap();
        e.finish().unwrap();
    });
    let raw = packed(|out| {
        let mut e = DeflateEncoder::new(out, Compression::default());
        e.write_all(&body).unwrap();
        e.finish().unwrap();
    });
    assert_eq!(Packing::detect(&zlib), Packing::Zlib);
    assert_eq!(Packing::detect(&raw), Packing::Deflate);
    assert_eq!(inflate(&zlib, 1 << 20).unwrap(), body);
    assert_eq!(inflate(&raw, 1 << 20).unwrap(), body);
}

#[test]
fn the_size_bound_holds_for_every_framing() {
    let body = vec![0u8; 100_000];
    let gzip = packed(|out| {
        let mut e = GzEncoder::new(out, Compression::best());
        e.write_all(&body).unwrap();
        e.finish().unwrap();
    });
    let zlib = packed(|out| {
        let mut e = ZlibEncoder::new(out, Compression::best());
        e.write_all(&body).unwrap();
        e.finish().unwrap();
    });
    let raw = packed(|out| {
        let mut e = DeflateEncoder::new(out, Compression::best());
        e.write_all(&body).unwrap();
        e.finish().unwrap();
    });
    for data in [gzip, zlib, raw] {
        assert_eq!(inflate(&data, body.len()).unwrap(), body);
        assert_eq!(
            inflate(&data, 1000),
            Err(ProtocolError::GzipTooLarge { limit: 1000 })
        );
    }
}

#[test]
fn garbage_is_an_error() {
    assert_eq!(
        inflate(&[0x1f, 0x8b, 1, 2, 3], 100),
        Err(ProtocolError::BadGzip)
    );
    assert_eq!(
        inflate(&[0x78, 0x9c, 0xff, 0xff], 100),
        Err(ProtocolError::BadGzip)
    );
}
