//! A generic YAML tree in which every node and key keeps its place, read before the
//! typed structures so that the shape of a file (unknown, missing and mistyped keys) can be
//! checked whole, every problem at once, rather than stopping at serde's first error.

use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// A YAML node with its place.
pub type Spot<T> = Spanned<T>;

/// A YAML node.
#[derive(Debug)]
pub enum Node {
    Null,
    /// A string scalar (plain or quoted).
    Text(String),
    /// A number or boolean scalar.
    Number,
    List(Vec<Spot<Node>>),
    Map(Vec<(Spot<String>, Spot<Node>)>),
}

/// The byte range of a node or key in its file.
pub fn range<T>(spot: &Spot<T>) -> Range<usize> {
    crate::source::range_of(&spot.referenced)
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML node")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Text(v.into()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
        Ok(Node::Text(v))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Node, E> {
        Ok(Node::Number)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Node, E> {
        Ok(Node::Number)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Node, E> {
        Ok(Node::Number)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Node, E> {
        Ok(Node::Number)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Node::Map(entries))
    }
}

/// Calls `f` on every text scalar of the tree (values, not keys), with its place.
pub fn each_text<'a>(node: &'a Spot<Node>, f: &mut impl FnMut(&'a str, Range<usize>)) {
    match &node.value {
        Node::Text(s) => f(s, range(node)),
        Node::List(items) => items.iter().for_each(|n| each_text(n, f)),
        Node::Map(entries) => entries.iter().for_each(|(_, n)| each_text(n, f)),
        Node::Null | Node::Number => {}
    }
}
