//! Reading settings (text size, font, spacing, measure, theme): the stored state and its panel.
pub mod language;
pub mod panel;
pub mod state;
