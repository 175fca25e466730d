//! Test modules and their shared helpers.

mod ci;
mod cli;
mod corpus;
mod docx;
mod explain;
mod figures;
mod footnotes;
mod fuzz_regressions;
mod limits;
mod loader;
mod markdown;
mod markdown_structure;
mod marks;
mod metadata;
mod numeric;
mod output;
mod parallel;
mod pdf;
mod periods;
mod properties;
mod safety;
mod schema;
mod spreadsheets;
pub mod support;
mod tables;
mod watch;
mod yaml_errors;
