//! isles-object: the object model shared by every interpreter layer.
#![forbid(unsafe_code)]

pub mod pynum;
