//! FIT activity files: any bytes give activities or a reason, never a panic, and what is read
//! matches into the example plan with commands that apply, after which a second import changes
//! nothing. The input's header and file checksums are made right before reading, half the
//! time, so the mutations reach the decoder instead of stopping at the CRC.

#![no_main]

use comeback::activity::{self, Options};
use libfuzzer_sys::fuzz_target;

/// The FIT SDK's CRC-16.
fn crc(data: &[u8]) -> u16 {
    const TABLE: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401,
        0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    data.iter().fold(0, |crc, &byte| {
        let low = |b: u8| TABLE.get(usize::from(b & 0xF)).copied().unwrap_or(0);
        let crc = (crc >> 4) ^ low(crc as u8) ^ low(byte);
        (crc >> 4) ^ low(crc as u8) ^ low(byte >> 4)
    })
}

fn reseal(mut bytes: Vec<u8>) -> Vec<u8> {
    if bytes.first() == Some(&14) && bytes.len() >= 14 {
        let header = crc(bytes.get(..12).unwrap_or_default()).to_le_bytes();
        if let Some(slot) = bytes.get_mut(12..14) {
            slot.copy_from_slice(&header);
        }
    }
    let end = bytes.len().saturating_sub(2);
    let file = crc(bytes.get(..end).unwrap_or_default()).to_le_bytes();
    if let Some(slot) = bytes.get_mut(end..).filter(|s| s.len() == 2) {
        slot.copy_from_slice(&file);
    }
    bytes
}

fuzz_target!(|data: &[u8]| {
    let Some((&flag, rest)) = data.split_first() else { return };
    let bytes = if flag & 1 == 1 { reseal(rest.to_vec()) } else { rest.to_vec() };
    let Ok(activities) = activity::read_bytes("fuzz.fit", &bytes) else { return };
    check_matching(activities);
});

/// The activities match into the example plan; the commands apply; a second import of the
/// same activities into the result changes nothing.
fn check_matching(activities: Vec<activity::Activity>) {
    let Ok(plan) = comeback::file::parse(include_str!("../../saves/example.ron"), std::path::Path::new("x"))
    else {
        return;
    };
    let options = Options::default();
    let preview = activity::preview(&plan, activities.clone(), &options);
    let mut after = plan.clone();
    for command in preview.commands(&plan) {
        if let Err(e) = after.apply(command) {
            panic!("an import's command was refused: {e}");
        }
    }
    let again = activity::preview(&after, activities, &options);
    assert!(again.commands(&after).is_empty(), "a second import changed the plan");
}
