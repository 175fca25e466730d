//! Stage 4, render: the document → output files. Both renderers take the same
//! [`Document`](crate::document::Document).

pub mod docx;
pub mod guarded;
pub mod isolated;
pub mod markdown;
pub mod md_escape;
pub mod templates;
