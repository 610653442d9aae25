//! isles-object
