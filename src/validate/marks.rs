//! The optional marks (`marks:` in report.yaml): known urgency and circulation values, a
//! typist code in capitals with a positive number of copies, a draft round, and no number
//! on a draft (a document is numbered once signed, Decree 30/2020 Điều 15.2).

use super::{Checker, plain};
use crate::load::Text;
use crate::load::files::{MarksFile, Number};
use crate::marks::{Circulation, Contact, Marks, Typist, Urgency};
use crate::messages::{MarkMessage, Message};
use crate::source::FileId;

/// The most letters of a typist's code (the decree's example has two: `PL`).
const TYPIST_CODE_MAX: usize = 8;
/// The highest draft round taken for a real one.
const DRAFT_ROUND_MAX: f64 = 99.0;

impl Checker<'_> {
    pub(super) fn marks(&mut self, file: FileId, m: &MarksFile, number: Option<&Text>) -> Marks {
        let urgency = m.urgency.as_ref().and_then(|t| {
            let found = Urgency::parse(t.value());
            if found.is_none() {
                let message = MarkMessage::Urgency {
                    value: t.value().trim().into(),
                    allowed: Urgency::NAMES,
                };
                self.push(Message::Mark(message), t.span(file));
            }
            found
        });
        let circulation = m.circulation.as_ref().and_then(|t| {
            let found = Circulation::parse(t.value());
            if found.is_none() {
                let message = MarkMessage::Circulation {
                    value: t.value().trim().into(),
                    allowed: Circulation::NAMES,
                };
                self.push(Message::Mark(message), t.span(file));
            }
            found
        });
        let typist = m.typist.as_ref().and_then(|t| {
            let code = plain(&t.code).trim().to_string();
            let good_code = !code.is_empty()
                && code.chars().count() <= TYPIST_CODE_MAX
                && code.chars().all(|c| c.is_alphabetic() && !c.is_lowercase());
            if !good_code {
                let message = MarkMessage::TypistCode {
                    value: code.clone(),
                };
                self.push(Message::Mark(message), t.code.span(file));
            }
            let copies = whole(&t.copies, 1.0, u32::MAX as f64);
            if copies.is_none() {
                let message = MarkMessage::Copies {
                    value: shown(&t.copies),
                };
                self.push(Message::Mark(message), t.copies.span(file));
            }
            Some(Typist {
                code,
                copies: copies?,
            })
            .filter(|_| good_code)
        });
        let draft = m.draft.as_ref().and_then(|d| {
            let round = whole(d, 1.0, DRAFT_ROUND_MAX);
            if round.is_none() {
                let message = MarkMessage::DraftRound { value: shown(d) };
                self.push(Message::Mark(message), d.span(file));
            }
            round
        });
        if let (Some(true), Some(n)) = (m.electronic, number)
            && !n.value().trim().is_empty()
        {
            let message = MarkMessage::ElectronicNumbered {
                number: n.value().trim().into(),
            };
            self.push(Message::Mark(message), n.span(file));
        }
        if let (Some(_), Some(n)) = (&m.draft, number)
            && !n.value().trim().is_empty()
        {
            let message = MarkMessage::DraftNumbered {
                number: n.value().trim().into(),
            };
            self.push(Message::Mark(message), n.span(file));
        }
        // a contact line given blank would print its label and nothing
        let given = m
            .contact
            .iter()
            .flat_map(|c| [&c.address, &c.phone, &c.fax, &c.email, &c.website])
            .flatten();
        for t in given {
            self.required(file, t);
        }
        let text = |t: &Option<Text>| {
            t.as_ref()
                .map(|t| plain(t).trim().to_string())
                .filter(|s| !crate::load::text::is_blank(s))
        };
        let contact = m
            .contact
            .as_ref()
            .map(|c| Contact {
                address: text(&c.address),
                phone: text(&c.phone),
                fax: text(&c.fax),
                email: text(&c.email),
                website: text(&c.website),
            })
            .unwrap_or_default();
        Marks {
            urgency,
            circulation,
            typist,
            contact,
            draft,
            electronic: m.electronic == Some(true),
        }
    }
}

/// The number as a whole number within `min..=max`, if it is one.
fn whole(n: &Number, min: f64, max: f64) -> Option<u32> {
    let v = n.value();
    (v.fract() == 0.0 && (min..=max).contains(&v)).then_some(v as u32)
}

/// A number as the message shows it: `2`, `1.5`.
fn shown(n: &Number) -> String {
    n.value().to_string()
}
