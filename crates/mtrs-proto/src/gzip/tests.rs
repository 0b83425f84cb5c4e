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

/// Bytes that do not compress (xorshift).
fn noise(len: usize) -> Vec<u8> {
    let mut x = 0x2545_f491_4f6c_dd1d_u64;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

#[test]
fn a_large_body_whose_start_does_not_compress_is_sent_as_it_is() {
    // Noise first, then a long compressible tail: the probe decides.
    let mut body = noise(PROBE_LEN);
    body.extend(std::iter::repeat_n(7u8, 512 * 1024));
    assert_eq!(pack(&body, 512), None);
    assert_eq!(pack(&noise(512 * 1024), 512), None);
}

#[test]
fn a_large_compressible_body_is_packed_and_round_trips() {
    let body: Vec<u8> = (0..512 * 1024u32).map(|i| (i % 251) as u8).collect();
    let packed = pack(&body, 512).expect("compressible");
    assert!(packed.len() < body.len() / 10);
    assert_eq!(unpack_object(&packed, 1 << 20).unwrap(), Some(body));
    // Just at the probe limit, a body is compressed whole without probing.
    let mut small = noise(PROBE_LEN);
    small.extend(std::iter::repeat_n(7u8, PROBE_ABOVE - PROBE_LEN));
    assert!(pack(&small, 512).is_some());
}
