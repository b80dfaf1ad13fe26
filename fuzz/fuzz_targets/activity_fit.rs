//! FIT activity files: any bytes give activities or a reason, never a panic, and what is read
//! matches into the example plan with commands that apply, after which a second import changes
//! nothing. The input's header and file checksums are made right before reading, half the
//! time, so the mutations reach the decoder instead of stopping at the CRC.

#![no_main]

use comeback::activity;
use libfuzzer_sys::fuzz_target;

#[path = "activity_common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&flag, rest)) = data.split_first() else { return };
    let mut bytes = rest.to_vec();
    if flag & 1 == 1 {
        comeback::watch::seal(&mut bytes);
    }
    let Ok(activities) = activity::read_bytes("fuzz.fit", &bytes) else { return };
    common::check_matching(activities);
});
