//! The app in a real X window (Xvfb, Mesa's software OpenGL), driven by xdotool as a user's
//! mouse drives it. kittest feeds egui events directly and missed a failure only a real
//! window showed: a click on a pain slider's rail set nothing (issue 20). Where to click comes
//! from a kittest harness laid out at the same size on the same file, so the test follows the
//! layout instead of hard-coding pixels. Marked `#[ignore]` (it takes seconds and needs Xvfb,
//! which `scripts/setup.sh` installs); the gate runs it with `--include-ignored`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use comeback::app::{App, Prefs, Startup};
use comeback::plan::{SessionId, Status};
use egui::Pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The window's size at start (`app/window.rs`), so that the harness lays out what the window
/// shows from its first frame (a window resized later keeps its side panel's first width).
const SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);

/// kittest draws the app inside a frame with this outer margin; the window has none.
const HARNESS_MARGIN: egui::Vec2 = egui::vec2(8.0, 8.0);

/// A process killed when dropped, so a failing assertion leaves no Xvfb or app behind.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One real window at a time: two apps starting side by side on two cores paint their first
/// frames too slowly for the waits below.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The screen, larger than the window so the pointer can rest off it (see [`park`]).
const SCREEN: &str = "1600x1000x24";

/// A week, Monday to Sunday, of fixed days taken for today: where today's chip sits (which day
/// column, which row) changes what lies under the pointer, so each test runs on fixed days, and
/// the repaint test on all seven weekdays.
fn week() -> impl Iterator<Item = NaiveDate> {
    let monday = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    (0..7).map(move |d| monday + chrono::Days::new(d))
}

