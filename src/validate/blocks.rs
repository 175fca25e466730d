//! Blocks and appendices: each block one kind (a paragraph, a numbered list, a table,
//! checked in [`super::tables`]); appendices numbered, their orientation known, each
//! referred to from the text.

use std::path::Path;

use super::Checker;
use crate::diagnostic::Diagnostic;
use crate::load::files::{AppendixFile, BlockFile, StructuredBlock};
use crate::load::{LoadedReport, Text};
use crate::messages::{BlockMessage, Message};
use crate::model::*;
use crate::source::{FileId, Span};

impl<'a> Checker<'a> {
    pub(super) fn blocks(&mut self, file: FileId, blocks: &[BlockFile]) -> Vec<Block> {
        // as long as the list read, not the four a collected `filter_map` starts with: a
        // model has one or two blocks, 10,000 of them made 3 MB of room never used
        let mut out = Vec::with_capacity(blocks.len());
        for b in blocks {
            match b {
                // the units' texts: as many items as they have
                BlockFile::Structured(s, _)
                    if s.units_text.is_some() && s.numbered.is_none() && s.table.is_none() =>
                {
                    out.extend(self.units_text(file, s));
                }
                _ => out.extend(self.block(file, b)),
            }
        }
        out
    }

    fn block(&mut self, file: FileId, block: &BlockFile) -> Option<Block> {
        match block {
            BlockFile::Paragraph(text) => Some(Block::Paragraph(self.paragraph(file, text))),
            BlockFile::Structured(b, _) => match &**b {
                StructuredBlock {
                    numbered: Some(items),
                    table: None,
                    ..
                } => {
                    if items.is_empty() {
                        self.block_error(file, block, BlockMessage::EmptyList);
                    }
                    let items = items.iter().map(|t| self.inlines(file, t)).collect();
                    Some(Block::Numbered(items))
                }
                StructuredBlock {
                    numbered: None,
                    table: Some(table),
                    ..
                } => Some(Block::Table(self.table(file, table, block))),
                StructuredBlock {
                    numbered: None,
                    table: None,
                    keys: 1..,
                    ..
                } => {
                    // keys of its own only: each said by the structural check of the file
                    // (an unknown key, or a paragraph read as a key)
                    None
                }
                _ => {
                    self.block_error(file, block, BlockMessage::BlockKind);
                    None
                }
            },
        }
    }

    fn block_error(&mut self, file: FileId, block: &BlockFile, message: BlockMessage) {
        self.push(Message::Block(message), Span::new(file, block.range()));
    }

    /// The appendices, numbered in file order; their keys for `[Phụ lục: key]`.
    pub(super) fn appendices(&mut self, loaded: &LoadedReport) -> Vec<Appendix> {
        loaded
            .appendices
            .iter()
            .map(|(id, a)| self.appendix(*id, a))
            .collect()
    }

    fn appendix(&mut self, file: FileId, a: &AppendixFile) -> Appendix {
        self.definitions(file, &a.footnotes);
        self.gather_figures(file, &a.figures);
        let landscape = a
            .orientation
            .as_ref()
            .is_some_and(|o| self.orientation(file, o));
        Appendix {
            key: appendix_key(self.sources.path(file)),
            title: a.title.as_ref().map(|t| super::to_nfc(t.value().trim())),
            landscape,
            body: self.blocks(file, &a.body),
        }
    }

    /// `portrait` → false, `landscape` → true; anything else is an error.
    pub(super) fn orientation(&mut self, file: FileId, value: &Text) -> bool {
        match value.value().trim() {
            "portrait" => false,
            "landscape" => true,
            other => {
                let message = BlockMessage::Orientation {
                    value: other.into(),
                };
                self.push(Message::Block(message), Span::new(file, value.range()));
                false
            }
        }
    }

    /// Every `[Phụ lục: key]` names an appendix; every appendix is referred to.
    pub(super) fn check_appendix_refs(&mut self, appendices: &[Appendix]) {
        let known: Vec<&str> = appendices.iter().map(|a| a.key.as_str()).collect();
        let refs = std::mem::take(&mut self.appendix_refs);
        for (key, at) in &refs {
            if !known.contains(&key.as_str()) {
                let message = BlockMessage::AppendixRefUnknown {
                    key: key.clone(),
                    known: known.join(", "),
                };
                self.push(Message::Block(message), at.clone());
            }
        }
        for (a, id) in appendices.iter().zip(&self.appendix_files) {
            if !refs.iter().any(|(key, _)| *key == a.key) {
                let message = BlockMessage::AppendixUnused { key: a.key.clone() };
                let path = self.sources.path(*id).to_path_buf();
                self.diags
                    .push(Diagnostic::new(Message::Block(message), &path));
            }
        }
    }
}

/// An appendix's key: its file name without the extension and a leading order number
/// (`appendices/01-ngan-sach.yaml` → `ngan-sach`).
pub fn appendix_key(path: &Path) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let digits = stem.chars().take_while(char::is_ascii_digit).count();
    match stem[digits..].strip_prefix(['-', '_', '.', ' ']) {
        Some(rest) if digits > 0 && !rest.is_empty() => rest.to_string(),
        _ => stem.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appendix_keys_drop_the_order_number() {
        let key = |p: &str| appendix_key(Path::new(p));
        assert_eq!(key("appendices/01-ngan-sach.yaml"), "ngan-sach");
        assert_eq!(key("appendices/2_ap.yml"), "ap");
        assert_eq!(key("appendices/ngan-sach.yaml"), "ngan-sach");
        assert_eq!(key("appendices/2021.yaml"), "2021");
        assert_eq!(key("appendices/01-.yaml"), "01-");
    }
}
