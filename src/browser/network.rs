//! Fetching text from the app's origin.

/// Fetches a text resource; the error says why not, as the end of a
/// sentence ("answered HTTP 404").
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|err| format!("could not be fetched ({err})"))?;
    if !response.ok() {
        return Err(format!("answered HTTP {}", response.status()));
    }
    response
        .text()
        .await
        .map_err(|err| format!("could not be read ({err})"))
}
