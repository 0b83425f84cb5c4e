// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `bots` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `bots.sendCustomRequest#aa2769ed custom_method:string params:DataJSON = DataJSON`
#[derive(Debug, Clone, PartialEq)]
pub struct SendCustomRequest {
    /// `custom_method:string`
    pub custom_method: mtrs_tl::TlString,
    /// `params:DataJSON`
    pub params: crate::enums::DataJSON,
}

impl Identifiable for SendCustomRequest {
    const CONSTRUCTOR_ID: u32 = 0xaa2769ed;
    const NAME: &'static str = "bots.sendCustomRequest";
}

impl Serialize for SendCustomRequest {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.custom_method.serialize(buf);
        self.params.serialize(buf);
    }
}

impl RemoteCall for SendCustomRequest {
    type Return = crate::enums::DataJSON;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendCustomRequest {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_custom_method = <mtrs_tl::TlString>::deserialize(r)?;
        let f_params = <crate::enums::DataJSON>::deserialize(r)?;
        Ok(Self { custom_method: f_custom_method, params: f_params })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendCustomRequest {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("custom_method");
        self.custom_method.write_json(w);
        w.key("params");
        self.params.write_json(w);
        w.end_object();
    }
}

/// `bots.answerWebhookJSONQuery#e6213f4d query_id:long data:DataJSON = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerWebhookJsonQuery {
    /// `query_id:long`
    pub query_id: i64,
    /// `data:DataJSON`
    pub data: crate::enums::DataJSON,
}

impl Identifiable for AnswerWebhookJsonQuery {
    const CONSTRUCTOR_ID: u32 = 0xe6213f4d;
    const NAME: &'static str = "bots.answerWebhookJSONQuery";
}

impl Serialize for AnswerWebhookJsonQuery {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.query_id.serialize(buf);
        self.data.serialize(buf);
    }
}

impl RemoteCall for AnswerWebhookJsonQuery {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AnswerWebhookJsonQuery {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_query_id = <i64>::deserialize(r)?;
        let f_data = <crate::enums::DataJSON>::deserialize(r)?;
        Ok(Self { query_id: f_query_id, data: f_data })
    }
}

#[cfg(feature = "json")]
impl ToJson for AnswerWebhookJsonQuery {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("data");
        self.data.write_json(w);
        w.end_object();
    }
}

/// `bots.setBotCommands#0517165a scope:BotCommandScope lang_code:string commands:Vector<BotCommand> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBotCommands {
    /// `scope:BotCommandScope`
    pub scope: crate::enums::BotCommandScope,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
    /// `commands:Vector<BotCommand>`
    pub commands: Vec<crate::enums::BotCommand>,
}

impl Identifiable for SetBotCommands {
    const CONSTRUCTOR_ID: u32 = 0x0517165a;
    const NAME: &'static str = "bots.setBotCommands";
}

impl Serialize for SetBotCommands {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.scope.serialize(buf);
        self.lang_code.serialize(buf);
        self.commands.serialize(buf);
    }
}

impl RemoteCall for SetBotCommands {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBotCommands {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_scope = <crate::enums::BotCommandScope>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_commands = <Vec<crate::enums::BotCommand>>::deserialize(r)?;
        Ok(Self { scope: f_scope, lang_code: f_lang_code, commands: f_commands })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBotCommands {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("scope");
        self.scope.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("commands");
        self.commands.write_json(w);
        w.end_object();
    }
}

/// `bots.resetBotCommands#3d8de0f9 scope:BotCommandScope lang_code:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetBotCommands {
    /// `scope:BotCommandScope`
    pub scope: crate::enums::BotCommandScope,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
}

impl Identifiable for ResetBotCommands {
    const CONSTRUCTOR_ID: u32 = 0x3d8de0f9;
    const NAME: &'static str = "bots.resetBotCommands";
}

impl Serialize for ResetBotCommands {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.scope.serialize(buf);
        self.lang_code.serialize(buf);
    }
}

impl RemoteCall for ResetBotCommands {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResetBotCommands {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_scope = <crate::enums::BotCommandScope>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { scope: f_scope, lang_code: f_lang_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetBotCommands {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("scope");
        self.scope.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.end_object();
    }
}

/// `bots.getBotCommands#e34c0dd6 scope:BotCommandScope lang_code:string = Vector<BotCommand>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBotCommands {
    /// `scope:BotCommandScope`
    pub scope: crate::enums::BotCommandScope,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
}

impl Identifiable for GetBotCommands {
    const CONSTRUCTOR_ID: u32 = 0xe34c0dd6;
    const NAME: &'static str = "bots.getBotCommands";
}

impl Serialize for GetBotCommands {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.scope.serialize(buf);
        self.lang_code.serialize(buf);
    }
}

