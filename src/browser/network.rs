//! Fetching text and data from the app's origin.

/// Why a fetch gave no text; the caller words it in the edition's language.
#[derive(Clone, Debug)]
pub enum FetchError {
    /// No response (offline, blocked); the browser's error.
    Unreachable(String),
    /// A response with an error status.
    Http(u16),
    /// A response whose body could not be read; the browser's error.
    Unreadable(String),
}

/// A successful response for `url`.
async fn get(url: &str) -> Result<gloo_net::http::Response, FetchError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|err| FetchError::Unreachable(err.to_string()))?;
    if !response.ok() {
        return Err(FetchError::Http(response.status()));
    }
    Ok(response)
}

/// Fetches a text resource.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    get(url)
        .await?
        .text()
        .await
        .map_err(|err| FetchError::Unreadable(err.to_string()))
}

/// Fetches a binary resource.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    get(url)
        .await?
        .binary()
        .await
        .map_err(|err| FetchError::Unreadable(err.to_string()))
}
