//! Iterators written in Rust that may run Python code while advancing (map, filter, zip,
//! enumerate, ...). Each keeps its own state type inside `IterState::Native`.

use std::any::Any;

use isles_object::{PyErr, PyResult, Value};

use crate::thread::Thread;

/// Advances the native iterator `name` whose state is `state`; `Ok(None)` when exhausted.
pub fn advance(
    th: &mut Thread<'_>,
    name: &'static str,
    state: &mut Box<dyn Any>,
) -> PyResult<Option<Value>> {
    let _ = (th, state);
    Err(PyErr::system_error(format!(
        "unknown native iterator '{name}'"
    )))
}
