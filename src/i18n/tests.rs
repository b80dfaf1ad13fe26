use super::*;

#[test]
fn numbers_take_the_readers_decimal_mark() {
    let rows = [(Lang::En, "3.5"), (Lang::De, "3,5"), (Lang::Es, "3,5"), (Lang::Pseudo, "3.5")];
    for (lang, expected) in rows {
        assert_eq!(in_lang(lang, || number(3.5)), expected, "{lang:?}");
        assert_eq!(in_lang(lang, || number(-0.001)), "0", "{lang:?}");
        assert_eq!(in_lang(lang, || number(12.0)), "12", "{lang:?}");
    }
}

#[test]
fn counts_follow_each_languages_plurals() {
    let rows = [
        (Lang::En, 1, "week", "1 week"),
        (Lang::En, 2, "week", "2 weeks"),
        (Lang::En, 2, "activity", "2 activities"),
        (Lang::En, 0, "error", "0 errors"),
        (Lang::De, 1, "week", "1 Woche"),
        (Lang::De, 3, "week", "3 Wochen"),
        (Lang::De, 2, "error", "2 Fehler"),
        (Lang::Es, 1, "session", "1 sesión"),
        (Lang::Es, 4, "session", "4 sesiones"),
        (Lang::Es, 2, "full rest day", "2 días de descanso completo"),
    ];
    for (lang, n, noun, expected) in rows {
        assert_eq!(in_lang(lang, || counted(n, noun)), expected, "{lang:?} {n} {noun}");
    }
    // A noun the catalogue does not have is counted the English way rather than lost.
    assert_eq!(in_lang(Lang::De, || counted(2, "lap")), "2 laps");
}

#[test]
fn a_number_argument_is_written_the_readers_way() {
    assert_eq!(in_lang(Lang::De, || t!("month-short", month = 3)), "März");
    assert_eq!(in_lang(Lang::Es, || t!("weekday-long", day = 3_u32)), "miércoles");
    assert_eq!(in_lang(Lang::De, || t!("count-time", n = 2)), "2-mal");
}

#[test]
fn the_pseudo_language_is_longer_and_accented_but_keeps_its_arguments() {
    let english =
        in_lang(Lang::En, || t!("date-long", weekday = "Thursday", day = 3, month = "May", year = 2026));
    let pseudo = in_lang(Lang::Pseudo, || t!("count-session", n = 12));
    assert_eq!(english, "Thursday 3 May 2026");
    assert_eq!(pseudo, "12 šééššííóóñš");
    assert!(pseudo.chars().count() > "12 sessions".len());
}

#[test]
fn an_unknown_message_shows_its_id_and_a_thread_keeps_its_own_language() {
    assert_eq!(message("no-such-message", None), "no-such-message");
    set_for_thread(Lang::Es);
    let other = std::thread::spawn(|| in_lang(Lang::De, || counted(2, "day")));
    assert_eq!(other.join().ok().as_deref(), Some("2 Tage"));
    assert_eq!(counted(2, "day"), "2 días");
    set_for_thread(Lang::En);
}

#[test]
fn locales_name_the_language_they_ask_for() {
    let rows = [
        ("de_DE.UTF-8", Some(Lang::De)),
        ("es-MX", Some(Lang::Es)),
        ("en_GB.utf8", Some(Lang::En)),
        ("de_AT@euro", Some(Lang::De)),
        ("pseudo", Some(Lang::Pseudo)),
        ("fr_FR.UTF-8", None),
        ("C", None),
        ("", None),
    ];
    for (tag, expected) in rows {
        assert_eq!(Lang::from_tag(tag), expected, "{tag}");
    }
}
