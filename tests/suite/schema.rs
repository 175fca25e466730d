//! The JSON Schema written by `report schema`, checked by an independent validator (the
//! `jsonschema` crate): it accepts the shipped data and examples and rejects a misspelt
//! key; and every data file points at it.

use std::fs;
use std::path::Path;

use super::support::*;

fn yaml_as_json(path: &Path) -> serde_json::Value {
    serde_saphyr::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

fn validator(schema: &serde_json::Value) -> jsonschema::Validator {
    jsonschema::draft7::new(schema).unwrap()
}

/// What kind of data file a file is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Report,
    Sector,
    Appendix,
}

impl Kind {
    fn schema_file(self) -> &'static str {
        match self {
            Kind::Report => "report.schema.json",
            Kind::Sector => "sector.schema.json",
            Kind::Appendix => "appendix.schema.json",
        }
    }

    fn schema(self) -> &'static serde_json::Value {
        match self {
            Kind::Report => report::schema::report(),
            Kind::Sector => report::schema::sector(),
            Kind::Appendix => report::schema::appendix(),
        }
    }
}

fn data_files() -> Vec<(std::path::PathBuf, Kind)> {
    let mut files = Vec::new();
    for dir in [
        "data/2021-04",
        "examples/xa-tan-phu-dong-2024-q3",
        "examples/xa-tan-phu-dong-2025",
        "examples/du-thao-co-dau",
    ] {
        let dir = root().join(dir);
        files.push((dir.join("report.yaml"), Kind::Report));
        for (folder, kind) in [("sectors", Kind::Sector), ("appendices", Kind::Appendix)] {
            let Ok(entries) = fs::read_dir(dir.join(folder)) else {
                continue;
            };
            let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
            paths.sort();
            files.extend(paths.into_iter().map(|p| (p, kind)));
        }
    }
    assert!(files.iter().any(|(_, k)| *k == Kind::Appendix));
    files
}

#[test]
fn accepts_the_shipped_data_and_examples() {
    for (path, kind) in data_files() {
        let v = validator(kind.schema());
        let errors: Vec<String> = v
            .iter_errors(&yaml_as_json(&path))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
}

#[test]
fn rejects_a_misspelt_key() {
    let report = validator(report::schema::report());
    let mut value = yaml_as_json(&root().join("data/2021-04/report.yaml"));
    let place = value.as_object_mut().unwrap().remove("place").unwrap();
    value.as_object_mut().unwrap().insert("plaec".into(), place);
    let errors: Vec<String> = report.iter_errors(&value).map(|e| e.to_string()).collect();
    assert!(errors.iter().any(|e| e.contains("plaec")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("place")), "{errors:?}");

    let sector = validator(report::schema::sector());
    let mut value = yaml_as_json(&root().join("data/2021-04/sectors/01-kinh-te.yaml"));
    let model = &mut value["models"][0];
    let body = model.as_object_mut().unwrap().remove("body").unwrap();
    model.as_object_mut().unwrap().insert("bodi".into(), body);
    assert!(!sector.is_valid(&value));
}

#[test]
fn descriptions_are_vietnamese_from_the_doc_comments() {
    let schema = report::schema::report();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let summary = schema["properties"]["summary"]["description"]
        .as_str()
        .unwrap();
    assert!(summary.starts_with("Trích yếu nội dung"), "{summary}");
    assert_eq!(schema["additionalProperties"], false);
}

#[test]
fn every_data_file_names_its_schema() {
    for (path, kind) in data_files() {
        let first = fs::read_to_string(&path)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string();
        let name = kind.schema_file();
        let target = first
            .strip_prefix("# yaml-language-server: $schema=")
            .unwrap_or_else(|| panic!("{}", path.display()));
        assert!(target.ends_with(name), "{}: {first}", path.display());
        assert!(
            path.parent().unwrap().join(target).exists(),
            "{}: {target} does not exist",
            path.display()
        );
    }
}
