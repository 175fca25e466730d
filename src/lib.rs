//! `report`: per-sector YAML → the official Vietnamese administrative report (báo cáo),
//! laid out as Decree 30/2020/NĐ-CP requires, as DOCX and Markdown.
//!
//! The pipeline, one module per stage:
//! [`load`] (files → parsed data with locations) → [`validate`] (→ checked [`model`] and
//! diagnostics) → [`layout`] (→ the typed [`document`]) → [`render`] (→ DOCX, Markdown).
//! [`build`] runs it for a data folder and writes the outputs.

pub mod build;
pub mod cli;
pub mod diagnostic;
pub mod document;
pub mod grid;
pub mod init;
pub mod journal;
pub mod layout;
pub mod load;
pub mod marks;
pub mod markup;
pub mod messages;
pub mod metadata;
pub mod model;
pub mod nd30;
pub mod numbering;
pub mod numbers;
pub mod outputs;
pub mod parallel;
pub mod pdf;
pub mod period;
pub mod prose;
pub mod render;
pub mod schema;
pub mod source;
pub mod style;
pub mod synthesis;
pub mod validate;