/// An X server of its own, on a display it chose itself (`-displayfd`): it says the number only
/// once it accepts connections, and never one another server holds. Picking the first display
/// without a lock file raced with other programs starting X servers (a second test run, a
/// screenshot script). It does not reset when its last client goes (`-noreset`): the repaint
/// test starts one app after another on it, and an app started while it reset found no server.
fn xvfb() -> (Killed, String) {
    use std::io::BufRead;
    let mut child = Command::new("Xvfb")
        .args(["-displayfd", "1", "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb is needed (scripts/setup.sh installs it)");
    let mut said = std::io::BufReader::new(child.stdout.take().unwrap());
    let server = Killed(child);
    let mut number = String::new();
    said.read_line(&mut number).unwrap();
    let number = number.trim().to_owned();
    assert!(!number.is_empty(), "Xvfb did not start");
    // Whatever else it writes is read, so it never blocks on a full pipe.
    std::thread::spawn(move || std::io::copy(&mut said, &mut std::io::sink()));
    (server, format!(":{number}"))
}

fn xdotool(display: &str, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("xdotool is needed (scripts/setup.sh installs it)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Rests the pointer off the window (right of and below it on the larger screen), where nothing
/// of the app is hovered, and gives the app time to repaint without the hover.
fn park(display: &str) {
    xdotool(display, &["mousemove", "1500", "950", "sleep", "2"]);
}

/// Moves the pointer there, lets a frame see it, and clicks as xdotool does: press and release
/// a few milliseconds apart, in one frame of a busy app.
fn click(display: &str, at: Pos2) {
    let (x, y) = (at.x.round().to_string(), at.y.round().to_string());
    xdotool(display, &["mousemove", &x, &y, "sleep", "0.5", "click", "1", "sleep", "1.5"]);
}

/// The example plan moved so that its first planned session is `today`, on disk.
fn plan_starting(today: NaiveDate) -> (tempfile::TempDir, PathBuf) {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/example.ron");
    let plan = comeback::file::load(&shipped).unwrap();
    let plan = plan.shifted(plan.days_to_start_on(today)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    comeback::file::save(&plan, &path).unwrap();
    (dir, path)
}

/// The app on `path` laid out by kittest as the window lays it out from its first frame.
fn harness(today: NaiveDate, path: &Path) -> Harness<'static, App> {
    let startup = Startup {
        today,
        file: Some(path.to_owned()),
        prefs: Prefs::default(),
        data_dir: None,
        desktop: false,
    };
    let mut h = Harness::builder()
        .with_size(SIZE + 2.0 * HARNESS_MARGIN)
        .with_context_setup(comeback::ui::theme::install_fonts)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), App::new(startup));
    h.run();
    h
}

/// Where a user clicks to log today's session done and tap its pain slider at 7 of 10, found
/// by doing the same in a harness of the window's size.
fn clicks(today: NaiveDate, path: &Path) -> (SessionId, [Pos2; 3]) {
    let mut h = harness(today, path);
    let day = format!(", {}", today.format("%a %-d %b"));
    let chip = h.query_all_by_label_contains(&day).next().unwrap().rect().center();
    h.get_all_by_label_contains(&day).next().unwrap().click();
    h.run();
    let id = h.state().view().selected.unwrap();
    let done = h.get_by_label("Done").rect().center();
    h.get_by_label("Done").click();
    h.run();
    let rail =
        h.query_all_by_role_and_label(egui::accesskit::Role::Slider, "Pain during").next().unwrap().rect();
    // The slider's handle travels the rail less a radius at each end.
    let radius = rail.height() / 2.5;
    let tap = egui::pos2(rail.left() + radius + 0.7 * (rail.width() - 2.0 * radius), rail.center().y);
    (id, [chip, done, tap].map(|at| at - HARNESS_MARGIN))
}

/// The app on `path`, its window at the screen's top-left corner, given time to paint its first
/// frames; `home` holds its preferences and autosave. It takes `today` for today, as the harness
/// does, whatever the machine's date.
fn start_app(display: &str, today: NaiveDate, path: &Path, home: &Path) -> (Killed, String) {
    let runtime = home.join("runtime");
    std::fs::create_dir_all(&runtime).unwrap();
    let app = Killed(
        Command::new(env!("CARGO_BIN_EXE_comeback"))
            .arg(path)
            .args(["--today", &today.to_string()])
            .env("DISPLAY", display)
            // English, as the harness that found the points to click speaks it.
            .env("LC_ALL", "C")
            .env_remove("WAYLAND_DISPLAY")
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_RUNTIME_DIR", &runtime)
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(home.join("stderr.txt")).unwrap())
            .spawn()
            .unwrap(),
    );
    let pid = app.0.id().to_string();
    let deadline = Instant::now() + Duration::from_secs(120);
    let window = loop {
        let found = xdotool(display, &["search", "--pid", &pid]);
        if let Some(w) = found.lines().last() {
            break w.to_owned();
        }
        if Instant::now() > deadline {
            let said = std::fs::read_to_string(home.join("stderr.txt")).unwrap_or_default();
            panic!("no window within 120 s with {today} for today; the app said: {said}");
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    xdotool(display, &["windowmove", &window, "0", "0"]);
    // The first frames of a debug build under software OpenGL take a few seconds.
    std::thread::sleep(Duration::from_secs(6));
    (app, window)
}

/// A click on the pain slider's rail in a real window sets the score where it landed: 0/10
/// before the click-sensing rail in `editor.rs`, as a runner logging a painful run found.
#[test]
#[ignore = "starts Xvfb and the app; run by the gate with --include-ignored"]
fn a_click_on_the_pain_rail_in_a_real_window_sets_the_score() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let today = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
    let (dir, path) = plan_starting(today);
    let (id, [chip, done, tap]) = clicks(today, &path);
    let (_server, display) = xvfb();
    let home = dir.path().join("home");
    let (_app, _window) = start_app(&display, today, &path, &home);
    click(&display, chip);
    click(&display, done);
    click(&display, tap);
    // Autosave writes a second after the last change.
    let autosave = home.join("data/comeback/recovery/autosave.ron");
    let deadline = Instant::now() + Duration::from_secs(20);
    let pain = loop {
        let during = comeback::file::load(&autosave).ok().and_then(|plan| {
            let session = plan.session(id)?;
            (session.status == Status::Done).then(|| session.pain.map(|p| p.during.get()))
        });
        match during {
            Some(Some(score)) => break score,
            _ if Instant::now() > deadline => panic!("no pain score was logged: autosave {during:?}"),
            _ => std::thread::sleep(Duration::from_millis(250)),
        }
    };
    assert_eq!(pain, 7, "the click landed at 7/10 of the rail");
}

/// The screen's pixels, as xwd dumps them.
fn screen(display: &str) -> Vec<u8> {
    let out = Command::new("xwd")
        .args(["-root", "-silent"])
        .env("DISPLAY", display)
        .output()
        .expect("xwd is needed (scripts/setup.sh installs x11-apps)");
    assert!(out.status.success(), "xwd failed: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// The screen once it stops changing: two dumps 300 ms apart alike, so a debug build on a busy
/// machine has finished the frames a move or a resize asked for (at most 30 s).
fn settled_screen(display: &str) -> Vec<u8> {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut last = screen(display);
    loop {
        std::thread::sleep(Duration::from_millis(300));
        let now = screen(display);
        if now == last || Instant::now() > deadline {
            return now;
        }
        last = now;
    }
}

/// Where two xwd dumps of the screen differ by more than rounding, if they do. The window paints
/// a whole frame straight to the screen and a partial one in an offscreen copy with an alpha
/// channel, where Mesa rounds anti-aliased edges differently, by a step or two of 255.
fn first_visible_difference(a: &[u8], b: &[u8]) -> Option<usize> {
    let word = |dump: &[u8], at: usize| u32::from_be_bytes(dump[at..at + 4].try_into().unwrap()) as usize;
    // The header's size, then the colour map's entries (12 bytes each) in its 20th field.
    let pixels = word(a, 0) + 12 * word(a, 76);
    if a.len() != b.len() || a[..pixels] != b[..pixels] {
        return Some(0);
    }
    (pixels..a.len()).find(|&i| a[i].abs_diff(b[i]) > 2)
}

/// The window repaints only what a pointer move changed (`eframe::damage`, Comeback's patch to
/// eframe), over the last frame kept offscreen. After moves that show and hide highlights and
/// tooltips, the screen must hold exactly what painting every pixel gives, which a resize
/// forces: a repaint that missed an edge or lost the kept frame leaves pixels that differ. After
/// another window covered part of it, the window must show the same again.
///
/// Both screens are taken with the pointer parked off the window, and the resize is made with
/// it there, on each day of a week taken for today. Until issue 30 the test planned from the
/// machine's date and took both screens with the pointer resting on today's chip: on a Sunday
/// that chip sits in the last day column, the resize to 1100×700 brought the side panel's
/// separator under the pointer, and the full repaint, the reference, showed the separator
/// highlighted while the partial repaint rightly did not. It failed on every Sunday, on a
/// reference that was wrong; a hover left under the pointer by a resize is not a repaint fault.
#[test]
#[ignore = "starts Xvfb and the app; run by the gate with --include-ignored"]
fn repainting_only_what_changed_shows_what_a_full_repaint_shows() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let (_server, display) = xvfb();
    for (n, today) in week().enumerate() {
        // Covering is the same on any day; once is enough.
        repaints_as_a_full_repaint_on(&display, today, n == 0);
    }
}

/// The repaint test with `today` taken for today; with `cover`, also the window covered and
/// uncovered.
fn repaints_as_a_full_repaint_on(display: &str, today: NaiveDate, cover: bool) {
    let (dir, path) = plan_starting(today);
    let h = harness(today, &path);
    let day = format!(", {}", today.format("%a %-d %b"));
    let chips: Vec<Pos2> = (1..14)
        .filter_map(|d| {
            let day = format!(", {}", (today + chrono::Days::new(d)).format("%a %-d %b"));
            h.query_all_by_label_contains(&day).next().map(|n| n.rect().center())
        })
        .take(6)
        .collect();
    assert!(chips.len() >= 3, "the example shows sessions to point at ({today})");
    let today_chip = h.query_all_by_label_contains(&day).next().unwrap().rect().center();
    let status_bar = h.get_by_label_contains("0 errors").rect().center();

    let (_app, window) = start_app(display, today, &path, &dir.path().join("home"));
    for at in chips.iter().chain([&status_bar, &today_chip]) {
        let at = *at - HARNESS_MARGIN;
        let (x, y) = (at.x.round().to_string(), at.y.round().to_string());
        xdotool(display, &["mousemove", &x, &y, "sleep", "0.6"]);
    }
    park(display);
    let partly_repainted = settled_screen(display);

    let size = SIZE.round();
    let (width, height) = (size.x.to_string(), size.y.to_string());
    xdotool(display, &["windowsize", &window, "1100", "700", "sleep", "3"]);
    xdotool(display, &["windowsize", &window, &width, &height, "sleep", "2"]);
    let fully_repainted = settled_screen(display);
    if let Some(offset) = first_visible_difference(&partly_repainted, &fully_repainted) {
        let kept = dir.keep();
        std::fs::write(kept.join("partly.xwd"), &partly_repainted).unwrap();
        std::fs::write(kept.join("fully.xwd"), &fully_repainted).unwrap();
        panic!(
            "with {today} for today, the partly repainted screen differs from a full repaint at byte \
             {offset}: both in {}",
            kept.display()
        );
    }
    if !cover {
        return;
    }
    // Another window over it and gone again: the server keeps no copy of what was covered (Xvfb
    // has no backing store) and asks for those pixels, while nothing in the frame changed, so only
    // the kept frame can answer. The pointer stays parked off the window, so no pointer event
    // repaints it instead.
    let before_cover = settled_screen(display);
    let cover = Killed(
        Command::new("xclock")
            .args(["-geometry", "500x400+100+100"])
            .env("DISPLAY", display)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("xclock is needed (scripts/setup.sh installs x11-apps)"),
    );
    std::thread::sleep(Duration::from_secs(2));
    drop(cover);
    std::thread::sleep(Duration::from_secs(1));
    let uncovered = settled_screen(display);
    if let Some(offset) = first_visible_difference(&before_cover, &uncovered) {
        let kept = dir.keep();
        std::fs::write(kept.join("before.xwd"), &before_cover).unwrap();
        std::fs::write(kept.join("uncovered.xwd"), &uncovered).unwrap();
        panic!("the window uncovered differs from before at byte {offset}: both in {}", kept.display());
    }
}
