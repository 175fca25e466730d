//! The JSON Schema (draft-07) of the data files, generated from the types of
//! `load::files` and their Vietnamese doc comments. The same schema drives the structural
//! check of the loader, so that what an editor says and what `report check` says agree.

use schemars::generate::SchemaSettings;
use std::sync::OnceLock;

use serde_json::Value;

use crate::load::files::{AppendixFile, ReportFile, SectorFile};

/// Where the data files' `$schema` lines point, relative to the repository.
pub const REPORT_SCHEMA_FILE: &str = "report.schema.json";
pub const SECTOR_SCHEMA_FILE: &str = "sector.schema.json";
pub const APPENDIX_SCHEMA_FILE: &str = "appendix.schema.json";
pub const METADATA_SCHEMA_FILE: &str = "metadata.schema.json";

/// The schema of report.yaml (generated once per process).
pub fn report() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut generator = SchemaSettings::draft07().into_generator();
        let mut schema = generator.root_schema_for::<ReportFile>().to_value();
        titled(&mut schema, "report.yaml");
        schema
    })
}

/// The schema of a sector file (generated once per process).
pub fn sector() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut generator = SchemaSettings::draft07().into_generator();
        let mut schema = generator.root_schema_for::<SectorFile>().to_value();
        titled(&mut schema, "sectors/*.yaml");
        schema
    })
}

/// The schema of an appendix file (generated once per process).
pub fn appendix() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut generator = SchemaSettings::draft07().into_generator();
        let mut schema = generator.root_schema_for::<AppendixFile>().to_value();
        titled(&mut schema, "appendices/*.yaml");
        schema
    })
}

/// The schema of the metadata file `NAME.meta.json` (generated once per process).
pub fn metadata() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut generator = SchemaSettings::draft07().into_generator();
        let mut schema = generator
            .root_schema_for::<crate::metadata::Metadata>()
            .to_value();
        titled(&mut schema, "*.meta.json");
        schema
    })
}

fn titled(schema: &mut Value, title: &str) {
    if let Some(obj) = schema.as_object_mut() {
        obj.insert("title".into(), Value::String(title.into()));
    }
}

/// The schema files as written by `report schema`: name and pretty JSON text.
pub fn files() -> [(&'static str, String); 4] {
    let pretty = |v: &Value| serde_json::to_string_pretty(v).unwrap_or_default() + "\n";
    [
        (REPORT_SCHEMA_FILE, pretty(report())),
        (SECTOR_SCHEMA_FILE, pretty(sector())),
        (APPENDIX_SCHEMA_FILE, pretty(appendix())),
        (METADATA_SCHEMA_FILE, pretty(metadata())),
    ]
}
