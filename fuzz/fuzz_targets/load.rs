//! Plan files: any text either loads as a whole plan or is refused with an error, never a panic.
//! A plan that loads saves as text that loads back as the same plan (and the same text), and
//! the validator runs on it.

#![no_main]

use std::path::Path;

use comeback::file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(plan) = file::parse(text, Path::new("fuzz.ron")) else { return };
    let saved = match file::to_text(&plan) {
        Ok(saved) => saved,
        Err(e) => panic!("a loaded plan cannot be saved: {e}"),
    };
    let again = match file::parse(&saved, Path::new("fuzz.ron")) {
        Ok(again) => again,
        Err(e) => panic!("a saved plan does not load again: {e}\n--- saved text ---\n{saved}"),
    };
    // A plan holding a NaN would not equal itself; the text comparison covers such plans too.
    #[allow(clippy::eq_op)]
    let comparable = plan == plan;
    if comparable {
        assert_eq!(plan, again, "the plan changed on a save and load\n--- saved text ---\n{saved}");
    }
    let resaved = file::to_text(&again).unwrap_or_default();
    assert_eq!(saved, resaved, "saving the reloaded plan gave other text");
    let _ = comeback::rules::validate(&plan);
});
