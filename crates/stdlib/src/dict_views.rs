//! `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict.

use isles_ceval::ops::type_name;
use isles_ceval::{Args, Thread};
use isles_object::{Kind, Obj, PyErr, PyResult, Value, ViewKind};

pub fn install(th: &mut Thread<'_>) {
    crate::methods::install(
        &th.st.types.dict,
        "dict",
        &[("keys", keys), ("values", values), ("items", items)],
    );
    for (ty, name) in [
        (&th.st.types.dict_keys, "dict_keys"),
        (&th.st.types.dict_items, "dict_items"),
    ] {
        crate::methods::install(ty, name, &[("isdisjoint", isdisjoint)]);
    }
}

/// `view.isdisjoint(iterable)` of a keys or items view: no element in common.
fn isdisjoint(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("isdisjoint")?;
    let [v, other] = a.pos else {
        return Err(PyErr::type_error(format!(
            "isdisjoint() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    };
    for k in isles_ceval::ops::iterate(th, other)? {
        if isles_ceval::ops::contains(th, v, &k)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn view(th: &Thread<'_>, a: Args<'_>, name: &str, kind: ViewKind) -> PyResult<Value> {
    a.no_kwargs(name)?;
    match a.pos {
        [d] if matches!(d.kind(), Some(Kind::Dict(_))) => Ok(Value::Obj(Obj::new(Kind::DictView(
            d.as_obj().expect("dict").clone(),
            kind,
        )))),
        [d] => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            type_name(th, d)
        ))),
        _ => Err(PyErr::type_error(format!(
            "dict.{name}() takes no arguments ({} given)",
            a.pos.len().saturating_sub(1)
        ))),
    }
}

fn keys(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    view(th, a, "keys", ViewKind::Keys)
}

fn values(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    view(th, a, "values", ViewKind::Values)
}

fn items(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    view(th, a, "items", ViewKind::Items)
}
