//! Workspace tooling for Isles (`cargo xtask ...`): the lints that enforce design.md sections 1
//! and 2, the CI sequence, the valgrind leak check, and the benchmarks. A library so that tests can drive the checks directly.
#![forbid(unsafe_code)]

pub mod bench;
pub mod ci;
pub mod globals;
pub mod layers;
pub mod leaks;
pub mod lint_globals;
pub mod workspace;
