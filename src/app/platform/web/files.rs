//! Files in and out of the page: the files a user gives (the page's file input, a drop) read
//! into memory by name, where the app opens them as the desktop opens paths; downloads for what
//! it writes; a tab for the PDF to print.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, VecDeque};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;

use chrono::NaiveDateTime;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::activity::{self, Activity, ReadError, Reason};
use crate::export::{self, DateRange, ExportError};
use crate::file::{self, LoadError, Loaded, SaveError};
use crate::plan::Plan;
use crate::print::PrintError;
use crate::ui::modals::Purpose;

/// The page's file input (web/index.html).
const INPUT_ID: &str = "comeback-files";
/// No plan or run file is this large; a bigger one is refused before it fills the page's memory.
const MAX_READ_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

thread_local! {
    /// The files given to the page since it was loaded, by name.
    static FILES: RefCell<BTreeMap<PathBuf, Vec<u8>>> = RefCell::default();
    /// Files read and waiting for the next frame.
    static ARRIVED: RefCell<VecDeque<Arrival>> = RefCell::default();
    /// What the next pick through the file input is for: set just before the app clicks it.
    static NEXT_PURPOSE: Cell<Option<Purpose>> = const { Cell::new(None) };
    /// What the pick under way is for; `None` when the user clicked the page's own button.
    static PURPOSE: Cell<Option<Purpose>> = const { Cell::new(None) };
    /// The app's context, to wake it when files arrive.
    static CONTEXT: RefCell<Option<egui::Context>> = const { RefCell::new(None) };
}

/// Files given together, read into [`FILES`].
pub(super) struct Arrival {
    /// What they were picked for; `None`: given to the page (its button or a drop).
    pub(super) purpose: Option<Purpose>,
    /// Their names, as kept in [`FILES`].
    pub(super) names: Vec<PathBuf>,
    /// The ones that could not be read, and why.
    pub(super) unreadable: Vec<String>,
}

/// A file being read by the browser.
pub(super) type Reading = Pin<Box<dyn Future<Output = Result<Vec<u8>, String>>>>;

/// The page's file input.
pub(super) fn file_input() -> Option<web_sys::HtmlInputElement> {
    let document = web_sys::window()?.document()?;
    document.get_element_by_id(INPUT_ID)?.dyn_into().ok()
}

/// The files a pick for `purpose` offers.
fn accept(purpose: Option<Purpose>) -> &'static str {
    match purpose {
        Some(Purpose::Import) => ".fit,.gpx,.tcx,.gz",
        Some(_) => ".ron",
        None => ".ron,.fit,.gpx,.tcx,.gz",
    }
}

/// Reads the files picked through the input, for what the click that opened it was for.
pub(super) fn listen(input: &web_sys::HtmlInputElement) {
    let clicked = input.clone();
    let on_click = Closure::<dyn FnMut()>::new(move || {
        let purpose = NEXT_PURPOSE.take();
        PURPOSE.set(purpose);
        clicked.set_accept(accept(purpose));
    });
    let changed = input.clone();
    let on_change = Closure::<dyn FnMut()>::new(move || {
        let Some(list) = changed.files() else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        // Cleared, so that picking the same file again is a change too.
        changed.set_value("");
        let readings = files
            .into_iter()
            .map(|file| {
                let name = PathBuf::from(file.name());
                let reading: Reading = Box::pin(async move {
                    if file.size() > MAX_READ_BYTES {
                        return Err(crate::t!("web-too-large"));
                    }
                    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
                        .await
                        .map_err(|e| format!("{e:?}"))?;
                    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
                });
                (name, reading)
            })
            .collect();
        read_all(PURPOSE.take(), readings);
    });
    // The page lives as long as its listeners: they are never removed.
    for (event, listener) in [("click", on_click), ("change", on_change)] {
        let _ = input.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        listener.forget();
    }
}

/// The files read since the last look, given together, if any.
pub(super) fn take_arrival() -> Option<Arrival> {
    ARRIVED.with(|arrived| arrived.borrow_mut().pop_front())
}

/// Wakes `ctx` when files arrive.
pub(super) fn woken_by(ctx: &egui::Context) {
    CONTEXT.with(|woken| *woken.borrow_mut() = Some(ctx.clone()));
}

/// Reads `readings` into [`FILES`], then hands them to the app as one [`Arrival`].
pub(super) fn read_all(purpose: Option<Purpose>, readings: Vec<(PathBuf, Reading)>) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut arrival = Arrival { purpose, names: Vec::new(), unreadable: Vec::new() };
        for (name, reading) in readings {
            match reading.await {
                Ok(bytes) => {
                    FILES.with(|files| files.borrow_mut().insert(name.clone(), bytes));
                    arrival.names.push(name);
                }
                Err(e) => arrival.unreadable.push(format!("{}: {e}", name.display())),
            }
        }
        ARRIVED.with(|arrived| arrived.borrow_mut().push_back(arrival));
        CONTEXT.with(|ctx| {
            if let Some(ctx) = ctx.borrow().as_ref() {
                ctx.request_repaint();
            }
        });
    });
}

/// Opens the browser's file picker for `purpose`. The click counts as the user's: it comes
/// in the frame after the click on the menu entry, within the browser's grace for that.
fn pick(purpose: Purpose) -> bool {
    let Some(input) = file_input() else { return false };
    NEXT_PURPOSE.set(Some(purpose));
    input.click();
    true
}

