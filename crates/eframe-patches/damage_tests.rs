//! The unit tests of the patched eframe's `damage` module, run with Comeback's own tests
//! (`cargo test --test eframe_damage`): the module's source, compiled here against the egui
//! Comeback builds with, tests itself with its `#[cfg(test)]` module.

// eframe's code keeps eframe's style, which indexes slices it has bounded itself.
#[allow(clippy::indexing_slicing)]
#[path = "../eframe/src/damage.rs"]
mod damage;
