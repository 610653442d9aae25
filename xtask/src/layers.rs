//! The `lint-layers` command: checks from `cargo metadata` that workspace crates depend only
//! on crates earlier in the layer order of design.md section 1.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::Result;
use cargo_metadata::{DependencyKind, Metadata};

use crate::workspace::workspace_metadata;

/// The layer order, lowest first. Crates in one layer may depend on each other as long as they
/// form no cycle; only the leaf layer has more than one crate.
pub const LAYERS: &[&[&str]] = &[
    &["isles-object", "isles-compiler", "isles-channel"],
    &["isles-runtime"],
    &["isles-interp"],
    &["isles-ceval"],
    &["isles-stdlib"],
    &["isles"],
];

pub fn layer_of(name: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&name))
}

/// One declared dependency between two workspace crates.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edge {
    pub from: String,
    pub to: String,
    pub kind: String,
}

fn kind_label(kind: DependencyKind) -> &'static str {
    match kind {
        DependencyKind::Normal => "normal",
        DependencyKind::Development => "dev",
        DependencyKind::Build => "build",
        _ => "unknown",
    }
}

/// The dependency edges between workspace crates, from the declared dependencies (so the check
/// also works on `--no-deps` metadata, where there is no resolve graph).
pub fn internal_edges(meta: &Metadata) -> Vec<Edge> {
    let packages = meta.workspace_packages();
    let names: BTreeSet<&str> = packages.iter().map(|p| p.name.as_str()).collect();
    let mut edges = BTreeSet::new();
    for package in &packages {
        for dep in &package.dependencies {
            // A registry or git crate that happens to share a member's name is not internal.
            if dep.source.is_none() && names.contains(dep.name.as_str()) {
                edges.insert(Edge {
                    from: package.name.to_string(),
                    to: dep.name.clone(),
                    kind: kind_label(dep.kind).to_owned(),
                });
            }
        }
    }
    edges.into_iter().collect()
}

#[derive(Clone, Debug)]
pub struct LayerReport {
    pub crates: usize,
    pub edges: usize,
    /// One line per problem; empty when the layering holds.
    pub problems: Vec<String>,
}

impl LayerReport {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Crates outside [`LAYERS`] are tooling (xtask, benches, test harnesses): they may depend on
/// anything, but nothing layered may depend on them.
pub fn check(meta: &Metadata) -> LayerReport {
    let packages = meta.workspace_packages();
    let names: BTreeSet<&str> = packages.iter().map(|p| p.name.as_str()).collect();
    let edges = internal_edges(meta);
    let mut problems = Vec::new();
    for layer in LAYERS {
        for name in *layer {
            if !names.contains(name) {
                problems.push(format!(
                    "layer crate missing: {name} is in the layer order but not in the workspace"
                ));
            }
        }
    }
    let mut same_layer: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for edge in &edges {
        let Some(from_layer) = layer_of(&edge.from) else {
            continue;
        };
        match layer_of(&edge.to) {
            Some(to_layer) if to_layer > from_layer => problems.push(format!(
                "layer violation: {} (layer {from_layer}) depends on {} (layer {to_layer}) [{}]",
                edge.from, edge.to, edge.kind
            )),
            Some(to_layer) if to_layer == from_layer => {
                same_layer
                    .entry(edge.from.as_str())
                    .or_default()
                    .insert(edge.to.as_str());
            }
            Some(_) => {}
            None => problems.push(format!(
                "layer violation: {} (layer {from_layer}) depends on {} (tooling, not in the layer order) [{}]",
                edge.from, edge.to, edge.kind
            )),
        }
    }
    for cycle in find_cycles(&same_layer) {
        problems.push(format!("layer cycle: {}", cycle.join(" -> ")));
    }
    LayerReport {
        crates: packages.len(),
        edges: edges.len(),
        problems,
    }
}

/// Cycles in a small graph, each written from its smallest name and closed (`a -> b -> a`).
fn find_cycles<'a>(graph: &BTreeMap<&'a str, BTreeSet<&'a str>>) -> BTreeSet<Vec<&'a str>> {
    fn dfs<'a>(
        node: &'a str,
        graph: &BTreeMap<&'a str, BTreeSet<&'a str>>,
        stack: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
        cycles: &mut BTreeSet<Vec<&'a str>>,
    ) {
        if let Some(pos) = stack.iter().position(|n| *n == node) {
            let mut cycle: Vec<&str> = stack[pos..].to_vec();
            let min = (0..cycle.len()).min_by_key(|&i| cycle[i]).unwrap_or(0);
            cycle.rotate_left(min);
            cycle.push(cycle[0]);
            cycles.insert(cycle);
            return;
        }
        if done.contains(node) {
            return;
        }
        stack.push(node);
        for next in graph.get(node).into_iter().flatten() {
            dfs(next, graph, stack, done, cycles);
        }
        stack.pop();
        done.insert(node);
    }
    let mut cycles = BTreeSet::new();
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        dfs(node, graph, &mut Vec::new(), &mut done, &mut cycles);
    }
    cycles
}

/// `cargo xtask lint-layers`: prints the report; `Ok(false)` means the lint failed.
pub fn run(manifest: &Path) -> Result<bool> {
    let meta = workspace_metadata(manifest)?;
    let report = check(&meta);
    for problem in &report.problems {
        println!("{problem}");
    }
    if report.ok() {
        println!(
            "lint-layers: ok ({} workspace crates, {} internal edges)",
            report.crates, report.edges
        );
    } else {
        println!("lint-layers: {} problem(s)", report.problems.len());
    }
    Ok(report.ok())
}
