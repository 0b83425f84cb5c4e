// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from mtproto.tl.

#[rustfmt::skip]
pub mod enums;
#[rustfmt::skip]
pub mod functions;
#[rustfmt::skip]
pub mod types;

static NAMES: [(u32, &str); 63] = [
    (0x04deb57d, "msgs_state_info"),
    (0x05162463, "resPQ"),
    (0x09333afb, "tlsBlockZero"),
    (0x0949d9dc, "future_salt"),
    (0x0a9f2259, "destroy_auth_key_none"),
    (0x10e8636f, "tlsBlockDomain"),
    (0x2144ca19, "rpc_error"),
    (0x276d3ec6, "msg_detailed_info"),
    (0x3072cfa1, "gzip_packed"),
    (0x347773c5, "pong"),
    (0x37982646, "ipPortSecret"),
    (0x3bcbf734, "dh_gen_ok"),
    (0x3c6a84d4, "p_q_inner_data_temp"),
    (0x4218a164, "tlsBlockString"),
    (0x4679b65f, "accessPointRule"),
    (0x46dc1fb9, "dh_gen_retry"),
    (0x4d4dc41e, "tlsBlockRandom"),
    (0x56fddf88, "p_q_inner_data_temp_dc"),
    (0x58e4a740, "rpc_drop_answer"),
    (0x5a592a6c, "help.configSimple"),
    (0x5e2ad36e, "rpc_answer_unknown"),
    (0x60469778, "req_pq"),
    (0x62d350c9, "destroy_session_none"),
    (0x62d6b459, "msgs_ack"),
    (0x6643b654, "client_DH_inner_data"),
    (0x6c52c484, "tlsClientHello"),
    (0x73f1f8dc, "msg_container"),
    (0x75a3f765, "bind_auth_key_inner"),
    (0x79cb045d, "server_DH_params_fail"),
    (0x7abe77ec, "ping"),
    (0x7d861a08, "msg_resend_req"),
    (0x809db6df, "msg_new_detailed_info"),
    (0x83c95aec, "p_q_inner_data"),
    (0x8610baeb, "msg_resend_ans_req"),
    (0x8cc0d131, "msgs_all_info"),
    (0x9299359f, "http_wait"),
    (0x9eb95b5c, "tlsBlockPublicKey"),
    (0x9ec20908, "new_session_created"),
    (0xa43ad8b7, "rpc_answer_dropped"),
    (0xa69dae02, "dh_gen_fail"),
    (0xa7eff811, "bad_msg_notification"),
    (0xa9f55f95, "p_q_inner_data_dc"),
    (0xae500895, "future_salts"),
    (0xb5890dba, "server_DH_inner_data"),
    (0xb921bd04, "get_future_salts"),
    (0xbe7e8ef1, "req_pq_multi"),
    (0xcd78e586, "rpc_answer_dropped_running"),
    (0xd0e8075c, "server_DH_params_ok"),
    (0xd1435160, "destroy_auth_key"),
    (0xd433ad73, "ipPort"),
    (0xd712e4be, "req_DH_params"),
    (0xda69fb52, "msgs_state_req"),
    (0xe06046b2, "msg_copy"),
    (0xe22045fc, "destroy_session_ok"),
    (0xe675a1c1, "tlsBlockGrease"),
    (0xe725d44f, "tlsBlockScope"),
    (0xe7512126, "destroy_session"),
    (0xea109b13, "destroy_auth_key_fail"),
    (0xedab447b, "bad_server_salt"),
    (0xf3427b8c, "ping_delay_disconnect"),
    (0xf35c6d01, "rpc_result"),
    (0xf5045f1f, "set_client_DH_params"),
    (0xf660e1d4, "destroy_auth_key_ok"),
];

/// The TL name of a constructor or function id of mtproto.tl (`None` if unknown).
pub fn name_for_id(id: u32) -> Option<&'static str> {
    NAMES.binary_search_by_key(&id, |(i, _)| *i).ok().map(|i| NAMES[i].1)
}
