// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from mtproto.tl.
// Every boxed type, for property tests.

macro_rules! boxed_types {
    ($m:ident) => {
        $m! {
            ("AccessPointRule", mtrs_tl::mtproto::enums::AccessPointRule),
            ("BadMsgNotification", mtrs_tl::mtproto::enums::BadMsgNotification),
            ("BindAuthKeyInner", mtrs_tl::mtproto::enums::BindAuthKeyInner),
            ("Client_DH_Inner_Data", mtrs_tl::mtproto::enums::ClientDHInnerData),
            ("DestroyAuthKeyRes", mtrs_tl::mtproto::enums::DestroyAuthKeyRes),
            ("DestroySessionRes", mtrs_tl::mtproto::enums::DestroySessionRes),
            ("FutureSalt", mtrs_tl::mtproto::enums::FutureSalt),
            ("FutureSalts", mtrs_tl::mtproto::enums::FutureSalts),
            ("HttpWait", mtrs_tl::mtproto::enums::HttpWait),
            ("IpPort", mtrs_tl::mtproto::enums::IpPort),
            ("MsgDetailedInfo", mtrs_tl::mtproto::enums::MsgDetailedInfo),
            ("MsgResendReq", mtrs_tl::mtproto::enums::MsgResendReq),
            ("MsgsAck", mtrs_tl::mtproto::enums::MsgsAck),
            ("MsgsAllInfo", mtrs_tl::mtproto::enums::MsgsAllInfo),
            ("MsgsStateInfo", mtrs_tl::mtproto::enums::MsgsStateInfo),
            ("MsgsStateReq", mtrs_tl::mtproto::enums::MsgsStateReq),
            ("NewSession", mtrs_tl::mtproto::enums::NewSession),
            ("P_Q_inner_data", mtrs_tl::mtproto::enums::PQInnerData),
            ("Pong", mtrs_tl::mtproto::enums::Pong),
            ("ResPQ", mtrs_tl::mtproto::enums::ResPQ),
            ("RpcDropAnswer", mtrs_tl::mtproto::enums::RpcDropAnswer),
            ("RpcError", mtrs_tl::mtproto::enums::RpcError),
            ("Server_DH_Params", mtrs_tl::mtproto::enums::ServerDHParams),
            ("Server_DH_inner_data", mtrs_tl::mtproto::enums::ServerDHInnerData),
            ("Set_client_DH_params_answer", mtrs_tl::mtproto::enums::SetClientDHParamsAnswer),
            ("TlsBlock", mtrs_tl::mtproto::enums::TlsBlock),
            ("TlsClientHello", mtrs_tl::mtproto::enums::TlsClientHello),
            ("help.ConfigSimple", mtrs_tl::mtproto::enums::help::ConfigSimple),
        }
    };
}
