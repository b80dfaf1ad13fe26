//! Every word a person reads, in their language: Project Fluent catalogues under
//! `assets/i18n/<language>/`, one file per part of the app, compiled into the binary: `core`
//! (dates, counts), `rules` (findings, the method, the plan's own words), `paper` (PDF, PNG,
//! calendar files), `cli` (the command line, files read and written), and the window's `window`
//! (menus, dialogs, the shell), `editor` (the session editor, settings, commands) and `panels`
//! (the calendar and the side tabs).
//!
//! The bottom of the layers, so the model, the rules and the exports all speak through it. A
//! message is looked up in the reader's language and, where a translation is missing, in
//! English, for that message only. The language is the thread's (set by the app or the CLI at
//! start, by a test for itself); files never change with it: the plan file, CSV's columns, rule
//! ids and `--format json` are the same bytes in every language.

mod lang;
mod pseudo;

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use lang::Lang;

/// The arguments of a message, as [`t!`](crate::t) builds them.
pub type Args = FluentArgs<'static>;

/// The catalogue's files, in the order they are added to a language's bundle.
pub const FILES: [&str; 7] = ["core", "rules", "paper", "cli", "window", "editor", "panels"];

macro_rules! catalogue {
    ($lang:literal) => {
        [
            include_str!(concat!("../../assets/i18n/", $lang, "/core.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/rules.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/paper.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/cli.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/window.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/editor.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/panels.ftl")),
        ]
    };
}

/// The text of each language's files, as [`FILES`] names them (the guards in
/// `tests/headless/translations.rs` read them too).
pub fn sources(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::En | Lang::Pseudo => catalogue!("en"),
        Lang::De => catalogue!("de"),
        Lang::Es => catalogue!("es"),
    }
}

/// A message in this thread's language: `t!("weekly-cap-over")`, or with arguments,
/// `t!("weekly-cap-over", week = week_of(start), run = 12.5)`. Numbers are written the reader's
/// way (12,5 in German) and choose the plural; text arguments are put in as they are.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::message($id, None)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::Arg::value($value));)+
        $crate::i18n::message($id, Some(&args))
    }};
}

/// What a message's argument can be: a number (formatted and used for plurals) or text.
pub trait Arg {
    /// The value Fluent formats.
    fn value(self) -> FluentValue<'static>;
}

macro_rules! number_args {
    ($($t:ty),+) => {$(
        impl Arg for $t {
            fn value(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
    )+};
}
number_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

impl Arg for String {
    fn value(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self))
    }
}

impl Arg for &String {
    fn value(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.clone()))
    }
}

impl Arg for &str {
    fn value(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.to_owned()))
    }
}

impl Arg for Cow<'_, str> {
    fn value(self) -> FluentValue<'static> {
        FluentValue::String(Cow::Owned(self.into_owned()))
    }
}

thread_local! {
    static CURRENT: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language of threads that have not chosen one.
static DEFAULT: AtomicU8 = AtomicU8::new(0);

/// The language this thread writes in.
pub fn current() -> Lang {
    CURRENT.with(Cell::get).unwrap_or_else(|| Lang::from_index(DEFAULT.load(Ordering::Relaxed)))
}

/// Writes in `lang` from now on: this thread, and every thread that has not chosen its own (the
/// app's and the CLI's choice).
pub fn set(lang: Lang) {
    DEFAULT.store(lang.index(), Ordering::Relaxed);
    set_for_thread(lang);
}

/// Writes in `lang` on this thread only, whatever others chose (tests run side by side).
pub fn set_for_thread(lang: Lang) {
    CURRENT.with(|c| c.set(Some(lang)));
}

/// Runs `f` with this thread writing in `lang`, then goes back to what it wrote in before.
pub fn in_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = CURRENT.with(|c| c.replace(Some(lang)));
    let out = f();
    CURRENT.with(|c| c.set(before));
    out
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.iter().map(|&lang| bundle(lang)).collect())
}

fn bundle(lang: Lang) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.id()]);
    // Isolation marks would land in PDFs, calendar files and terminals as invisible characters.
    bundle.set_use_isolating(false);
    if lang.decimal_comma() {
        bundle.set_formatter(Some(lang::decimal_comma));
    }
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    for text in sources(lang) {
        // A file that does not parse, or repeats a message, is caught by the catalogue's tests;
        // what parsed is still used, so one slip does not silence a whole language.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _repeats = bundle.add_resource(resource);
    }
    bundle
}

/// The message `id` (or `id.attribute`) in this thread's language, else in English, else the id
/// itself (which the catalogue's tests do not let happen).
pub fn message(id: &str, args: Option<&Args>) -> String {
    let lang = current();
    format(lang, id, args).or_else(|| format(Lang::En, id, args)).unwrap_or_else(|| id.to_owned())
}

/// The message `id` in `lang` alone, if that language has it.
pub fn format(lang: Lang, id: &str, args: Option<&Args>) -> Option<String> {
    let bundle = bundles().get(usize::from(lang.index()))?;
    let (name, attribute) = match id.split_once('.') {
        Some((name, attribute)) => (name, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(name)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

/// `text` as the pseudo-language writes it, for tests that look for a label in any language:
/// "Week" → "Wéééék".
pub fn pseudo(text: &str) -> String {
    pseudo::transform(text).into_owned()
}

/// `value` with up to two decimals and no trailing zeros, as files write it in every language:
/// 3 → "3", 2.5 → "2.5", 0.25 → "0.25" (also `plan::fmt_num`).
pub fn plain_number(value: f64) -> String {
    // Adding 0.0 turns -0.0 (an empty sum, or -0.001 rounded) into 0.0, so nothing reads
    // "-0 / 16 mi".
    let rounded = (value * 100.0).round() / 100.0 + 0.0;
    let text = format!("{rounded:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// [`plain_number`] written the reader's way: "3.5" in English, "3,5" in German and Spanish.
/// Files never take this.
pub fn number(value: f64) -> String {
    let plain = plain_number(value);
    if current().decimal_comma() { plain.replace('.', ",") } else { plain }
}

/// `text` with its first letter a capital, for a phrase that starts a sentence or a label
/// ("über" → "Über"). The one place the app capitalises: a catalogue message says its own
/// capitals, so this is for phrases the code puts first.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// A count and its noun, plural unless the catalogue's rules for the language say otherwise: "1
/// error", "2 errors", "2 Fehler". The noun is the English one, the catalogue's key
/// `count-<noun>` (spaces as dashes) says it in each language; a noun the catalogue lacks is
/// counted the English way.
pub fn counted(n: usize, noun: &str) -> String {
    let key = format!("count-{}", noun.replace(' ', "-"));
    let mut args = Args::new();
    args.set("n", n);
    format(current(), &key, Some(&args))
        .or_else(|| format(Lang::En, &key, Some(&args)))
        .unwrap_or_else(|| english_count(n, noun))
}

fn english_count(n: usize, noun: &str) -> String {
    if n == 1 {
        return format!("1 {noun}");
    }
    // "activity" → "activities", but "day" → "days".
    match noun.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}

#[cfg(test)]
mod tests;
