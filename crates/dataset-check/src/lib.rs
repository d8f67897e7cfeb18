//! The dataset checker: parses and validates a newer dataset's JSON with
//! the core crate's own validator ([`Checked::document`]) and hands the
//! app its verdict in compact form. Only a site whose
//! `explorer-config.json` names a newer dataset loads it.
//!
//! The interface is a few C-ABI functions over one byte buffer:
//! `buffer(len)` makes it `len` bytes long and returns where it starts;
//! `check(len)` reads the request from its first `len` bytes — the
//! dataset's address (for the messages), a NUL, its JSON text — and puts
//! the verdict ([`Checked::encode`]) in its place, returning its length;
//! `output()` says where the buffer starts.

use std::cell::RefCell;

use explorer_core::logic::update::Checked;

thread_local! {
    static BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

#[no_mangle]
pub extern "C" fn buffer(len: usize) -> *mut u8 {
    BUFFER.with_borrow_mut(|buffer| {
        buffer.clear();
        buffer.resize(len, 0);
        buffer.as_mut_ptr()
    })
}

#[no_mangle]
pub extern "C" fn output() -> *const u8 {
    BUFFER.with_borrow(|buffer| buffer.as_ptr())
}

#[no_mangle]
pub extern "C" fn check(len: usize) -> usize {
    BUFFER.with_borrow_mut(|buffer| {
        let request = String::from_utf8_lossy(&buffer[..len.min(buffer.len())]).into_owned();
        let (name, text) = request.split_once('\0').unwrap_or(("dataset", &request));
        *buffer = Checked::document(name, text).encode();
        buffer.len()
    })
}
