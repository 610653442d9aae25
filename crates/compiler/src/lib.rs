//! isles-compiler
