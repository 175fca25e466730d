//! Blocks of body text as a clerk writes them, wherever body text goes (a section's body,
//! a sector's intro and after, a model's body, an appendix): a string is a paragraph
//! (`- ` or `+ ` at its start make it an item), a mapping is a numbered list or a table.
//! Tables, their columns and cells, and the files their rows may come from are here too.
//! The `///` comments are the Vietnamese descriptions of the JSON Schema.

use std::fmt;
use std::ops::Range;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_saphyr::{Location, Spanned};

use super::located::{Footnotes, Number, Text, location_range};

/// One block of body text.
#[derive(Debug, Clone)]
pub enum BlockFile {
    /// A paragraph, or a dash or plus item when it starts with `- ` or `+ `.
    Paragraph(Text),
    /// A mapping: a numbered list or a table (exactly one of its keys), with its place.
    Structured(Box<StructuredBlock>, Location),
}

impl BlockFile {
    /// The bytes of the block in its file.
    pub fn range(&self) -> Range<usize> {
        match self {
            BlockFile::Paragraph(t) => t.range(),
            BlockFile::Structured(_, at) => location_range(at),
        }
    }
}

/// The keys of a block that is not a plain paragraph; exactly one of them is written.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct StructuredBlock {
    /// Các ý được đánh số tự động theo `numbering.items` (mặc định "a)"), mỗi phần tử một ý.
    #[serde(default)]
    pub numbered: Option<Vec<Text>>,
    /// Một bảng số liệu.
    #[serde(default)]
    pub table: Option<TableFile>,
    /// Trong báo cáo tổng hợp: khó khăn hoặc đề xuất của các đơn vị, mỗi ý một gạch đầu dòng mở đầu bằng tên đơn vị, ví dụ `{units_text: difficulties, sector: kinh-te}`.
    #[serde(default)]
    pub units_text: Option<Text>,
    /// Lĩnh vực của `units_text`: tên tệp lĩnh vực của đơn vị bỏ số thứ tự và đuôi .yaml, ví dụ "kinh-te" cho 01-kinh-te.yaml (mặc định: mọi lĩnh vực).
    #[serde(default)]
    pub sector: Option<Text>,
    /// How many keys the mapping held, known or not (`{}` holds none).
    #[serde(skip)]
    #[schemars(skip)]
    pub keys: usize,
}

/// A mapping that counts its keys as they are read.
struct Counting<'c, A> {
    inner: A,
    keys: &'c std::cell::Cell<usize>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Counting<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let key = self.inner.next_key_seed(seed)?;
        if key.is_some() {
            self.keys.set(self.keys.get() + 1);
        }
        Ok(key)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, A::Error> {
        self.inner.next_value_seed(seed)
    }
}

enum BlockValue {
    Text(String),
    Map(Box<StructuredBlock>),
}

impl<'de> Deserialize<'de> for BlockValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<BlockValue, D::Error> {
        d.deserialize_any(BlockVisitor)
    }
}

struct BlockVisitor;

