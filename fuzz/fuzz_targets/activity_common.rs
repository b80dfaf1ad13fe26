//! What both activity targets check of whatever they read: the activities match into the
//! example plan with commands that apply, after which a second import changes nothing.

use comeback::activity::{self, Options};

/// Matches `activities` into the example plan, applies the commands, and imports them again.
pub fn check_matching(activities: Vec<activity::Activity>) {
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
