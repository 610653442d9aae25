//! isles-stdlib