impl RemoteCall for GetBotCommands {
    type Return = Vec<crate::enums::BotCommand>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBotCommands {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_scope = <crate::enums::BotCommandScope>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { scope: f_scope, lang_code: f_lang_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBotCommands {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("scope");
        self.scope.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.end_object();
    }
}

/// `bots.setBotMenuButton#4504d54f user_id:InputUser button:BotMenuButton = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBotMenuButton {
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `button:BotMenuButton`
    pub button: crate::enums::BotMenuButton,
}

impl Identifiable for SetBotMenuButton {
    const CONSTRUCTOR_ID: u32 = 0x4504d54f;
    const NAME: &'static str = "bots.setBotMenuButton";
}

impl Serialize for SetBotMenuButton {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.user_id.serialize(buf);
        self.button.serialize(buf);
    }
}

impl RemoteCall for SetBotMenuButton {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBotMenuButton {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_button = <crate::enums::BotMenuButton>::deserialize(r)?;
        Ok(Self { user_id: f_user_id, button: f_button })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBotMenuButton {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("button");
        self.button.write_json(w);
        w.end_object();
    }
}

/// `bots.getBotMenuButton#9c60eb28 user_id:InputUser = BotMenuButton`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBotMenuButton {
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
}

impl Identifiable for GetBotMenuButton {
    const CONSTRUCTOR_ID: u32 = 0x9c60eb28;
    const NAME: &'static str = "bots.getBotMenuButton";
}

impl Serialize for GetBotMenuButton {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.user_id.serialize(buf);
    }
}

impl RemoteCall for GetBotMenuButton {
    type Return = crate::enums::BotMenuButton;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBotMenuButton {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBotMenuButton {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}

/// `bots.setBotBroadcastDefaultAdminRights#788464e1 admin_rights:ChatAdminRights = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBotBroadcastDefaultAdminRights {
    /// `admin_rights:ChatAdminRights`
    pub admin_rights: crate::enums::ChatAdminRights,
}

impl Identifiable for SetBotBroadcastDefaultAdminRights {
    const CONSTRUCTOR_ID: u32 = 0x788464e1;
    const NAME: &'static str = "bots.setBotBroadcastDefaultAdminRights";
}

impl Serialize for SetBotBroadcastDefaultAdminRights {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.admin_rights.serialize(buf);
    }
}

impl RemoteCall for SetBotBroadcastDefaultAdminRights {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBotBroadcastDefaultAdminRights {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_admin_rights = <crate::enums::ChatAdminRights>::deserialize(r)?;
        Ok(Self { admin_rights: f_admin_rights })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBotBroadcastDefaultAdminRights {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("admin_rights");
        self.admin_rights.write_json(w);
        w.end_object();
    }
}

/// `bots.setBotGroupDefaultAdminRights#925ec9ea admin_rights:ChatAdminRights = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBotGroupDefaultAdminRights {
    /// `admin_rights:ChatAdminRights`
    pub admin_rights: crate::enums::ChatAdminRights,
}

impl Identifiable for SetBotGroupDefaultAdminRights {
    const CONSTRUCTOR_ID: u32 = 0x925ec9ea;
    const NAME: &'static str = "bots.setBotGroupDefaultAdminRights";
}

impl Serialize for SetBotGroupDefaultAdminRights {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.admin_rights.serialize(buf);
    }
}

impl RemoteCall for SetBotGroupDefaultAdminRights {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBotGroupDefaultAdminRights {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_admin_rights = <crate::enums::ChatAdminRights>::deserialize(r)?;
        Ok(Self { admin_rights: f_admin_rights })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBotGroupDefaultAdminRights {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("admin_rights");
        self.admin_rights.write_json(w);
        w.end_object();
    }
}

/// `bots.setBotInfo#10cf3123 flags:# bot:flags.2?InputUser lang_code:string name:flags.3?string about:flags.0?string description:flags.1?string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBotInfo {
    /// `bot:flags.2?InputUser`
    pub bot: Option<crate::enums::InputUser>,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
    /// `name:flags.3?string`
    pub name: Option<mtrs_tl::TlString>,
    /// `about:flags.0?string`
    pub about: Option<mtrs_tl::TlString>,
    /// `description:flags.1?string`
    pub description: Option<mtrs_tl::TlString>,
}

