//! `__init__` of list, dict, set and bytearray. For these types `__new__` makes an empty
//! object when the class is a Python subclass, and `__init__` fills it (CPython's split), so
//! `class L(list)` with its own `__init__` can call `super().__init__(items)`.

use isles_ceval::ops::{self, type_name};
use isles_ceval::{Args, NativeFn, Thread};
use isles_object::{Kind, Obj, PyErr, PyResult, Value};

pub fn install(th: &Thread<'_>) {
    let t = &th.st.types;
    let inits: [(&Obj, &'static str, NativeFn); 4] = [
        (&t.list, "list", list_init),
        (&t.dict, "dict", dict_init),
        (&t.set, "set", set_init),
        (&t.bytearray, "bytearray", bytearray_init),
    ];
    for (ty, owner, f) in inits {
        crate::methods::install_one(ty, owner, "__init__", f);
    }
}

/// Runs the type's constructor on the arguments (self standing in for the class, which the
/// constructors do not look at) and moves what it made into self.
fn fill(th: &mut Thread<'_>, a: Args<'_>, owner: &str, new: NativeFn) -> PyResult<Value> {
    let Some(this) = a.pos.first().cloned() else {
        return Err(PyErr::type_error(format!(
            "descriptor '__init__' of '{owner}' object needs an argument"
        )));
    };
    let fits = matches!(
        (owner, this.kind()),
        ("list", Some(Kind::List(_)))
            | ("dict", Some(Kind::Dict(_)))
            | ("set", Some(Kind::Set(_)))
            | ("bytearray", Some(Kind::ByteArray(_)))
    );
    if !fits {
        return Err(PyErr::type_error(format!(
            "descriptor '__init__' requires a '{owner}' object but received a '{}'",
            type_name(th, &this)
        )));
    }
    let made = new(th, a)?;
    match (this.kind(), made.kind()) {
        (Some(Kind::List(d)), Some(Kind::List(s))) => {
            let items = std::mem::take(&mut *s.borrow_mut());
            let old = std::mem::replace(&mut *d.borrow_mut(), items);
            drop(old);
        }
        // dict.__init__ adds to what is there, as `update` does.
        (Some(Kind::Dict(_)), Some(Kind::Dict(s))) => {
            let items = s.borrow().items();
            for (k, v) in items {
                ops::dict_set(th, &this, k, v)?;
            }
        }
        (Some(Kind::Set(d)), Some(Kind::Set(s))) => {
            let table = std::mem::take(&mut *s.borrow_mut());
            let old = std::mem::replace(&mut *d.borrow_mut(), table);
            drop(old);
        }
        (Some(Kind::ByteArray(d)), Some(Kind::ByteArray(s))) => {
            let bytes = std::mem::take(&mut *s.borrow_mut());
            *d.borrow_mut() = bytes;
        }
        _ => {
            return Err(PyErr::system_error(
                "__init__: constructor made another type",
            ));
        }
    }
    Ok(Value::None)
}

fn list_init(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    fill(th, a, "list", crate::builtins::new_list)
}

fn dict_init(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "dict expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    fill(th, a, "dict", crate::builtins::new_dict)
}

fn set_init(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    fill(th, a, "set", crate::collections_core::new_set)
}

fn bytearray_init(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    fill(th, a, "bytearray", crate::bytes_methods::new_bytearray)
}
