//! A [`Workout`] as the bytes of a FIT workout file.
//!
//! A FIT file is a 14-byte header, then records, then a CRC. Each record is either a
//! definition (which fields a local message type carries, their sizes and base types) or a data
//! record laid out as its definition says; everything here is little-endian. A workout file
//! holds one `file_id`, one `workout` and its `workout_step`s (FIT SDK, "Workout file type").
//! Field numbers and enum values below are those of Garmin's FIT profile (`Profile.xlsx`).

use chrono::NaiveDateTime;

use super::workout::{Intensity, Length, Sport, Step, Workout};

/// FIT protocol 1.0: nothing here needs 2.0's developer fields or 64-bit types, and every
/// device reads 1.0.
const PROTOCOL_VERSION: u8 = 0x10;
/// The profile version claimed in the header, 21.00; the messages and fields written here have
/// been in the profile unchanged since long before.
const PROFILE_VERSION: u16 = 2100;
/// Header length: the 14-byte form, with its own CRC.
const HEADER_LEN: u8 = 14;

/// Global message numbers.
const MESG_FILE_ID: u16 = 0;
const MESG_WORKOUT: u16 = 26;
const MESG_WORKOUT_STEP: u16 = 27;

/// Base types (the byte a definition gives each field).
const ENUM: u8 = 0x00;
const STRING: u8 = 0x07;
const UINT16: u8 = 0x84;
const UINT32: u8 = 0x86;
const UINT32Z: u8 = 0x8C;

/// `file` type 5: workout.
const FILE_WORKOUT: u8 = 5;
/// `manufacturer` 255: development, for makers without a Garmin-assigned number.
const MANUFACTURER_DEVELOPMENT: u16 = 255;
/// Comeback's product number under the development manufacturer; any value will do.
const PRODUCT: u16 = 1;
/// Seconds from the Unix epoch to FIT's, 1989-12-31 00:00 UTC.
const FIT_EPOCH_UNIX_SECS: i64 = 631_065_600;

/// `wkt_step_duration` values.
const DURATION_TIME: u8 = 0;
const DURATION_DISTANCE: u8 = 1;
const DURATION_OPEN: u8 = 5;
const DURATION_REPEAT_UNTIL_STEPS_CMPLT: u8 = 6;
/// `wkt_step_target` 0: speed, between the step's custom low and high values (mm/s).
const TARGET_SPEED: u8 = 0;
/// `wkt_step_target` 2: open, no pace or heart-rate target (walks and walk breaks).
const TARGET_OPEN: u8 = 2;
/// A `uint32` field's "no value".
const UINT32_INVALID: u32 = u32::MAX;

/// Room for the longest step name ("Repeat") and its NUL; shorter names are NUL-padded,
/// since one definition serves every step.
const STEP_NAME_SIZE: u8 = 8;