impl Identifiable for SetBotInfo {
    const CONSTRUCTOR_ID: u32 = 0x10cf3123;
    const NAME: &'static str = "bots.setBotInfo";
}

impl Serialize for SetBotInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.about.is_some() { 1 << 0 } else { 0 }
            | if self.description.is_some() { 1 << 1 } else { 0 }
            | if self.bot.is_some() { 1 << 2 } else { 0 }
            | if self.name.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.bot {
            (*v).serialize(buf);
        }
        self.lang_code.serialize(buf);
        if let Some(v) = &self.name {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.about {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.description {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SetBotInfo {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBotInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_bot = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputUser>::deserialize(r)?) } else { None };
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_name = if fl_flags & (1 << 3) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_about = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_description = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { bot: f_bot, lang_code: f_lang_code, name: f_name, about: f_about, description: f_description })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBotInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("name");
        self.name.write_json(w);
        w.key("about");
        self.about.write_json(w);
        w.key("description");
        self.description.write_json(w);
        w.end_object();
    }
}

/// `bots.getBotInfo#dcd914fd flags:# bot:flags.0?InputUser lang_code:string = bots.BotInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBotInfo {
    /// `bot:flags.0?InputUser`
    pub bot: Option<crate::enums::InputUser>,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
}

impl Identifiable for GetBotInfo {
    const CONSTRUCTOR_ID: u32 = 0xdcd914fd;
    const NAME: &'static str = "bots.getBotInfo";
}

impl Serialize for GetBotInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.bot.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.bot {
            (*v).serialize(buf);
        }
        self.lang_code.serialize(buf);
    }
}

impl RemoteCall for GetBotInfo {
    type Return = crate::enums::bots::BotInfo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBotInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_bot = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputUser>::deserialize(r)?) } else { None };
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { bot: f_bot, lang_code: f_lang_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBotInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.end_object();
    }
}

/// `bots.reorderUsernames#9709b1c2 bot:InputUser order:Vector<string> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderUsernames {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `order:Vector<string>`
    pub order: Vec<mtrs_tl::TlString>,
}

impl Identifiable for ReorderUsernames {
    const CONSTRUCTOR_ID: u32 = 0x9709b1c2;
    const NAME: &'static str = "bots.reorderUsernames";
}

impl Serialize for ReorderUsernames {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.order.serialize(buf);
    }
}

impl RemoteCall for ReorderUsernames {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReorderUsernames {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_order = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        Ok(Self { bot: f_bot, order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReorderUsernames {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `bots.toggleUsername#053ca973 bot:InputUser username:string active:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleUsername {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `username:string`
    pub username: mtrs_tl::TlString,
    /// `active:Bool`
    pub active: bool,
}

impl Identifiable for ToggleUsername {
    const CONSTRUCTOR_ID: u32 = 0x053ca973;
    const NAME: &'static str = "bots.toggleUsername";
}

impl Serialize for ToggleUsername {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.username.serialize(buf);
        self.active.serialize(buf);
    }
}

impl RemoteCall for ToggleUsername {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleUsername {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        let f_active = <bool>::deserialize(r)?;
        Ok(Self { bot: f_bot, username: f_username, active: f_active })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleUsername {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("username");
        self.username.write_json(w);
        w.key("active");
        self.active.write_json(w);
        w.end_object();
    }
}

/// `bots.canSendMessage#1359f4e6 bot:InputUser = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CanSendMessage {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
}

impl Identifiable for CanSendMessage {
    const CONSTRUCTOR_ID: u32 = 0x1359f4e6;
    const NAME: &'static str = "bots.canSendMessage";
}

impl Serialize for CanSendMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
    }
}

impl RemoteCall for CanSendMessage {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CanSendMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { bot: f_bot })
    }
}

#[cfg(feature = "json")]
impl ToJson for CanSendMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.end_object();
    }
}

/// `bots.allowSendMessage#f132e3ef bot:InputUser = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct AllowSendMessage {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
}

impl Identifiable for AllowSendMessage {
    const CONSTRUCTOR_ID: u32 = 0xf132e3ef;
    const NAME: &'static str = "bots.allowSendMessage";
}

impl Serialize for AllowSendMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
    }
}

impl RemoteCall for AllowSendMessage {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AllowSendMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { bot: f_bot })
    }
}

#[cfg(feature = "json")]
impl ToJson for AllowSendMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.end_object();
    }
}

