//! Property: whatever text a report holds, the Markdown read back by a CommonMark + GFM
//! parser (pulldown-cmark: tables, footnotes, strikethrough) has the block structure of
//! the document (tables and appendices included) and gives every text back unchanged. Text is compared with runs of
//! spaces, tabs and line breaks folded to one space: Markdown folds white space, and
//! the renderer writes a line break of the data as a space.

use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag};
use report::document::*;

/// A block of Markdown as read back: its kind and its text.
#[derive(Debug, Clone, PartialEq)]
enum Read {
    Paragraph(String),
    Heading(u8, String),
    List(Vec<String>),
    /// Rows of cells of lines (the lines of a cell are separated by `<br>`).
    Table(Vec<Vec<Vec<String>>>),
    Footnote(String, String),
    /// Anything else (a rule, a code block, HTML): never expected.
    Other(String),
}

fn fold(s: &str) -> String {
    s.split([' ', '\t', '\n', '\r'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The top-level blocks of `md`, with their text.
fn read_back(md: &str) -> Vec<Read> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut blocks = Vec::new();
    let mut depth = 0usize;
    let mut current: Option<Read> = None;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    current = Some(match &tag {
                        Tag::Paragraph => Read::Paragraph(String::new()),
                        Tag::Heading { level, .. } => Read::Heading(*level as u8, String::new()),
                        Tag::List(_) => Read::List(Vec::new()),
                        Tag::Table(_) => Read::Table(Vec::new()),
                        Tag::FootnoteDefinition(label) => {
                            Read::Footnote(label.to_string(), String::new())
                        }
                        other => Read::Other(format!("{other:?}")),
                    });
                } else {
                    match (current.as_mut(), &tag) {
                        (Some(Read::List(items)), Tag::Item) if depth == 1 => {
                            items.push(String::new())
                        }
                        (Some(Read::List(_)), Tag::Paragraph) if depth == 2 => {}
                        (Some(Read::Footnote(..)), Tag::Paragraph) if depth == 1 => {}
                        (Some(Read::Table(rows)), Tag::TableHead | Tag::TableRow) => {
                            rows.push(Vec::new())
                        }
                        (Some(Read::Table(rows)), Tag::TableCell) => {
                            if let Some(row) = rows.last_mut() {
                                row.push(vec![String::new()]);
                            }
                        }
                        (_, Tag::Emphasis | Tag::Strong) => {}
                        (_, other) => push(&mut current, &format!("<<{other:?}>>")),
                    }
                }
                depth += 1;
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    blocks.extend(current.take());
                }
            }
            Event::Text(t) => push(&mut current, &t),
            Event::SoftBreak | Event::HardBreak => push(&mut current, " "),
            Event::FootnoteReference(label) => push(&mut current, &format!("[^{label}]")),
            Event::InlineHtml(h) if &*h == "<br>" && matches!(current, Some(Read::Table(_))) => {
                if let Some(Read::Table(rows)) = current.as_mut()
                    && let Some(cell) = rows.last_mut().and_then(|r| r.last_mut())
                {
                    cell.push(String::new());
                }
            }
            other if depth == 0 => blocks.push(Read::Other(format!("{other:?}"))),
            other => push(&mut current, &format!("<<{other:?}>>")),
        }
    }
    blocks.into_iter().map(folded).collect()
}

fn push(current: &mut Option<Read>, text: &str) {
    match current {
        Some(Read::Paragraph(s) | Read::Heading(_, s) | Read::Footnote(_, s) | Read::Other(s)) => {
            s.push_str(text)
        }
        Some(Read::List(items)) => {
            if let Some(item) = items.last_mut() {
                item.push_str(text)
            }
        }
        Some(Read::Table(rows)) => {
            if let Some(line) = rows
                .last_mut()
                .and_then(|r| r.last_mut())
                .and_then(|c| c.last_mut())
            {
                line.push_str(text)
            }
        }
        None => {}
    }
}