/// The bytes of `workout`'s FIT file, `created` (UTC) being its `time_created`.
///
/// The same workout and time give the same bytes: nothing here reads the clock. A time before
/// FIT's epoch (1990) is written as the epoch.
pub fn encode(workout: &Workout, created: NaiveDateTime) -> Vec<u8> {
    let mut data = Vec::with_capacity(64 + 30 * workout.steps.len());
    file_id(&mut data, workout, created);
    workout_message(&mut data, workout);
    workout_steps(&mut data, workout);

    let mut out = Vec::with_capacity(usize::from(HEADER_LEN) + data.len() + 2);
    out.push(HEADER_LEN);
    out.push(PROTOCOL_VERSION);
    out.extend_from_slice(&PROFILE_VERSION.to_le_bytes());
    // The data of a workout is a few hundred bytes; u32 holds any real one.
    out.extend_from_slice(&u32::try_from(data.len()).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(b".FIT");
    out.extend_from_slice(&[0, 0]);
    out.extend_from_slice(&data);
    out.extend_from_slice(&[0, 0]);
    seal(&mut out);
    out
}

/// Writes the header's and the file's CRCs into a FIT file's last bytes of each (the header
/// CRC only in a 14-byte header, which has one). The file CRC covers the header too, header
/// CRC included. Tests and fuzzing use it to reach the decoder with damaged files.
pub fn seal(bytes: &mut [u8]) {
    if bytes.first() == Some(&HEADER_LEN) {
        let header = crc16(bytes.get(..12).unwrap_or_default()).to_le_bytes();
        if let Some(slot) = bytes.get_mut(12..14) {
            slot.copy_from_slice(&header);
        }
    }
    let end = bytes.len().saturating_sub(2);
    let file = crc16(bytes.get(..end).unwrap_or_default()).to_le_bytes();
    if let Some(slot) = bytes.get_mut(end..).filter(|s| s.len() == 2) {
        slot.copy_from_slice(&file);
    }
}

/// A definition record for local message `local`: global message `global`, fields as
/// (field number, size in bytes, base type).
fn definition(out: &mut Vec<u8>, local: u8, global: u16, fields: &[(u8, u8, u8)]) {
    out.push(0x40 | local);
    out.push(0); // reserved
    out.push(0); // architecture: little-endian
    out.extend_from_slice(&global.to_le_bytes());
    // At most a handful of fields, well under the 255 a definition allows.
    out.push(u8::try_from(fields.len()).unwrap_or(u8::MAX));
    for &(number, size, base_type) in fields {
        out.extend_from_slice(&[number, size, base_type]);
    }
}

fn file_id(out: &mut Vec<u8>, workout: &Workout, created: NaiveDateTime) {
    definition(
        out,
        0,
        MESG_FILE_ID,
        &[(0, 1, ENUM), (1, 2, UINT16), (2, 2, UINT16), (3, 4, UINT32Z), (4, 4, UINT32)],
    );
    let since_epoch = created.and_utc().timestamp() - FIT_EPOCH_UNIX_SECS;
    let time_created = u32::try_from(since_epoch.max(0)).unwrap_or(u32::MAX);
    out.push(0);
    out.push(FILE_WORKOUT);
    out.extend_from_slice(&MANUFACTURER_DEVELOPMENT.to_le_bytes());
    out.extend_from_slice(&PRODUCT.to_le_bytes());
    out.extend_from_slice(&workout.serial.to_le_bytes());
    out.extend_from_slice(&time_created.to_le_bytes());
}

fn workout_message(out: &mut Vec<u8>, workout: &Workout) {
    // A FIT string is NUL-terminated within its field's size, at most 255 bytes in all.
    let name = workout.name.as_bytes();
    let name = name.get(..name.len().min(254)).unwrap_or_default();
    let name_size = u8::try_from(name.len() + 1).unwrap_or(u8::MAX);
    definition(out, 1, MESG_WORKOUT, &[(4, 1, ENUM), (6, 2, UINT16), (8, name_size, STRING)]);
    out.push(1);
    out.push(match workout.sport {
        Sport::Running => 1,
        Sport::Walking => 11,
    });
    let steps = u16::try_from(workout.steps.len()).unwrap_or(u16::MAX);
    out.extend_from_slice(&steps.to_le_bytes());
    out.extend_from_slice(name);
    out.push(0);
}

fn workout_steps(out: &mut Vec<u8>, workout: &Workout) {
    definition(
        out,
        2,
        MESG_WORKOUT_STEP,
        &[
            (254, 2, UINT16), // message_index
            (0, STEP_NAME_SIZE, STRING),
            (1, 1, ENUM),   // duration_type
            (2, 4, UINT32), // duration_value
            (3, 1, ENUM),   // target_type
            (4, 4, UINT32), // target_value
            (7, 1, ENUM),   // intensity
            (5, 4, UINT32), // custom_target_value_low (custom_target_speed_low for a speed target)
            (6, 4, UINT32), // custom_target_value_high
        ],
    );
    for (index, step) in (0_u16..).zip(&workout.steps) {
        let open = (TARGET_OPEN, 0, UINT32_INVALID, UINT32_INVALID);
        let (duration_type, duration_value, target, intensity) = match *step {
            Step::Interval { length, intensity, max_speed_mm_s } => {
                let (kind, value) = match length {
                    Length::Millis(ms) => (DURATION_TIME, ms),
                    Length::Centimetres(cm) => (DURATION_DISTANCE, cm),
                    Length::Open => (DURATION_OPEN, 0),
                };
                // A ceiling only: from standing still (low 0) up to the easy pace. Target
                // value 0 means "custom range", not one of the watch's speed zones.
                let target = max_speed_mm_s.map_or(open, |high| (TARGET_SPEED, 0, 0, high));
                (kind, value, target, intensity)
            }
            // Garmin's own sample (WorkoutRepeatSteps.fit) marks its repeat step active.
            Step::Repeat { from, times } => (
                DURATION_REPEAT_UNTIL_STEPS_CMPLT,
                u32::from(from),
                (TARGET_OPEN, u32::from(times), UINT32_INVALID, UINT32_INVALID),
                Intensity::Active,
            ),
        };
        let (target_type, target_value, low, high) = target;
        out.push(2);
        out.extend_from_slice(&index.to_le_bytes());
        let mut name = [0_u8; STEP_NAME_SIZE as usize];
        // The last byte stays the string's NUL, however long a language's word.
        let room = usize::from(STEP_NAME_SIZE) - 1;
        for (slot, byte) in name.iter_mut().zip(step.name(workout.sport).bytes().take(room)) {
            *slot = byte;
        }
        out.extend_from_slice(&name);
        out.push(duration_type);
        out.extend_from_slice(&duration_value.to_le_bytes());
        out.push(target_type);
        out.extend_from_slice(&target_value.to_le_bytes());
        out.push(match intensity {
            Intensity::Active => 0,
            Intensity::Recovery => 4,
        });
        out.extend_from_slice(&low.to_le_bytes());
        out.extend_from_slice(&high.to_le_bytes());
    }
}

/// The FIT SDK's CRC-16 (polynomial 0xA001, reflected), a nibble at a time as the SDK's
/// `FitCRC_Get16` does.
fn crc16(bytes: &[u8]) -> u16 {
    const TABLE: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401,
        0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    // Both indices are masked to four bits, so `get` always finds an entry.
    let entry = |i: u16| TABLE.get(usize::from(i & 0xF)).copied().unwrap_or_default();
    let nibble = |crc: u16, bits: u8| ((crc >> 4) & 0x0FFF) ^ entry(crc) ^ entry(u16::from(bits));
    bytes.iter().fold(0, |crc, &byte| nibble(nibble(crc, byte), byte >> 4))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Garmin's own sample workout ends in the CRC of everything before it, so a CRC of the
    /// whole file, CRC included, is zero, as the SDK checks integrity.
    #[test]
    fn crc_matches_garmins_sample() {
        let sample = include_bytes!("../../tests/fixtures/WorkoutRepeatSteps.fit");
        assert_eq!(crc16(sample), 0);
        assert_eq!(crc16(sample.get(..12).unwrap_or_default()), 0x1442, "the header's CRC");
    }
}
