//! What the tests share: a seeded generator and how many cases to try for the property tests,
//! and (with the window) the steps several window tests take.
// Each test binary compiles this module and uses part of it.
#![allow(dead_code, clippy::indexing_slicing)]

#[cfg(feature = "gui")]
pub mod window;

/// Sebastiano Vigna's splitmix64: tiny, seedable and good enough to pick plans and edits, so a
/// failure names its seed and replays.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// True with probability `percent` %.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// A distance on a quarter grid from 0.25 to `most`: exact sums and exact 10 % and 30 %
    /// steps, the boundaries where rounding used to flip a verdict, come up often.
    pub fn quarters(&mut self, most: u64) -> f64 {
        (self.below(most * 4) + 1) as f64 / 4.0
    }

    pub fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize].clone()
    }
}

/// How many cases to try: a few hundred in the normal suite, more with
/// `COMEBACK_PROPERTY_CASES=20000`.
pub fn cases() -> u64 {
    std::env::var("COMEBACK_PROPERTY_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(300)
}

/// Every text laid out on `pages`, in paint order: what paper shows, read without a PDF reader.
pub fn page_texts(pages: &[comeback::export::layout::Page]) -> Vec<String> {
    use comeback::export::layout::Shape;
    pages
        .iter()
        .flat_map(|p| &p.shapes)
        .filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}
