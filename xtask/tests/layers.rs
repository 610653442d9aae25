//! Tests of `lint-layers` over hand-trimmed `cargo metadata` fixtures and the real workspace.
#![forbid(unsafe_code)]

use std::path::Path;

use cargo_metadata::Metadata;
use serde_json::{Value, json};
use xtask::layers::check;
use xtask::workspace::{root_manifest, workspace_metadata};

fn fixture_json(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/layers")
        .join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn metadata(value: Value) -> Metadata {
    serde_json::from_value(value).unwrap()
}

/// `good.json` with one more dependency declared by `from`.
fn good_plus(from: &str, dep: Value) -> Metadata {
    let mut value = fixture_json("good.json");
    let package = value["packages"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|p| p["name"] == from)
        .unwrap();
    package["dependencies"].as_array_mut().unwrap().push(dep);
    metadata(value)
}

fn path_dep(name: &str, kind: Option<&str>) -> Value {
    json!({
        "name": name, "source": null, "req": "*", "kind": kind, "rename": null,
        "optional": false, "uses_default_features": true, "features": [], "target": null,
        "path": format!("/ws/crates/{name}"),
    })
}

#[test]
fn good_fixture_passes() {
    let report = check(&metadata(fixture_json("good.json")));
    assert!(report.ok(), "{:?}", report.problems);
    assert_eq!((report.crates, report.edges), (10, 14));
}

#[test]
fn dev_dependency_up_the_order_fails() {
    let report = check(&metadata(fixture_json("bad_dev_dep.json")));
    assert_eq!(
        report.problems,
        ["layer violation: isles-object (layer 0) depends on isles-ceval (layer 3) [dev]"]
    );
}

#[test]
fn cycle_among_leaf_crates_fails() {
    let report = check(&good_plus("isles-object", path_dep("isles-channel", None)));
    assert_eq!(
        report.problems,
        ["layer cycle: isles-channel -> isles-object -> isles-channel"]
    );
}

#[test]
fn build_dependency_up_the_order_fails() {
    let report = check(&good_plus(
        "isles-runtime",
        path_dep("isles-interp", Some("build")),
    ));
    assert_eq!(
        report.problems,
        ["layer violation: isles-runtime (layer 1) depends on isles-interp (layer 2) [build]"]
    );
}

#[test]
fn layered_crate_may_not_depend_on_tooling() {
    let report = check(&good_plus(
        "isles-runtime",
        path_dep("isles-bench", Some("dev")),
    ));
    assert_eq!(
        report.problems,
        [
            "layer violation: isles-runtime (layer 1) depends on isles-bench \
             (tooling, not in the layer order) [dev]"
        ]
    );
}

#[test]
fn registry_crate_sharing_a_member_name_is_not_internal() {
    let mut dep = path_dep("isles", None);
    dep["source"] = json!("registry+https://github.com/rust-lang/crates.io-index");
    dep["path"] = Value::Null;
    let report = check(&good_plus("isles-object", dep));
    assert!(report.ok(), "{:?}", report.problems);
    assert_eq!(report.edges, 14);
}

#[test]
fn real_workspace_layering_holds() {
    let report = check(&workspace_metadata(&root_manifest()).unwrap());
    assert!(report.ok(), "{}", report.problems.join("\n"));
}
