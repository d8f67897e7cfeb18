//! Running the dataset checker (`crates/dataset-check`): a WebAssembly
//! module of its own, with the JSON parser and the validator, fetched and
//! started only when a newer dataset is configured. It has no generated
//! glue: a byte buffer in its memory carries the request and the verdict.

use explorer_core::logic::update::Checked;
use js_sys::{Function, Object, Reflect, Uint8Array, WebAssembly};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::document;
use super::network::{self, FetchError};

/// Why the checker could not give a verdict.
#[derive(Clone, Debug)]
pub enum CheckError {
    /// Its module could not be fetched: its address, and what went wrong.
    Fetch(String, FetchError),
    /// It could not be started or did not answer; the browser's error.
    Broken(String),
}

/// Parses and validates the dataset text fetched from `url`.
pub async fn check(url: &str, text: &str) -> Result<Checked, CheckError> {
    let module = document::dataset_check_url()
        .ok_or_else(|| CheckError::Broken("the page names no dataset checker".into()))?;
    let code = network::fetch_bytes(&module)
        .await
        .map_err(|error| CheckError::Fetch(module.clone(), error))?;
    let broken = |error: JsValue| CheckError::Broken(format!("{error:?}"));
    let started = JsFuture::from(WebAssembly::instantiate_buffer(&code, &Object::new()))
        .await
        .map_err(broken)?;
    let exports = Reflect::get(&started, &"instance".into())
        .and_then(|instance| Reflect::get(&instance, &"exports".into()))
        .map_err(broken)?;
    let export = |name: &str| -> Result<JsValue, CheckError> {
        Reflect::get(&exports, &name.into()).map_err(broken)
    };
    let call = |name: &str, arg: usize| -> Result<usize, CheckError> {
        let function: Function = export(name)?.dyn_into().map_err(broken)?;
        let result = function
            .call1(&JsValue::NULL, &(arg as u32).into())
            .map_err(broken)?;
        Ok(result.as_f64().unwrap_or_default() as usize)
    };
    let memory = || -> Result<JsValue, CheckError> {
        let memory: WebAssembly::Memory = export("memory")?.dyn_into().map_err(broken)?;
        Ok(memory.buffer())
    };
    let request = format!("{url}\0{text}").into_bytes();
    let at = call("buffer", request.len())?;
    Uint8Array::new_with_byte_offset_and_length(&memory()?, at as u32, request.len() as u32)
        .copy_from(&request);
    let length = call("check", request.len())?;
    let at = call("output", 0)?;
    let verdict =
        Uint8Array::new_with_byte_offset_and_length(&memory()?, at as u32, length as u32).to_vec();
    Checked::decode(&verdict).ok_or_else(|| CheckError::Broken("an unreadable verdict".into()))
}

/// Reads `explorer-config.json`'s text with the browser's JSON parser.
pub fn parse_config(text: &str) -> explorer_core::logic::update::ConfigFile {
    use explorer_core::logic::update::{ConfigFile, ConfigValue};
    let value = match js_sys::JSON::parse(text) {
        Ok(value) => value,
        Err(error) => {
            let message = error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| format!("{error:?}"));
            return ConfigFile::NotJson(message);
        }
    };
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return ConfigFile::NotObject;
    }
    let object: &Object = value.unchecked_ref();
    if !Object::has_own(object, &"datasetUrl".into()) {
        return ConfigFile::Object(None);
    }
    let url = Reflect::get(object, &"datasetUrl".into()).unwrap_or(JsValue::UNDEFINED);
    ConfigFile::Object(Some(if url.is_null() {
        ConfigValue::Null
    } else if let Some(text) = url.as_string() {
        ConfigValue::Text(text)
    } else {
        ConfigValue::Other
    }))
}