/// `bots.invokeWebViewCustomMethod#087fc5e7 bot:InputUser custom_method:string params:DataJSON = DataJSON`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeWebViewCustomMethod {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `custom_method:string`
    pub custom_method: mtrs_tl::TlString,
    /// `params:DataJSON`
    pub params: crate::enums::DataJSON,
}

impl Identifiable for InvokeWebViewCustomMethod {
    const CONSTRUCTOR_ID: u32 = 0x087fc5e7;
    const NAME: &'static str = "bots.invokeWebViewCustomMethod";
}

impl Serialize for InvokeWebViewCustomMethod {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.custom_method.serialize(buf);
        self.params.serialize(buf);
    }
}

impl RemoteCall for InvokeWebViewCustomMethod {
    type Return = crate::enums::DataJSON;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InvokeWebViewCustomMethod {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_custom_method = <mtrs_tl::TlString>::deserialize(r)?;
        let f_params = <crate::enums::DataJSON>::deserialize(r)?;
        Ok(Self { bot: f_bot, custom_method: f_custom_method, params: f_params })
    }
}

#[cfg(feature = "json")]
impl ToJson for InvokeWebViewCustomMethod {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("custom_method");
        self.custom_method.write_json(w);
        w.key("params");
        self.params.write_json(w);
        w.end_object();
    }
}

/// `bots.getPopularAppBots#c2510192 offset:string limit:int = bots.PopularAppBots`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPopularAppBots {
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetPopularAppBots {
    const CONSTRUCTOR_ID: u32 = 0xc2510192;
    const NAME: &'static str = "bots.getPopularAppBots";
}

impl Serialize for GetPopularAppBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetPopularAppBots {
    type Return = crate::enums::bots::PopularAppBots;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPopularAppBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPopularAppBots {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `bots.addPreviewMedia#17aeb75a bot:InputUser lang_code:string media:InputMedia = BotPreviewMedia`
#[derive(Debug, Clone, PartialEq)]
pub struct AddPreviewMedia {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
    /// `media:InputMedia`
    pub media: crate::enums::InputMedia,
}

impl Identifiable for AddPreviewMedia {
    const CONSTRUCTOR_ID: u32 = 0x17aeb75a;
    const NAME: &'static str = "bots.addPreviewMedia";
}

impl Serialize for AddPreviewMedia {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.lang_code.serialize(buf);
        self.media.serialize(buf);
    }
}

impl RemoteCall for AddPreviewMedia {
    type Return = crate::enums::BotPreviewMedia;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AddPreviewMedia {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_media = <crate::enums::InputMedia>::deserialize(r)?;
        Ok(Self { bot: f_bot, lang_code: f_lang_code, media: f_media })
    }
}

#[cfg(feature = "json")]
impl ToJson for AddPreviewMedia {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.end_object();
    }
}

/// `bots.editPreviewMedia#8525606f bot:InputUser lang_code:string media:InputMedia new_media:InputMedia = BotPreviewMedia`
#[derive(Debug, Clone, PartialEq)]
pub struct EditPreviewMedia {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
    /// `media:InputMedia`
    pub media: crate::enums::InputMedia,
    /// `new_media:InputMedia`
    pub new_media: crate::enums::InputMedia,
}

impl Identifiable for EditPreviewMedia {
    const CONSTRUCTOR_ID: u32 = 0x8525606f;
    const NAME: &'static str = "bots.editPreviewMedia";
}

impl Serialize for EditPreviewMedia {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.lang_code.serialize(buf);
        self.media.serialize(buf);
        self.new_media.serialize(buf);
    }
}

impl RemoteCall for EditPreviewMedia {
    type Return = crate::enums::BotPreviewMedia;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditPreviewMedia {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_media = <crate::enums::InputMedia>::deserialize(r)?;
        let f_new_media = <crate::enums::InputMedia>::deserialize(r)?;
        Ok(Self { bot: f_bot, lang_code: f_lang_code, media: f_media, new_media: f_new_media })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditPreviewMedia {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.key("new_media");
        self.new_media.write_json(w);
        w.end_object();
    }
}

/// `bots.deletePreviewMedia#2d0135b3 bot:InputUser lang_code:string media:Vector<InputMedia> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePreviewMedia {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
    /// `media:Vector<InputMedia>`
    pub media: Vec<crate::enums::InputMedia>,
}

impl Identifiable for DeletePreviewMedia {
    const CONSTRUCTOR_ID: u32 = 0x2d0135b3;
    const NAME: &'static str = "bots.deletePreviewMedia";
}

