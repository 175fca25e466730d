//! `report build --watch`: an edit to a data file rebuilds the output; data turned
//! invalid prints its diagnostics and leaves the last good output in place; a first round
//! that cannot run ends the watch with exit 2.

use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::support::*;

/// The watching process, killed when the test ends, however it ends.
struct Watcher(Child);

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits up to 30 s for `ready`.
fn wait_for(what: &str, ready: impl Fn() -> bool) {
    let started = Instant::now();
    while !ready() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_default()
}

#[test]
fn edits_rebuild_and_broken_data_keeps_the_last_good_output() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let (data, out) = (dir.path(), dir.out());
    let log = dir.tmp.path().join("stderr.txt");
    let said = dir.tmp.path().join("stdout.txt");
    let child = Command::new(env!("CARGO_BIN_EXE_report"))
        .args(["build", "data", "--watch", "--format", "md", "--out", "out"])
        .current_dir(dir.tmp.path())
        .env("RUST_BACKTRACE", "0")
        .env_remove("REPORT_LANG")
        .stdout(fs::File::create(&said).unwrap())
        .stderr(fs::File::create(&log).unwrap())
        .stdin(Stdio::null())
        .spawn()
        .unwrap();
    let _watcher = Watcher(child);
    let md = out.join("data.md");
    wait_for("the first build", || read(&md).contains("Mô hình một."));
    wait_for("the watch line", || read(&said).contains("đang theo dõi"));

    // an edit: the output follows
    let sector = data.join("sectors/01.yaml");
    fs::write(&sector, SECTOR.replace("Mô hình một.", "Mô hình đã sửa.")).unwrap();
    wait_for("the rebuilt output", || {
        read(&md).contains("Mô hình đã sửa.")
    });
    let good = fs::read(&md).unwrap();
    // the round is marked off by a line with its time of day
    wait_for("the round's line", || {
        read(&said).contains(": dựng lại ────")
    });
    let line = read(&said)
        .lines()
        .find(|l| l.contains(": dựng lại ────"))
        .unwrap()
        .to_string();
    let time = line
        .trim_start_matches("──── ")
        .split(": dựng lại")
        .next()
        .unwrap();
    let clock = time.trim_end_matches(" UTC");
    assert!(
        clock.len() == 8
            && clock
                .split(':')
                .all(|n| n.len() == 2 && n.parse::<u8>().is_ok()),
        "{line}"
    );

    // broken data: the diagnostics, and the last good output kept
    fs::write(&sector, "title: [không đóng\n").unwrap();
    wait_for("the diagnostics", || read(&log).contains("lỗi[E-yaml-"));
    assert!(
        read(&log).contains("các tệp cũ được giữ nguyên"),
        "{}",
        read(&log)
    );
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(fs::read(&md).unwrap(), good, "the last good output is kept");

    // mended: built again
    fs::write(&sector, SECTOR.replace("Mô hình một.", "Mô hình lần ba.")).unwrap();
    wait_for("the output after the fix", || {
        read(&md).contains("Mô hình lần ba.")
    });
}

#[test]
fn a_watch_that_cannot_start_ends_with_exit_2() {
    let dir = DataDir::new(REPORT, &[("01.yaml", SECTOR)]);
    let o = run(dir.tmp.path(), &["build", "khong-co", "--watch"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = run(dir.tmp.path(), &["build", "data", "--watch", "--check"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "--watch and --check do not go together"
    );
}
