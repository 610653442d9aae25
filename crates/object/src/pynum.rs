//! Numeric algorithms with CPython semantics (placeholder, being written).