impl Serialize for DeletePreviewMedia {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.lang_code.serialize(buf);
        self.media.serialize(buf);
    }
}

impl RemoteCall for DeletePreviewMedia {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeletePreviewMedia {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_media = <Vec<crate::enums::InputMedia>>::deserialize(r)?;
        Ok(Self { bot: f_bot, lang_code: f_lang_code, media: f_media })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeletePreviewMedia {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.end_object();
    }
}

/// `bots.reorderPreviewMedias#b627f3aa bot:InputUser lang_code:string order:Vector<InputMedia> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderPreviewMedias {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
    /// `order:Vector<InputMedia>`
    pub order: Vec<crate::enums::InputMedia>,
}

impl Identifiable for ReorderPreviewMedias {
    const CONSTRUCTOR_ID: u32 = 0xb627f3aa;
    const NAME: &'static str = "bots.reorderPreviewMedias";
}

impl Serialize for ReorderPreviewMedias {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.lang_code.serialize(buf);
        self.order.serialize(buf);
    }
}

impl RemoteCall for ReorderPreviewMedias {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReorderPreviewMedias {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_order = <Vec<crate::enums::InputMedia>>::deserialize(r)?;
        Ok(Self { bot: f_bot, lang_code: f_lang_code, order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReorderPreviewMedias {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `bots.getPreviewInfo#423ab3ad bot:InputUser lang_code:string = bots.PreviewInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPreviewInfo {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
}

impl Identifiable for GetPreviewInfo {
    const CONSTRUCTOR_ID: u32 = 0x423ab3ad;
    const NAME: &'static str = "bots.getPreviewInfo";
}

impl Serialize for GetPreviewInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.lang_code.serialize(buf);
    }
}

impl RemoteCall for GetPreviewInfo {
    type Return = crate::enums::bots::PreviewInfo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPreviewInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { bot: f_bot, lang_code: f_lang_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPreviewInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.end_object();
    }
}

/// `bots.getPreviewMedias#a2a5594d bot:InputUser = Vector<BotPreviewMedia>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPreviewMedias {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
}

impl Identifiable for GetPreviewMedias {
    const CONSTRUCTOR_ID: u32 = 0xa2a5594d;
    const NAME: &'static str = "bots.getPreviewMedias";
}

impl Serialize for GetPreviewMedias {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
    }
}

impl RemoteCall for GetPreviewMedias {
    type Return = Vec<crate::enums::BotPreviewMedia>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPreviewMedias {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { bot: f_bot })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPreviewMedias {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.end_object();
    }
}

/// `bots.updateUserEmojiStatus#ed9f30c5 user_id:InputUser emoji_status:EmojiStatus = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUserEmojiStatus {
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `emoji_status:EmojiStatus`
    pub emoji_status: crate::enums::EmojiStatus,
}

impl Identifiable for UpdateUserEmojiStatus {
    const CONSTRUCTOR_ID: u32 = 0xed9f30c5;
    const NAME: &'static str = "bots.updateUserEmojiStatus";
}

impl Serialize for UpdateUserEmojiStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.user_id.serialize(buf);
        self.emoji_status.serialize(buf);
    }
}

impl RemoteCall for UpdateUserEmojiStatus {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateUserEmojiStatus {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_emoji_status = <crate::enums::EmojiStatus>::deserialize(r)?;
        Ok(Self { user_id: f_user_id, emoji_status: f_emoji_status })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateUserEmojiStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("emoji_status");
        self.emoji_status.write_json(w);
        w.end_object();
    }
}

/// `bots.toggleUserEmojiStatusPermission#06de6392 bot:InputUser enabled:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleUserEmojiStatusPermission {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `enabled:Bool`
    pub enabled: bool,
}

impl Identifiable for ToggleUserEmojiStatusPermission {
    const CONSTRUCTOR_ID: u32 = 0x06de6392;
    const NAME: &'static str = "bots.toggleUserEmojiStatusPermission";
}

impl Serialize for ToggleUserEmojiStatusPermission {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.enabled.serialize(buf);
    }
}

