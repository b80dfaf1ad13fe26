//! Where the desktop and the browser differ, and nowhere else: reading the files a user gives,
//! writing the ones they keep, printing, and starting. On the desktop ([`native`]) files are
//! paths on disk, the system's dialogs pick them and a viewer prints; in a browser (`web`)
//! there is no disk: files come as bytes from the page's file input or a drop, and leave as
//! downloads, a PDF prints from a tab of its own, and the unsaved plan waits in the browser's
//! storage. The rest of the app calls the same functions on both.

#[cfg(not(target_arch = "wasm32"))]
mod dialogs;
#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(target_arch = "wasm32")]
mod web;

#[cfg(not(target_arch = "wasm32"))]
pub use native::run;
#[cfg(not(target_arch = "wasm32"))]
pub(super) use native::{
    Dialogs, collect, load, load_checked, print, read_activities, save, unavailable, write_export,
};
#[cfg(target_arch = "wasm32")]
pub use web::start;
#[cfg(target_arch = "wasm32")]
pub(super) use web::{
    Dialogs, collect, load, load_checked, print, read_activities, save, unavailable, write_export,
};
