//! `_isles_readline`: one line of terminal input with line editing and history (rustyline),
//! for the interactive prompt. The history lives in the caller's Python list, so nothing is
//! kept outside the interpreter.

use isles_ceval::{Args, Thread};
use isles_object::{ExcKind, Kind, PyErr, PyResult, Value};

pub(crate) fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(crate::import_mod::native_module(
        th,
        "_isles_readline",
        &[("readline", readline)],
    ))
}

/// `readline(prompt, history)`: the line typed (without its newline); EOFError on Ctrl-D,
/// KeyboardInterrupt on Ctrl-C. The entries of `history` (a list of str) are offered with
/// the arrow keys.
fn readline(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("readline", 2, 2)?;
    let prompt = a.pos[0]
        .as_str()
        .ok_or_else(|| PyErr::type_error("readline() prompt must be str"))?
        .to_string();
    let history: Vec<String> = match a.pos[1].kind() {
        Some(Kind::List(l)) => l
            .borrow()
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => return Err(PyErr::type_error("readline() history must be a list")),
    };
    // Output written by Python so far must reach the terminal before the prompt.
    crate::io_mod::flush_console(th);
    let r = th.gil.release(move || {
        let mut ed = rustyline::DefaultEditor::new()?;
        for h in &history {
            let _ = ed.add_history_entry(h.as_str());
        }
        ed.readline(&prompt)
    });
    match r {
        Ok(line) => Ok(Value::str(line)),
        Err(rustyline::error::ReadlineError::Eof) => {
            Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"))
        }
        Err(rustyline::error::ReadlineError::Interrupted) => {
            Err(PyErr::new(ExcKind::KeyboardInterrupt, ""))
        }
        Err(e) => Err(PyErr::new(ExcKind::OSError, e.to_string())),
    }
}
