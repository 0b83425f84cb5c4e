//! [`Client::get_me`]: the signed-in account (`users.getUsers` with `inputUserSelf`).

use mtrs_tl_api::{enums, functions, types};

use crate::{Client, InvokeError};

impl Client {
    /// The signed-in account (`users.getUsers` with `inputUserSelf`); cached like any
    /// answer with `save_peers` on.
    ///
    /// Errors: the server's; [`InvokeError::MalformedAnswer`] if it returns no user.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let me = client.get_me().await?;
    /// println!("signed in as {} (bot: {})", me.id, me.bot);
    /// # Ok(()) }
    /// ```
    pub async fn get_me(&self) -> Result<types::User, InvokeError> {
        let users = self
            .invoke(&functions::users::GetUsers {
                id: vec![enums::InputUser::InputUserSelf],
            })
            .await?;
        users
            .into_iter()
            .find_map(|u| match u {
                enums::User::User(u) => Some(u),
                enums::User::UserEmpty(_) => None,
            })
            .ok_or(InvokeError::MalformedAnswer {
                detail: "users.getUsers(inputUserSelf) without a user",
            })
    }
}