impl RemoteCall for ToggleUserEmojiStatusPermission {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleUserEmojiStatusPermission {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_enabled = <bool>::deserialize(r)?;
        Ok(Self { bot: f_bot, enabled: f_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleUserEmojiStatusPermission {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("enabled");
        self.enabled.write_json(w);
        w.end_object();
    }
}

/// `bots.checkDownloadFileParams#50077589 bot:InputUser file_name:string url:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckDownloadFileParams {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `file_name:string`
    pub file_name: mtrs_tl::TlString,
    /// `url:string`
    pub url: mtrs_tl::TlString,
}

impl Identifiable for CheckDownloadFileParams {
    const CONSTRUCTOR_ID: u32 = 0x50077589;
    const NAME: &'static str = "bots.checkDownloadFileParams";
}

impl Serialize for CheckDownloadFileParams {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.file_name.serialize(buf);
        self.url.serialize(buf);
    }
}

impl RemoteCall for CheckDownloadFileParams {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckDownloadFileParams {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_file_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { bot: f_bot, file_name: f_file_name, url: f_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckDownloadFileParams {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("file_name");
        self.file_name.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.end_object();
    }
}

/// `bots.getAdminedBots#b0711d83 = Vector<User>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAdminedBots;

impl Identifiable for GetAdminedBots {
    const CONSTRUCTOR_ID: u32 = 0xb0711d83;
    const NAME: &'static str = "bots.getAdminedBots";
}

impl Serialize for GetAdminedBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetAdminedBots {
    type Return = Vec<crate::enums::User>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAdminedBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAdminedBots {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `bots.updateStarRefProgram#778b5ab3 flags:# bot:InputUser commission_permille:int duration_months:flags.0?int = StarRefProgram`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateStarRefProgram {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `commission_permille:int`
    pub commission_permille: i32,
    /// `duration_months:flags.0?int`
    pub duration_months: Option<i32>,
}

impl Identifiable for UpdateStarRefProgram {
    const CONSTRUCTOR_ID: u32 = 0x778b5ab3;
    const NAME: &'static str = "bots.updateStarRefProgram";
}

impl Serialize for UpdateStarRefProgram {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.duration_months.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.bot.serialize(buf);
        self.commission_permille.serialize(buf);
        if let Some(v) = &self.duration_months {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateStarRefProgram {
    type Return = crate::enums::StarRefProgram;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateStarRefProgram {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_commission_permille = <i32>::deserialize(r)?;
        let f_duration_months = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { bot: f_bot, commission_permille: f_commission_permille, duration_months: f_duration_months })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateStarRefProgram {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("commission_permille");
        self.commission_permille.write_json(w);
        w.key("duration_months");
        self.duration_months.write_json(w);
        w.end_object();
    }
}

/// `bots.setCustomVerification#f4946757 flags:# enabled:flags.1?true bot:flags.0?InputUser peer:InputPeer custom_description:flags.2?TextWithEntities = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetCustomVerification {
    /// `enabled:flags.1?true`
    pub enabled: bool,
    /// `bot:flags.0?InputUser`
    pub bot: Option<crate::enums::InputUser>,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `custom_description:flags.2?TextWithEntities`
    pub custom_description: Option<crate::enums::TextWithEntities>,
}

impl Identifiable for SetCustomVerification {
    const CONSTRUCTOR_ID: u32 = 0xf4946757;
    const NAME: &'static str = "bots.setCustomVerification";
}

impl Serialize for SetCustomVerification {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.bot.is_some() { 1 << 0 } else { 0 }
            | if self.enabled { 1 << 1 } else { 0 }
            | if self.custom_description.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.bot {
            (*v).serialize(buf);
        }
        self.peer.serialize(buf);
        if let Some(v) = &self.custom_description {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SetCustomVerification {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetCustomVerification {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_enabled = fl_flags & (1 << 1) != 0;
        let f_bot = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputUser>::deserialize(r)?) } else { None };
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_custom_description = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::TextWithEntities>::deserialize(r)?) } else { None };
        Ok(Self { enabled: f_enabled, bot: f_bot, peer: f_peer, custom_description: f_custom_description })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetCustomVerification {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("enabled");
        self.enabled.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("custom_description");
        self.custom_description.write_json(w);
        w.end_object();
    }
}

/// `bots.getBotRecommendations#a1b70815 bot:InputUser = users.Users`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBotRecommendations {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
}

impl Identifiable for GetBotRecommendations {
    const CONSTRUCTOR_ID: u32 = 0xa1b70815;
    const NAME: &'static str = "bots.getBotRecommendations";
}

impl Serialize for GetBotRecommendations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
    }
}

impl RemoteCall for GetBotRecommendations {
    type Return = crate::enums::users::Users;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBotRecommendations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { bot: f_bot })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBotRecommendations {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.end_object();
    }
}

/// `bots.checkUsername#e3ac4c61 flags:# additional:flags.0?true username:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckUsername {
    /// `additional:flags.0?true`
    pub additional: bool,
    /// `username:string`
    pub username: mtrs_tl::TlString,
}

