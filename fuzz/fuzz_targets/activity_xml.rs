//! GPX and TCX files, and gzipped files of any kind: any bytes give activities or a reason,
//! never a panic, and what is read matches into the example plan with commands that apply,
//! after which a second import changes nothing.

#![no_main]

use comeback::activity;
use libfuzzer_sys::fuzz_target;

#[path = "activity_common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(activities) = activity::read_bytes("fuzz.gpx", data) else { return };
    common::check_matching(activities);
});
