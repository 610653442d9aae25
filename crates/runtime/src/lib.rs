//! isles-runtime