impl Identifiable for CheckUsername {
    const CONSTRUCTOR_ID: u32 = 0xe3ac4c61;
    const NAME: &'static str = "bots.checkUsername";
}

impl Serialize for CheckUsername {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.additional { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.username.serialize(buf);
    }
}

impl RemoteCall for CheckUsername {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckUsername {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_additional = fl_flags & (1 << 0) != 0;
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { additional: f_additional, username: f_username })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckUsername {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("additional");
        self.additional.write_json(w);
        w.key("username");
        self.username.write_json(w);
        w.end_object();
    }
}

/// `bots.createBot#e5b17f2b flags:# via_deeplink:flags.0?true name:string username:string manager_id:InputUser = User`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBot {
    /// `via_deeplink:flags.0?true`
    pub via_deeplink: bool,
    /// `name:string`
    pub name: mtrs_tl::TlString,
    /// `username:string`
    pub username: mtrs_tl::TlString,
    /// `manager_id:InputUser`
    pub manager_id: crate::enums::InputUser,
}

impl Identifiable for CreateBot {
    const CONSTRUCTOR_ID: u32 = 0xe5b17f2b;
    const NAME: &'static str = "bots.createBot";
}

impl Serialize for CreateBot {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.via_deeplink { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.name.serialize(buf);
        self.username.serialize(buf);
        self.manager_id.serialize(buf);
    }
}

impl RemoteCall for CreateBot {
    type Return = crate::enums::User;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateBot {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_via_deeplink = fl_flags & (1 << 0) != 0;
        let f_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        let f_manager_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { via_deeplink: f_via_deeplink, name: f_name, username: f_username, manager_id: f_manager_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateBot {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("via_deeplink");
        self.via_deeplink.write_json(w);
        w.key("name");
        self.name.write_json(w);
        w.key("username");
        self.username.write_json(w);
        w.key("manager_id");
        self.manager_id.write_json(w);
        w.end_object();
    }
}

/// `bots.exportBotToken#bd0d99eb bot:InputUser revoke:Bool = bots.ExportedBotToken`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportBotToken {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `revoke:Bool`
    pub revoke: bool,
}

impl Identifiable for ExportBotToken {
    const CONSTRUCTOR_ID: u32 = 0xbd0d99eb;
    const NAME: &'static str = "bots.exportBotToken";
}

impl Serialize for ExportBotToken {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.revoke.serialize(buf);
    }
}

impl RemoteCall for ExportBotToken {
    type Return = crate::enums::bots::ExportedBotToken;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ExportBotToken {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_revoke = <bool>::deserialize(r)?;
        Ok(Self { bot: f_bot, revoke: f_revoke })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportBotToken {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("revoke");
        self.revoke.write_json(w);
        w.end_object();
    }
}

/// `bots.requestWebViewButton#31a2a35e user_id:InputUser button:KeyboardButton = bots.RequestedButton`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestWebViewButton {
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `button:KeyboardButton`
    pub button: crate::enums::KeyboardButton,
}

impl Identifiable for RequestWebViewButton {
    const CONSTRUCTOR_ID: u32 = 0x31a2a35e;
    const NAME: &'static str = "bots.requestWebViewButton";
}

impl Serialize for RequestWebViewButton {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.user_id.serialize(buf);
        self.button.serialize(buf);
    }
}

impl RemoteCall for RequestWebViewButton {
    type Return = crate::enums::bots::RequestedButton;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RequestWebViewButton {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_button = <crate::enums::KeyboardButton>::deserialize(r)?;
        Ok(Self { user_id: f_user_id, button: f_button })
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestWebViewButton {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("button");
        self.button.write_json(w);
        w.end_object();
    }
}

/// `bots.getRequestedWebViewButton#bf25b7f3 bot:InputUser webapp_req_id:string = KeyboardButton`
#[derive(Debug, Clone, PartialEq)]
pub struct GetRequestedWebViewButton {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `webapp_req_id:string`
    pub webapp_req_id: mtrs_tl::TlString,
}

impl Identifiable for GetRequestedWebViewButton {
    const CONSTRUCTOR_ID: u32 = 0xbf25b7f3;
    const NAME: &'static str = "bots.getRequestedWebViewButton";
}

impl Serialize for GetRequestedWebViewButton {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.webapp_req_id.serialize(buf);
    }
}