/// Every text folded; the empty lines of table cells (`<br><br>`) dropped.
fn folded(block: Read) -> Read {
    match block {
        Read::Paragraph(s) => Read::Paragraph(fold(&s)),
        Read::Heading(l, s) => Read::Heading(l, fold(&s)),
        Read::List(items) => Read::List(items.iter().map(|s| fold(s)).collect()),
        Read::Footnote(l, s) => Read::Footnote(l, fold(&s)),
        Read::Table(rows) => Read::Table(
            rows.into_iter()
                .map(|row| {
                    row.into_iter()
                        .map(|cell| {
                            cell.iter()
                                .map(|l| fold(l))
                                .filter(|l| !l.is_empty())
                                .collect()
                        })
                        .collect()
                })
                .collect(),
        ),
        other => other,
    }
}

fn span(text: &str, bold: bool, italic: bool) -> Span {
    Span::Text {
        text: text.into(),
        bold,
        italic,
    }
}

/// A document with `t` in every text field, shaped as layout shapes one: markers from
/// the numbering styles, two addressees punctuated `- …;` / `- ….`, every block kind,
/// emphasis and footnote references.
fn document(t: &str) -> Document {
    let mut doc = super::support::document_with(t);
    doc.addressees = vec![format!("- {t};"), format!("- {t}.")];
    let block = |role, marker: Option<&str>, spans| {
        Block::Paragraph(Paragraph {
            role,
            marker: marker.map(String::from),
            spans,
        })
    };
    doc.body = vec![
        block(Role::SectionHeading, Some("I."), vec![span(t, true, false)]),
        block(Role::SectorHeading, Some("1."), vec![span(t, false, true)]),
        block(
            Role::Paragraph,
            None,
            vec![span(t, false, true), Span::FootnoteRef { number: 1 }],
        ),
        block(
            Role::Paragraph,
            Some("1)"),
            vec![
                span(t, false, false),
                span(t, true, false),
                span(t, true, true),
            ],
        ),
        block(Role::Item, Some("-"), vec![span(t, false, false)]),
        block(
            Role::Item,
            Some("-"),
            vec![span(t, true, false), Span::FootnoteRef { number: 2 }],
        ),
        block(Role::Paragraph, None, vec![span(t, false, false)]),
        Block::Table(Box::new(super::support::hostile_table(t, false))),
    ];
    doc.appendices = vec![Appendix {
        heading: "Phụ lục I".into(),
        title: Some(t.into()),
        reference: t.into(),
        landscape: false,
        body: vec![block(Role::Paragraph, None, vec![span(t, false, false)])],
    }];
    doc.footnotes = vec![
        Footnote {
            number: 1,
            spans: vec![span(t, false, false)],
        },
        Footnote {
            number: 2,
            spans: vec![span(t, false, true), span(t, false, false)],
        },
    ];
    doc
}

/// What the built-in templates must give for [`document`]`(t)`.
fn expected(t: &str) -> Vec<Read> {
    let f = |s: &str| fold(s);
    let lines = |v: &[&str]| v.iter().map(|s| f(s)).collect::<Vec<_>>();
    vec![
        Read::Table(vec![
            // two parent agency lines and the agency
            vec![lines(&[t, t, t]), lines(&[t, t])],
            vec![lines(&[t]), lines(&[t])],
        ]),
        Read::Paragraph(f(t)),
        Read::Paragraph(f(t)),
        Read::Paragraph("Kính gửi:".into()),
        Read::List(vec![f(&format!("{t};")), f(&format!("{t}."))]),
        Read::Heading(2, f(&format!("I. {t}"))),
        Read::Heading(3, f(&format!("1. {t}"))),
        Read::Paragraph(f(&format!("{t}[^1]"))),
        Read::Paragraph(f(&format!("1) {t}{t}{t}"))),
        Read::List(vec![f(t), f(&format!("{t}[^2]"))]),
        Read::Paragraph(f(t)),
        // the body's table: its title and unit, then three rows of three cells
        Read::Paragraph(f(t)),
        Read::Paragraph(f(t)),
        Read::Table(vec![vec![lines(&[t]), lines(&[t]), lines(&[t])]; 3]),
        Read::Table(vec![vec![lines(&["Nơi nhận:", t]), lines(&[t, t])]]),
        Read::Heading(2, "Phụ lục I".into()),
        Read::Paragraph(f(t)),
        Read::Paragraph(f(t)),
        Read::Paragraph(f(t)),
        Read::Footnote("1".into(), f(t)),
        Read::Footnote("2".into(), f(&format!("{t}{t}"))),
    ]
}

