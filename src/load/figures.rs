//! Named figures as a clerk writes them (`figures:` in report.yaml, a sector or an
//! appendix): a number, or a mapping with a value, a unit and how it prints, or one of
//! the computations of other figures (sum, difference, ratio, percent). Text refers to a
//! figure by name, `[=ten]`. The `///` comments are the Vietnamese descriptions of the
//! JSON Schema.

use std::fmt;
use std::ops::Range;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_saphyr::{Location, Spanned};

use super::located::{Number, Text, location_range};

/// The figures of one file, in the order written: name → definition.
#[derive(Debug, Clone, Default)]
pub struct Figures(pub Vec<(String, FigureFile)>);

impl<'de> Deserialize<'de> for Figures {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Figures, D::Error> {
        ordered_entries(d, "figure name: value").map(Figures)
    }
}

/// The entries of a mapping of names, in the order written (a `figures:` map, of a file
/// or of a table); nothing written (`figures:`) is none.
pub fn ordered_entries<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
    expecting: &'static str,
) -> Result<Vec<(String, T)>, D::Error> {
    struct Entries<T>(&'static str, std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for Entries<T> {
        type Value = Vec<(String, T)>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut entries = Vec::new();
            while let Some(entry) = map.next_entry::<String, T>()? {
                entries.push(entry);
            }
            Ok(entries)
        }
    }
    d.deserialize_map(Entries(expecting, std::marker::PhantomData))
}

impl JsonSchema for Figures {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Figures".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let figure = generator.subschema_for::<FigureFile>();
        json_schema!({
            "type": "object",
            "description": "Số liệu có tên, dùng trong văn bản và bảng bằng `[=ten]`: `ten: 1250` hoặc `ten: {value: 1250, unit: hộ}`, hoặc tính từ số liệu khác: `{sum: [a, b]}`, `{difference: [a, b]}`, `{ratio: [a, b]}`, `{percent: [a, b], decimals: 1}`.",
            "additionalProperties": figure
        })
    }
}

/// One figure, with its place.
#[derive(Debug, Clone)]
pub struct FigureFile {
    pub definition: FigureMap,
    pub at: Location,
}

impl FigureFile {
    pub fn range(&self) -> Range<usize> {
        location_range(&self.at)
    }
}

/// A figure written out: exactly one of `value`, `sum`, `difference`, `ratio`, `percent`,
/// `change`, `multiply`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct FigureMap {
    /// Giá trị, ví dụ 1250 hoặc 65.2.
    #[serde(default)]
    pub value: Option<Number>,
    /// Tổng các số liệu được nêu, ví dụ [thu-thue, thu-khac].
    #[serde(default)]
    pub sum: Option<Vec<Text>>,
    /// Hiệu của hai số liệu: [a, b] là a − b.
    #[serde(default)]
    pub difference: Option<Vec<Text>>,
    /// Tỷ số của hai số liệu: [a, b] là a / b.
    #[serde(default)]
    pub ratio: Option<Vec<Text>>,
    /// Tỷ lệ phần trăm: [a, b] là a / b × 100, in kèm dấu "%".
    #[serde(default)]
    pub percent: Option<Vec<Text>>,
    /// So sánh với kỳ trước: tên số liệu; in "tăng 12,5%", "giảm 3,2%" hoặc "bằng" (tỷ lệ thay đổi so với cùng số liệu của kỳ `with`).
    #[serde(default)]
    pub change: Option<Text>,
    /// Kỳ so sánh của `change`: "previous" (kỳ trước, mặc định) hoặc "previous_year" (cùng kỳ năm trước).
    #[serde(default)]
    pub with: Option<Text>,
    /// Cách in của `change`: "percent" (tỷ lệ, mặc định: "tăng 12,5%") hoặc "amount" (mức tăng, giảm: "giảm 06 hộ", "tăng 120 triệu đồng").
    #[serde(default, rename = "as")]
    pub as_: Option<Text>,
    /// Nhân một số liệu với một hằng số, ví dụ để đổi đơn vị (tấn/ha → tạ/ha): tên số liệu, với `by`.
    #[serde(default)]
    pub multiply: Option<Text>,
    /// Hằng số nhân của `multiply`, ví dụ 10.
    #[serde(default)]
    pub by: Option<Number>,
    /// Trong báo cáo tổng hợp: số liệu cùng tên (hoặc tên `of`) của các đơn vị, gộp lại: "sum" (tổng), "count" (số đơn vị có số liệu), "min", "max" (nhỏ nhất, lớn nhất), "mean" (bình quân) hoặc "share" (tỷ lệ % đơn vị có số liệu khác 0). Đơn vị thiếu số liệu được kể tên, không tính là 0.
    #[serde(default)]
    pub units: Option<Text>,
    /// Tên số liệu của các đơn vị mà `units` gộp lại (mặc định: cùng tên).
    #[serde(default)]
    pub of: Option<Text>,
    /// Đơn vị in sau số (tùy chọn), ví dụ "hộ", "triệu đồng".
    #[serde(default)]
    pub unit: Option<Text>,
    /// Số chữ số sau dấu phẩy khi in, làm tròn nửa lên (mặc định: như đã viết; tổng, hiệu: như số liệu thành phần; tỷ số: 2; phần trăm: 1).
    #[serde(default)]
    pub decimals: Option<Number>,
    /// In số dưới 10 có số 0 đứng trước ("08 Hội quán"), theo thói quen của báo cáo.
    #[serde(default)]
    pub pad: Option<bool>,
}

enum FigureRaw {
    Number(f64),
    Map(Box<FigureMap>),
    Other,
}

struct FigureVisitor;

impl<'de> Visitor<'de> for FigureVisitor {
    type Value = FigureRaw;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number or a figure mapping")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<FigureRaw, E> {
        Ok(FigureRaw::Number(v as f64))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<FigureRaw, E> {
        Ok(FigureRaw::Number(v as f64))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<FigureRaw, E> {
        Ok(FigureRaw::Number(v))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<FigureRaw, E> {
        Ok(FigureRaw::Other)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<FigureRaw, E> {
        Ok(FigureRaw::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<FigureRaw, E> {
        Ok(FigureRaw::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<FigureRaw, A::Error> {
        FigureMap::deserialize(MapAccessDeserializer::new(map)).map(|m| FigureRaw::Map(Box::new(m)))
    }
}

impl<'de> Deserialize<'de> for FigureRaw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<FigureRaw, D::Error> {
        d.deserialize_any(FigureVisitor)
    }
}

impl<'de> Deserialize<'de> for FigureFile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<FigureFile, D::Error> {
        let spanned = Spanned::<FigureRaw>::deserialize(d)?;
        let at = spanned.referenced;
        let definition = match spanned.value {
            FigureRaw::Number(v) => FigureMap {
                value: Some(Number(Spanned::new(v, at, spanned.defined))),
                ..FigureMap::default()
            },
            FigureRaw::Map(m) => *m,
            // a text or nothing: a figure with no definition, said by validation
            FigureRaw::Other => FigureMap::default(),
        };
        Ok(FigureFile { definition, at })
    }
}

impl JsonSchema for FigureFile {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Figure".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let map = generator.subschema_for::<FigureMap>();
        json_schema!({
            "description": "Một số liệu: một số, hoặc một nhóm khóa (value, unit, decimals, pad, hoặc một phép tính sum/difference/ratio/percent).",
            "anyOf": [ { "type": "number" }, map ]
        })
    }
}
