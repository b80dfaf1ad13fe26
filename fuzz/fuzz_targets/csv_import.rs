//! CSV import: any text either becomes a plan or is refused with a row and column, never a
//! panic. An imported plan exported again imports to the same sessions, and saves as a plan
//! file that loads again (what `comeback import-csv` writes).

#![no_main]

use std::path::Path;

use comeback::export::DateRange;
use comeback::export::csv::{from_csv, to_csv};
use comeback::file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(plan) = from_csv(text, "fuzz") else { return };

    let csv = to_csv(&plan, DateRange::whole(&plan));
    let again = match from_csv(&csv, "fuzz") {
        Ok(again) => again,
        Err(e) => panic!("an exported plan does not import again: {e}\n--- exported ---\n{csv}"),
    };
    assert_eq!(
        plan.sessions(),
        again.sessions(),
        "sessions changed on export and import\n--- exported ---\n{csv}"
    );

    let saved = match file::to_text(&plan) {
        Ok(saved) => saved,
        Err(e) => panic!("an imported plan cannot be saved: {e}"),
    };
    if let Err(e) = file::parse(&saved, Path::new("imported.ron")) {
        panic!("an imported plan saves as a file that does not load: {e}\n--- saved ---\n{saved}");
    }
});
