//! isles-ceval
