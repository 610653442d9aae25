//! isles-interp