impl RemoteCall for GetRequestedWebViewButton {
    type Return = crate::enums::KeyboardButton;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetRequestedWebViewButton {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_webapp_req_id = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { bot: f_bot, webapp_req_id: f_webapp_req_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetRequestedWebViewButton {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("webapp_req_id");
        self.webapp_req_id.write_json(w);
        w.end_object();
    }
}

/// `bots.getAccessSettings#213853a3 bot:InputUser = bots.AccessSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAccessSettings {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
}

impl Identifiable for GetAccessSettings {
    const CONSTRUCTOR_ID: u32 = 0x213853a3;
    const NAME: &'static str = "bots.getAccessSettings";
}

impl Serialize for GetAccessSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
    }
}

impl RemoteCall for GetAccessSettings {
    type Return = crate::enums::bots::AccessSettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAccessSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { bot: f_bot })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAccessSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.end_object();
    }
}

/// `bots.editAccessSettings#31813cd8 flags:# restricted:flags.0?true bot:InputUser add_users:flags.1?Vector<InputUser> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct EditAccessSettings {
    /// `restricted:flags.0?true`
    pub restricted: bool,
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `add_users:flags.1?Vector<InputUser>`
    pub add_users: Option<Vec<crate::enums::InputUser>>,
}

impl Identifiable for EditAccessSettings {
    const CONSTRUCTOR_ID: u32 = 0x31813cd8;
    const NAME: &'static str = "bots.editAccessSettings";
}

impl Serialize for EditAccessSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.restricted { 1 << 0 } else { 0 }
            | if self.add_users.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.bot.serialize(buf);
        if let Some(v) = &self.add_users {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for EditAccessSettings {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditAccessSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_restricted = fl_flags & (1 << 0) != 0;
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_add_users = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::InputUser>>::deserialize(r)?) } else { None };
        Ok(Self { restricted: f_restricted, bot: f_bot, add_users: f_add_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditAccessSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("restricted");
        self.restricted.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.key("add_users");
        self.add_users.write_json(w);
        w.end_object();
    }
}

/// `bots.setJoinChatResults#e71a4810 query_id:long result:JoinChatBotResult = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetJoinChatResults {
    /// `query_id:long`
    pub query_id: i64,
    /// `result:JoinChatBotResult`
    pub result: crate::enums::JoinChatBotResult,
}

impl Identifiable for SetJoinChatResults {
    const CONSTRUCTOR_ID: u32 = 0xe71a4810;
    const NAME: &'static str = "bots.setJoinChatResults";
}

impl Serialize for SetJoinChatResults {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.query_id.serialize(buf);
        self.result.serialize(buf);
    }
}

impl RemoteCall for SetJoinChatResults {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetJoinChatResults {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_query_id = <i64>::deserialize(r)?;
        let f_result = <crate::enums::JoinChatBotResult>::deserialize(r)?;
        Ok(Self { query_id: f_query_id, result: f_result })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetJoinChatResults {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("result");
        self.result.write_json(w);
        w.end_object();
    }
}

/// `bots.addUsername#3501c08a bot:InputUser username:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct AddUsername {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `username:string`
    pub username: mtrs_tl::TlString,
}

impl Identifiable for AddUsername {
    const CONSTRUCTOR_ID: u32 = 0x3501c08a;
    const NAME: &'static str = "bots.addUsername";
}

impl Serialize for AddUsername {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.username.serialize(buf);
    }
}

impl RemoteCall for AddUsername {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AddUsername {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { bot: f_bot, username: f_username })
    }
}

#[cfg(feature = "json")]
impl ToJson for AddUsername {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("username");
        self.username.write_json(w);
        w.end_object();
    }
}

/// `bots.removeUsername#c704147d bot:InputUser username:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveUsername {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `username:string`
    pub username: mtrs_tl::TlString,
}

impl Identifiable for RemoveUsername {
    const CONSTRUCTOR_ID: u32 = 0xc704147d;
    const NAME: &'static str = "bots.removeUsername";
}

impl Serialize for RemoveUsername {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.username.serialize(buf);
    }
}

impl RemoteCall for RemoveUsername {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RemoveUsername {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { bot: f_bot, username: f_username })
    }
}

#[cfg(feature = "json")]
impl ToJson for RemoveUsername {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("username");
        self.username.write_json(w);
        w.end_object();
    }
}
