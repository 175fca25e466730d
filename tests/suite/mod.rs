//! Test modules and their shared helpers.

mod cli;
mod docx;
mod footnotes;
mod loader;
mod markdown;
pub mod support;
