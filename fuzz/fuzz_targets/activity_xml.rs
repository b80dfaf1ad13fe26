//! GPX and TCX files, and gzipped files of any kind: any bytes give activities or a reason,
//! never a panic, and what is read matches into the example plan with commands that apply,
//! after which a second import changes nothing.

#![no_main]

use comeback::activity::{self, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(activities) = activity::read_bytes("fuzz.gpx", data) else { return };
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
});