impl<'de> Visitor<'de> for BlockVisitor {
    type Value = BlockValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a paragraph or a mapping with `numbered` or `table`")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<BlockValue, E> {
        Ok(BlockValue::Text(v.into()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<BlockValue, E> {
        Ok(BlockValue::Text(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<BlockValue, E> {
        Ok(BlockValue::Text(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<BlockValue, E> {
        Ok(BlockValue::Text(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<BlockValue, E> {
        Ok(BlockValue::Text(v.to_string()))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<BlockValue, E> {
        Ok(BlockValue::Text(v.to_string()))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<BlockValue, A::Error> {
        let keys = std::cell::Cell::new(0);
        let counting = Counting {
            inner: map,
            keys: &keys,
        };
        let mut block = StructuredBlock::deserialize(MapAccessDeserializer::new(counting))?;
        block.keys = keys.get();
        Ok(BlockValue::Map(Box::new(block)))
    }
}

impl<'de> Deserialize<'de> for BlockFile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<BlockFile, D::Error> {
        let spanned = Spanned::<BlockValue>::deserialize(d)?;
        Ok(match spanned.value {
            BlockValue::Text(text) => BlockFile::Paragraph(Text(Spanned::new(
                text,
                spanned.referenced,
                spanned.defined,
            ))),
            BlockValue::Map(block) => BlockFile::Structured(block, spanned.referenced),
        })
    }
}

impl JsonSchema for BlockFile {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Block".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let structured = generator.subschema_for::<StructuredBlock>();
        json_schema!({
            "description": "Một khối nội dung: một chuỗi là một đoạn (bắt đầu bằng \"- \" hoặc \"+ \" là một gạch đầu dòng); một nhóm khóa là danh sách đánh số (`numbered`) hoặc bảng (`table`).",
            "anyOf": [
                { "type": "string" },
                structured
            ]
        })
    }
}

/// Một bảng số liệu.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TableFile {
    /// Tên bảng, in đậm, căn giữa phía trên bảng (tùy chọn).
    #[serde(default)]
    pub title: Option<Text>,
    /// Dòng đơn vị tính, in nghiêng, căn phải phía trên bảng, ví dụ "Đơn vị tính: triệu đồng" (tùy chọn).
    #[serde(default)]
    pub unit: Option<Text>,
    /// Các cột, từ trái sang phải: độ rộng tương đối, căn lề, số chữ số thập phân.
    #[schemars(with = "Vec<ColumnFile>")]
    pub columns: Spanned<Vec<ColumnFile>>,
    /// Các dòng tiêu đề (in đậm, lặp lại ở đầu mỗi trang); ô gộp viết `{text: "...", cols: 2}` hoặc `rows: 2`.
    #[serde(default)]
    pub header: Vec<RowFile>,
    /// Các dòng số liệu; mỗi dòng là danh sách các ô (chữ hoặc số).
    #[serde(default)]
    pub rows: Vec<RowFile>,
    /// Lấy thêm các dòng số liệu từ một tệp CSV hoặc XLSX trong thư mục dữ liệu (sau các dòng `rows`).
    #[serde(default)]
    pub rows_from: Option<RowsFromFile>,
    /// Trong báo cáo tổng hợp: thêm một dòng cho mỗi đơn vị đã báo cáo (sau các dòng `rows`): số thứ tự, tên đơn vị, (tình trạng báo cáo, nếu `status`), rồi các số liệu của đơn vị theo thứ tự `figures`; ô của đơn vị thiếu số liệu để trống.
    #[serde(default)]
    #[schemars(with = "Option<UnitRowsFile>")]
    pub units: Option<Spanned<UnitRowsFile>>,
    /// Dòng tổng cộng, tính tự động từ các cột số được nêu.
    #[serde(default)]
    pub total: Option<TotalFile>,
    /// Chú thích dùng trong các ô của bảng.
    #[serde(default)]
    pub footnotes: Footnotes,
    /// Đặt tên cho số dòng số liệu của bảng như một số liệu, dùng bằng `[=ten]`, ví dụ "so-cong-trinh".
    #[serde(default)]
    pub count_figure: Option<Text>,
    /// Số liệu có tên lấy từ bảng, dùng trong văn bản bằng `[=ten]`: một ô (`{row: "1", column: 3}`: dòng có STT hoặc cột đầu là "1", cột 3), hoặc số dòng thỏa điều kiện (`{count: 5, equals: "Hoàn thành"}`, `{count: 6, at_least: 100}`).
    #[serde(default)]
    pub figures: TableFigures,
}

/// The figures a table names, in the order written: name → what of the table.
#[derive(Debug, Clone, Default)]
pub struct TableFigures(pub Vec<(String, TableFigureFile)>);

impl<'de> Deserialize<'de> for TableFigures {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TableFigures, D::Error> {
        super::figures::ordered_entries(d, "figure name: {row, column} or {count, equals}")
            .map(TableFigures)
    }
}

impl JsonSchema for TableFigures {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TableFigures".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let figure = generator.subschema_for::<TableFigureMap>();
        json_schema!({
            "type": "object",
            "description": "Số liệu có tên lấy từ bảng: `ten: {row: \"1\", column: 3}` (một ô) hoặc `ten: {count: 5, equals: \"Hoàn thành\"}` (số dòng thỏa điều kiện).",
            "additionalProperties": figure
        })
    }
}

/// A figure a table names, with its place.
#[derive(Debug, Clone)]
pub struct TableFigureFile {
    pub definition: TableFigureMap,
    pub at: Location,
}

impl TableFigureFile {
    pub fn range(&self) -> Range<usize> {
        location_range(&self.at)
    }
}

impl<'de> Deserialize<'de> for TableFigureFile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TableFigureFile, D::Error> {
        let spanned = Spanned::<TableFigureMap>::deserialize(d)?;
        Ok(TableFigureFile {
            definition: spanned.value,
            at: spanned.referenced,
        })
    }
}

/// Một số liệu lấy từ bảng: một ô (`row` và `column`), hoặc số dòng thỏa điều kiện (`count` và một điều kiện).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TableFigureMap {
    /// Dòng của ô: chữ ở cột STT (cột đầu) của dòng số liệu, ví dụ "1" hoặc "Xã Tân Phú".
    #[serde(default)]
    pub row: Option<CellScalar>,
    /// Cột của ô (số thứ tự, đếm từ 1).
    #[serde(default)]
    pub column: Option<Number>,
    /// Đếm số dòng số liệu theo cột này (số thứ tự, đếm từ 1): các ô bằng `equals`, hoặc từ `at_least`, hoặc đến `at_most`; không có điều kiện thì đếm các ô có nội dung.
    #[serde(default)]
    pub count: Option<Number>,
    /// Điều kiện đếm: ô có đúng chữ này, ví dụ "Hoàn thành".
    #[serde(default)]
    pub equals: Option<Text>,
    /// Điều kiện đếm: ô là số lớn hơn hoặc bằng số này, ví dụ 100.
    #[serde(default)]
    pub at_least: Option<Number>,
    /// Điều kiện đếm: ô là số nhỏ hơn hoặc bằng số này.
    #[serde(default)]
    pub at_most: Option<Number>,
    /// Đơn vị in sau số (tùy chọn), ví dụ "km".
    #[serde(default)]
    pub unit: Option<Text>,
    /// In số dưới 10 có số 0 đứng trước ("03 công trình").
    #[serde(default)]
    pub pad: Option<bool>,
}

/// Một cột của bảng.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ColumnFile {
    /// Độ rộng tương đối so với các cột khác (mặc định 1); bảng luôn vừa bề rộng vùng chữ.
    #[serde(default)]
    pub width: Option<Number>,
    /// Căn lề: "left" (trái), "center" (giữa) hoặc "right" (phải); mặc định: số căn phải, chữ căn trái.
    #[serde(default)]
    pub align: Option<Text>,
    /// Số chữ số sau dấu phẩy thập phân; cột có `decimals` là cột số (mọi ô phải là số).
    #[serde(default)]
    pub decimals: Option<Number>,
    /// Cột tỷ lệ phần trăm tính tự động: [a, b] là cột a / cột b × 100 ở mỗi dòng và dòng tổng cộng (số thứ tự cột, đếm từ 1).
    #[serde(default)]
    #[schemars(with = "Option<Vec<f64>>")]
    pub percent_of: Option<Spanned<Vec<Number>>>,
    /// Đặt tên cho tổng của cột (các dòng số liệu) như một số liệu, dùng trong văn bản bằng `[=ten]`, ví dụ "thuc-hien-thu".
    #[serde(default)]
    pub total_figure: Option<Text>,
}

/// A row with its place: a list of cells, or a mapping with its cells and the decimals
/// of its numbers (a row of one indicator in a column that mixes several).
#[derive(Debug, Clone)]
pub struct RowFile {
    pub cells: Vec<CellFile>,
    /// The decimals the row's numbers print with, where not its columns'.
    pub decimals: Option<Number>,
    pub at: Location,
}

impl RowFile {
    pub fn cells(&self) -> &[CellFile] {
        &self.cells
    }

    pub fn range(&self) -> Range<usize> {
        location_range(&self.at)
    }
}

/// The mapping form of a row.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RowMap {
    /// Các ô của dòng, từ trái sang phải.
    pub cells: Vec<CellFile>,
    /// Số chữ số sau dấu phẩy của các số trong dòng này (khi cột số trộn nhiều chỉ tiêu, mỗi dòng một chỉ tiêu).
    #[serde(default)]
    pub decimals: Option<Number>,
}

enum RowRaw {
    List(Vec<CellFile>),
    Map(Box<RowMap>),
}

struct RowVisitor;

impl<'de> Visitor<'de> for RowVisitor {
    type Value = RowRaw;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a row: a list of cells, or {cells, decimals}")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RowRaw, A::Error> {
        let mut cells = Vec::new();
        while let Some(cell) = seq.next_element::<CellFile>()? {
            cells.push(cell);
        }
        Ok(RowRaw::List(cells))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RowRaw, A::Error> {
        RowMap::deserialize(MapAccessDeserializer::new(map)).map(|m| RowRaw::Map(Box::new(m)))
    }
}

impl<'de> Deserialize<'de> for RowRaw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RowRaw, D::Error> {
        d.deserialize_any(RowVisitor)
    }
}

impl<'de> Deserialize<'de> for RowFile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RowFile, D::Error> {
        let spanned = Spanned::<RowRaw>::deserialize(d)?;
        let at = spanned.referenced;
        Ok(match spanned.value {
            RowRaw::List(cells) => RowFile {
                cells,
                decimals: None,
                at,
            },
            RowRaw::Map(m) => RowFile {
                cells: m.cells,
                decimals: m.decimals,
                at,
            },
        })
    }
}

impl JsonSchema for RowFile {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Row".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let cell = generator.subschema_for::<CellFile>();
        let map = generator.subschema_for::<RowMap>();
        json_schema!({
            "description": "Một dòng của bảng: danh sách các ô, từ trái sang phải; hoặc `{cells: [...], decimals: 1}` khi các số của dòng có số chữ số thập phân riêng.",
            "anyOf": [
                { "type": "array", "items": cell },
                map
            ]
        })
    }
}

/// One cell as written: a text, a number, or a mapping with spans.
#[derive(Debug, Clone)]
pub struct CellFile {
    pub value: CellValue,
    /// How many grid columns and rows the cell covers (1 when not written).
    pub cols: Option<Number>,
    pub rows: Option<Number>,
    /// The decimals this cell prints with, where not its column's.
    pub decimals: Option<Number>,
    pub at: Location,
}

impl CellFile {
    pub fn range(&self) -> Range<usize> {
        location_range(&self.at)
    }
}

/// What a cell holds.
#[derive(Debug, Clone)]
pub enum CellValue {
    /// Text with inline markup.
    Text(Text),
    /// A number as the YAML parser read it, with the decimals it was written with.
    Number { value: f64, decimals: usize },
    /// An empty cell (`~` or `""`).
    Empty,
}

/// The mapping form of a cell.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CellMap {
    /// Nội dung ô (chữ hoặc số).
    #[serde(default)]
    pub text: Option<CellScalar>,
    /// Số cột ô này chiếm (gộp ngang), mặc định 1.
    #[serde(default)]
    pub cols: Option<Number>,
    /// Số dòng ô này chiếm (gộp dọc), mặc định 1.
    #[serde(default)]
    pub rows: Option<Number>,
    /// Số chữ số sau dấu phẩy của riêng ô này (khi cột số trộn nhiều chỉ tiêu, ví dụ 1,235 km và 93,6%).
    #[serde(default)]
    pub decimals: Option<Number>,
}

/// A scalar cell value, with its place.
#[derive(Debug, Clone)]
pub struct CellScalar(pub Spanned<ScalarValue>);

#[derive(Debug, Clone)]
pub enum ScalarValue {
    Text(String),
    Number(f64, usize),
    Empty,
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = ScalarValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text or a number")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<ScalarValue, E> {
        Ok(ScalarValue::Text(v.into()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<ScalarValue, E> {
        Ok(ScalarValue::Text(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<ScalarValue, E> {
        Ok(ScalarValue::Number(v as f64, 0))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<ScalarValue, E> {
        Ok(ScalarValue::Number(v as f64, 0))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<ScalarValue, E> {
        Ok(ScalarValue::Number(v, written_decimals(v)))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<ScalarValue, E> {
        Ok(ScalarValue::Text(v.to_string()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<ScalarValue, E> {
        Ok(ScalarValue::Empty)
    }

    fn visit_none<E: de::Error>(self) -> Result<ScalarValue, E> {
        Ok(ScalarValue::Empty)
    }
}

/// The decimals of the shortest form that reads back as `v` (`65.2` → 1): what the
/// clerk wrote, without the float's noise.
pub fn written_decimals(v: f64) -> usize {
    let s = format!("{v}");
    s.split_once('.').map_or(0, |(_, d)| d.len())
}

impl<'de> Deserialize<'de> for ScalarValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ScalarValue, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

impl<'de> Deserialize<'de> for CellScalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<CellScalar, D::Error> {
        Spanned::<ScalarValue>::deserialize(d).map(CellScalar)
    }
}

impl JsonSchema for CellScalar {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CellScalar".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": ["string", "number", "null"] })
    }
}

enum CellRaw {
    Scalar(ScalarValue),
    Map(Box<CellMap>),
}

struct CellVisitor;

impl<'de> Visitor<'de> for CellVisitor {
    type Value = CellRaw;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a cell: a text, a number, or {text, cols, rows}")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<CellRaw, E> {
        ScalarVisitor.visit_str(v).map(CellRaw::Scalar)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<CellRaw, E> {
        ScalarVisitor.visit_string(v).map(CellRaw::Scalar)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<CellRaw, E> {
        ScalarVisitor.visit_i64(v).map(CellRaw::Scalar)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<CellRaw, E> {
        ScalarVisitor.visit_u64(v).map(CellRaw::Scalar)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<CellRaw, E> {
        ScalarVisitor.visit_f64(v).map(CellRaw::Scalar)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<CellRaw, E> {
        ScalarVisitor.visit_bool(v).map(CellRaw::Scalar)
    }

    fn visit_unit<E: de::Error>(self) -> Result<CellRaw, E> {
        Ok(CellRaw::Scalar(ScalarValue::Empty))
    }

    fn visit_none<E: de::Error>(self) -> Result<CellRaw, E> {
        Ok(CellRaw::Scalar(ScalarValue::Empty))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<CellRaw, A::Error> {
        CellMap::deserialize(MapAccessDeserializer::new(map)).map(|m| CellRaw::Map(Box::new(m)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<CellRaw, A::Error> {
        Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
    }
}

impl<'de> Deserialize<'de> for CellRaw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<CellRaw, D::Error> {
        d.deserialize_any(CellVisitor)
    }
}

impl<'de> Deserialize<'de> for CellFile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<CellFile, D::Error> {
        let spanned = Spanned::<CellRaw>::deserialize(d)?;
        let at = spanned.referenced;
        let scalar = |v: ScalarValue, referenced: Location, defined: Location| match v {
            ScalarValue::Text(t) if t.trim().is_empty() => CellValue::Empty,
            ScalarValue::Text(t) => CellValue::Text(Text(Spanned::new(t, referenced, defined))),
            ScalarValue::Number(value, decimals) => CellValue::Number { value, decimals },
            ScalarValue::Empty => CellValue::Empty,
        };
        Ok(match spanned.value {
            CellRaw::Scalar(v) => CellFile {
                value: scalar(v, at, spanned.defined),
                cols: None,
                rows: None,
                decimals: None,
                at,
            },
            CellRaw::Map(m) => CellFile {
                value: match m.text {
                    Some(CellScalar(s)) => scalar(s.value, s.referenced, s.defined),
                    None => CellValue::Empty,
                },
                cols: m.cols,
                rows: m.rows,
                decimals: m.decimals,
                at,
            },
        })
    }
}

impl JsonSchema for CellFile {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Cell".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let map = generator.subschema_for::<CellMap>();
        json_schema!({
            "description": "Một ô: chữ (có thể in nghiêng, đậm, chú thích), số (in theo kiểu Việt Nam: 1.231.500; 65,2), hoặc `{text: ..., cols: 2, rows: 2}` cho ô gộp.",
            "anyOf": [
                { "type": ["string", "number", "null"] },
                map
            ]
        })
    }
}

/// Lấy các dòng số liệu từ tệp CSV hoặc XLSX do các phòng, ban gửi.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RowsFromFile {
    /// Đường dẫn tệp .csv hoặc .xlsx, tính từ thư mục dữ liệu, ví dụ "tables/thu-ngan-sach.csv".
    pub file: Text,
    /// Tên trang tính (sheet) của tệp XLSX (mặc định: trang đầu tiên).
    #[serde(default)]
    pub sheet: Option<Text>,
    /// Vùng ô của tệp XLSX, ví dụ "A3:H12" (mặc định: cả trang tính).
    #[serde(default)]
    pub range: Option<Text>,
    /// Số dòng đầu tệp bỏ qua (dòng tiêu đề của tệp CSV), mặc định 0.
    #[serde(default)]
    pub skip: Option<Number>,
    /// Dấu phân cách cột của tệp CSV: "," (mặc định), ";" hoặc "\t" (dấu tab).
    #[serde(default)]
    pub delimiter: Option<Text>,
}

impl TableFile {
    /// Where the table's rows beyond those written come from (its `rows_from` file's
    /// name, or its `units:`): the byte its rows read are kept by (`ReadRows`).
    pub fn rows_at(&self) -> Option<usize> {
        let from = self.rows_from.as_ref().map(|r| r.file.range().start);
        let units = self
            .units
            .as_ref()
            .map(|u| crate::source::range_of(&u.referenced).start);
        from.or(units)
    }
}

/// Các dòng của bảng lấy từ số liệu của các đơn vị (báo cáo tổng hợp).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct UnitRowsFile {
    /// Tên các số liệu của đơn vị, mỗi số liệu một cột sau cột số thứ tự và cột tên đơn vị, ví dụ [ho-ngheo, ho-can-ngheo].
    #[serde(default)]
    pub figures: Vec<Text>,
    /// Mọi đơn vị trong danh sách, mỗi đơn vị một dòng, với một cột tình trạng sau cột tên: "Đã báo cáo", "Nộp muộn", "Có lỗi", "Chưa báo cáo" (bảng tình trạng báo cáo, thường để ở phụ lục).
    #[serde(default)]
    pub status: Option<bool>,
    /// Thứ tự các dòng: "list" (theo danh sách đơn vị, mặc định), "name" (theo tên đơn vị) hoặc tên một số liệu trong `figures` (từ lớn đến nhỏ).
    #[serde(default)]
    pub order: Option<Text>,
    /// Chia các dòng theo nhóm của đơn vị (cột `nhom` của danh sách): mỗi nhóm một dòng đánh số La Mã (I, II, …) mang tên nhóm, các đơn vị đánh số lại từ 1 trong nhóm.
    #[serde(default)]
    pub group: Option<bool>,
}

/// Dòng tổng cộng.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TotalFile {
    /// Chữ ở đầu dòng, ví dụ "Tổng cộng"; ô này gộp các cột đứng trước cột được cộng đầu tiên (hoặc các cột `label_columns`).
    pub label: Text,
    /// Số thứ tự (đếm từ 1) các cột được cộng, ví dụ [3, 4]; các cột này phải là cột số.
    #[schemars(with = "Vec<f64>")]
    pub columns: Spanned<Vec<Number>>,
    /// Các cột ô chữ chiếm: [đầu, cuối], ví dụ [2, 3] để ô STT bên trái để trống (mặc định: từ cột 1 đến trước cột được cộng đầu tiên).
    #[serde(default)]
    #[schemars(with = "Option<Vec<f64>>")]
    pub label_columns: Option<Spanned<Vec<Number>>>,
    /// Căn lề ô chữ: "left", "center" hoặc "right" (mặc định: như cột của nó).
    #[serde(default)]
    pub label_align: Option<Text>,
}

/// Tệp appendices/NN-ten.yaml: một phụ lục, đánh số I, II, … theo thứ tự tên tệp.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct AppendixFile {
    /// Tên phụ lục, chữ in hoa, in đậm dưới dòng "Phụ lục" (tùy chọn).
    #[serde(default)]
    pub title: Option<Text>,
    /// Hướng trang: "portrait" (dọc, mặc định) hoặc "landscape" (ngang, cho bảng nhiều cột).
    #[serde(default)]
    pub orientation: Option<Text>,
    /// Nội dung phụ lục: đoạn văn, danh sách, bảng.
    pub body: Vec<BlockFile>,
    /// Chú thích dùng trong phụ lục.
    #[serde(default)]
    pub footnotes: Footnotes,
    /// Số liệu có tên của phụ lục, dùng bằng `[=ten]`.
    #[serde(default)]
    pub figures: super::figures::Figures,
}