/// The browser's file picker, in the place of the system's dialogs.
pub struct Dialogs;

impl Dialogs {
    /// The page's picker (`enabled` is the desktop's: a page always has its file input).
    pub fn new(_enabled: bool) -> Self {
        Self
    }

    /// Opens the picker for a purpose that reads files; false for those that write, which
    /// download instead.
    pub fn open(&self, purpose: Purpose, _suggested: Option<&Path>, _ctx: &egui::Context) -> bool {
        matches!(purpose, Purpose::Open | Purpose::Compare | Purpose::Merge | Purpose::Import)
            && pick(purpose)
    }

    /// Nothing: what is picked arrives as files, which the frame takes ([`App::take_arrivals`]).
    pub fn poll(&self) -> Option<(Purpose, Vec<PathBuf>)> {
        None
    }
}

/// A file given to the page, by name.
fn given(path: &Path) -> std::io::Result<Vec<u8>> {
    FILES
        .with(|files| files.borrow().get(path).cloned())
        .ok_or_else(|| std::io::Error::other(crate::t!("web-not-given")))
}

/// Reads the plan file given to the page as `path`.
pub fn load_checked(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = given(path).map_err(|source| LoadError::Io { path: path.to_owned(), source })?;
    file::from_bytes(bytes, path)
}

/// Reads the plan file given to the page as `path`, without what was taken out of it.
pub fn load(path: &Path) -> Result<Plan, LoadError> {
    load_checked(path).map(|loaded| loaded.plan)
}

/// Downloads `plan` as the file `path` names, the bytes the desktop would write; the page
/// keeps it too, to open again from File → Open recent.
pub fn save(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    let text = file::to_text(plan)
        .map_err(|e| SaveError::Encode { path: path.to_owned(), message: e.to_string() })?;
    download(&file_name(path), text.as_bytes(), "application/octet-stream")
        .map_err(|source| SaveError::Io { path: path.to_owned(), source })?;
    FILES.with(|files| files.borrow_mut().insert(path.to_owned(), text.into_bytes()));
    Ok(())
}

/// Downloads an export's files, named as the desktop would name them beside `path`.
pub fn write_export(files: &[Vec<u8>], path: &Path) -> Result<Vec<PathBuf>, ExportError> {
    let paths = export::targets(path, files.len());
    for (bytes, path) in files.iter().zip(&paths) {
        download(&file_name(path), bytes, "application/octet-stream")
            .map_err(|source| ExportError::Write { path: path.clone(), source })?;
    }
    Ok(paths)
}

/// The activity files among `paths`: those given to the page; the rest are errors.
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ReadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if FILES.with(|given| given.borrow().contains_key(path)) {
            files.push(path.clone());
        } else {
            let reason = Reason::Io(std::io::Error::other(crate::t!("web-not-given")));
            errors.push(ReadError { file: path.clone(), reason });
        }
    }
    (files, errors)
}

/// Reads the activities in the file given as `path`; once read, the page forgets its bytes.
pub fn read_activities(path: &Path) -> Result<Vec<Activity>, ReadError> {
    let fail = |reason| ReadError { file: path.to_owned(), reason };
    let bytes = FILES
        .with(|files| files.borrow_mut().remove(path))
        .ok_or_else(|| fail(Reason::Io(std::io::Error::other(crate::t!("web-not-given")))))?;
    activity::read_bytes(&file_name(path), &bytes).map_err(fail)
}

/// Shows the plan's PDF in a new tab, whose Print prints it; where the browser blocks the tab,
/// downloads it.
pub fn print(
    plan: &Plan,
    range: DateRange,
    changed: NaiveDateTime,
    name: &str,
    _desktop: bool,
) -> Result<String, PrintError> {
    let bytes = export::pdf::to_pdf(plan, range, changed)?;
    if open_tab(&bytes, "application/pdf") {
        return Ok(crate::t!("web-printed"));
    }
    let file = format!("{name}.pdf");
    download(&file, &bytes, "application/pdf")
        .map_err(|source| PrintError::Write { path: file.into(), source })?;
    Ok(crate::t!("web-print-downloaded"))
}

/// The last part of `path`, as a download's name.
pub(super) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| "plan".to_owned(), |n| n.to_string_lossy().into_owned())
}

/// A URL for `bytes` that lives until [`revoke_later`].
fn blob_url(bytes: &[u8], mime: &str) -> Result<String, wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    web_sys::Url::create_object_url_with_blob(&blob)
}

/// Lets the browser free `url` a minute from now, once the download or the tab has it.
fn revoke_later(url: String) {
    let Some(window) = web_sys::window() else { return };
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
}

/// Downloads `bytes` as the file `name`.
pub(super) fn download(name: &str, bytes: &[u8], mime: &str) -> std::io::Result<()> {
    let failed = |e: wasm_bindgen::JsValue| {
        std::io::Error::other(crate::t!("web-download-refused", error = format!("{e:?}")))
    };
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| std::io::Error::other(crate::t!("web-no-page")))?;
    let url = blob_url(bytes, mime).map_err(failed)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(failed)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    revoke_later(url);
    Ok(())
}

/// Shows `bytes` in a new tab; false when the browser would not open one.
fn open_tab(bytes: &[u8], mime: &str) -> bool {
    let (Some(window), Ok(url)) = (web_sys::window(), blob_url(bytes, mime)) else { return false };
    let opened = matches!(window.open_with_url_and_target(&url, "_blank"), Ok(Some(_)));
    revoke_later(url);
    opened
}
