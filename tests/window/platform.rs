//! What the File menu shows where the platform cannot do a command (issue 37: a browser cannot
//! list a folder or quit): the entry greyed out, saying why, and the rest as they were.
#![allow(clippy::unwrap_used)]

use comeback::plan::Lens;
use comeback::ui::menu::{MenuCx, menu_ui};
use comeback::ui::{ThemeChoice, UiCommand};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// In a browser File → Open folder… was an entry that did nothing a page can do; now a command
/// the platform cannot do is greyed out and its tooltip says why, while Open… stays.
#[test]
fn a_command_the_platform_cannot_do_is_greyed_in_the_menu_and_says_why() {
    let mut h = Harness::new_ui(|ui| {
        let cx = MenuCx {
            recent: &[],
            undo: None,
            redo: None,
            session_selected: false,
            watch_session: false,
            day_selected: false,
            clipboard: false,
            load_shown: true,
            lens: Lens::default(),
            theme: ThemeChoice::Light,
            lang: comeback::i18n::Lang::En,
            unavailable: |command| {
                (command == UiCommand::OpenFolder).then(|| "A browser cannot list a folder".to_owned())
            },
        };
        menu_ui(ui, &cx, &mut Vec::new());
    });
    h.get_by_label("File").click();
    h.run();
    let folder = h.get_by_label("Open folder…");
    assert!(folder.accesskit_node().is_disabled(), "greyed out");
    let at = folder.rect().center();
    assert!(!h.get_by_label_contains("Open…").accesskit_node().is_disabled(), "Open… is as it was");
    h.hover_at(at);
    for _ in 0..10 {
        h.run();
    }
    assert!(h.query_by_label_contains("A browser cannot list a folder").is_some(), "the tooltip says why");
}
