//! The Phụ lục VI metadata (`--format meta`, `NAME.meta.json`): the fields the data knows,
//! valid against the schema `report schema` writes, byte-identical from run to run and
//! checked by `build --check`. (The page count from a real PDF: `pdf.rs`.)

use super::support::*;

fn build_meta(data: &str, out: &std::path::Path) -> serde_json::Value {
    let o = run(
        &root(),
        &[
            "build",
            data,
            "--format",
            "meta",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let name = std::path::Path::new(data)
        .file_name()
        .unwrap()
        .to_str()
        .unwrap();
    let text = std::fs::read_to_string(out.join(format!("{name}.meta.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn schema_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("schema/metadata.schema.json")).unwrap();
    jsonschema::draft7::new(&serde_json::from_str(&text).unwrap()).unwrap()
}

#[test]
fn the_reference_report_without_a_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let meta = build_meta("data/2021-04", tmp.path());
    assert_eq!(meta["TypeName"], "BÁO CÁO");
    assert_eq!(meta["CodeNumber"], "141");
    assert_eq!(meta["CodeNotation"], "BC-UBND");
    assert_eq!(meta["IssuedDate"], "2021-04-28");
    assert_eq!(meta["OrganName"], "Ủy ban nhân dân thành phố Sa Đéc");
    assert_eq!(meta["Language"], "vi-VN");
    assert_eq!(
        meta["PageAmount"],
        serde_json::Value::Null,
        "no PDF, no page count"
    );
    assert_eq!(meta["SignerInfo"]["FullName"], "Nguyễn Văn Hon");
    assert_eq!(meta["SignerInfo"]["Competence"], "TM. ỦY BAN NHÂN DÂN");
    assert_eq!(
        meta["To"],
        serde_json::json!(["Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp"])
    );
    assert_eq!(meta["Priority"], serde_json::Value::Null);
    let v = schema_validator();
    assert!(
        v.is_valid(&meta),
        "{:?}",
        v.iter_errors(&meta)
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
    );
    // only the metadata was asked for
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
}

#[test]
fn the_marks_reach_the_metadata() {
    let tmp = tempfile::tempdir().unwrap();
    let meta = build_meta("examples/du-thao-co-dau", tmp.path());
    assert_eq!(
        meta["CodeNumber"],
        serde_json::Value::Null,
        "a draft has no number"
    );
    assert_eq!(meta["Priority"], "KHẨN");
    assert_eq!(meta["IssuedAmount"], 12);
    assert_eq!(meta["Circulation"], "LƯU HÀNH NỘI BỘ");
    assert_eq!(meta["Draft"], 2);
    assert_eq!(meta["To"].as_array().unwrap().len(), 2);
    assert!(schema_validator().is_valid(&meta));
    // the schema refuses what is not a field
    let mut bad = meta.clone();
    bad["Extra"] = serde_json::json!(1);
    assert!(!schema_validator().is_valid(&bad));
}

#[test]
fn same_bytes_and_checked_by_build_check() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().to_str().unwrap();
    build_meta("data/2021-04", tmp.path());
    let first = std::fs::read(tmp.path().join("2021-04.meta.json")).unwrap();
    build_meta("data/2021-04", tmp.path());
    assert_eq!(
        first,
        std::fs::read(tmp.path().join("2021-04.meta.json")).unwrap()
    );
    let check = |root: &std::path::Path| {
        run(
            root,
            &[
                "build",
                "data/2021-04",
                "--format",
                "meta",
                "--check",
                "--out",
                out,
            ],
        )
    };
    assert_eq!(check(&root()).status.code(), Some(0));
    std::fs::write(tmp.path().join("2021-04.meta.json"), "{}").unwrap();
    let o = check(&root());
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("2021-04.meta.json"), "{}", stderr(&o));
}