/// Text made of what Markdown reads as structure, with plain words between.
pub fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("Thử nghiệm ".to_string()),
        prop::sample::select(vec![
            "```",
            "~~~",
            "``",
            "`x`",
            "---",
            "***",
            "___",
            "===",
            "- - -",
            "    mã",
            "\tmã",
            "1.\tx",
            "1. x",
            "1) x",
            "1.",
            "+\tx",
            "+ x",
            "- x",
            "* x",
            "# x",
            "## x",
            "#",
            "<div>",
            "<b>x</b>",
            "<!-- c -->",
            "<http://a.b>",
            "&amp;",
            "&#38;",
            "&copy",
            "& ",
            "[^k]: giả",
            "[^1]",
            "[x]: /url",
            "[a](b)",
            "![i](s)",
            "> trích",
            "|",
            "| a | b |",
            "|---|",
            ":--",
            "-|-",
            "\\",
            "\\*",
            "**đậm**",
            "_n_",
            "*n*",
            "~~gạch~~",
            "\n",
            "\r\n",
            "\n\n",
            "\n[^k]: giả",
            "\n    mã",
            "\n---",
            "\n===",
            "\n# x",
            "\n- x",
            "\n1. x",
            "\n>",
            " ",
            "  ",
            "\u{a0}",
            "!",
            "^",
            "$x$",
            ":",
            "=",
            "đ",
            "Ủy",
            "x",
        ])
        .prop_map(String::from),
        any::<char>()
            .prop_filter("printable", |c| !c.is_control())
            .prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(pieces, 1..10)
        .prop_map(|v| v.concat())
        .prop_filter("some text", |s| !fold(s).is_empty())
}

fn check(t: &str) -> Result<(), TestCaseError> {
    let tera = report::render::templates::load(None).unwrap();
    let md = report::render::markdown::render(&document(t), &tera).unwrap();
    // the build writes the built-in templates without Tera: the same bytes
    let native = report::render::markdown::render_built_in(&document(t));
    prop_assert!(native == md, "{:?}\n{}\n---\n{}", t, md, native);
    let got = read_back(&md);
    let want = expected(t);
    prop_assert_eq!(
        got.len(),
        want.len(),
        "{:?}\n{}\n{:#?}\n{:#?}",
        t,
        md,
        got,
        want
    );
    for (g, w) in got.iter().zip(&want) {
        prop_assert_eq!(g, w, "{:?}\n{}", t, md);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn hostile_text_keeps_the_structure_and_comes_back_unchanged(t in hostile_text()) {
        check(&t)?;
    }
}

/// The attacks of issue 10, each once, whatever the generator draws.
#[test]
fn each_attack_of_the_issue_keeps_the_structure() {
    for t in [
        "~~~",
        "```",
        "---",
        "***",
        "Đoạn\n===",
        "    mã",
        "1.\tx",
        "+\tx",
        "# x",
        "<b>x</b>",
        "&amp;",
        "Đoạn\n[^k]: giả",
        "a | b",
        "a\\|b",
        "*\\",
    ] {
        check(t).unwrap_or_else(|e| panic!("{t:?}: {e}"));
    }
}

#[test]
fn templates_escape_raw_fields_with_the_same_function() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("report.md"),
        "{{ doc.title.summary | escape_md }}\n\n| {{ doc.title.summary | escape_md(cell=true) }} |\n|---|\n",
    )
    .unwrap();
    let tera = report::render::templates::load(Some(dir.path())).unwrap();
    let md = report::render::markdown::render(&document("~~~ a|b"), &tera).unwrap();
    assert_eq!(md, "\\~\\~\\~ a|b\n\n| \\~\\~\\~ a\\|b |\n|---|\n");
    assert_eq!(
        read_back(&md),
        [
            Read::Paragraph("~~~ a|b".into()),
            Read::Table(vec![vec![vec!["~~~ a|b".into()]]])
        ]
    );
}
