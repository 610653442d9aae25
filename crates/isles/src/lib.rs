//! isles
