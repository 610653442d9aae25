//! isles-channel
