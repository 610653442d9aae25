//! `_tz`: local time zones for the bundled `time` module, read with `tz-rs` (TZif files from
//! the system's zoneinfo, `/etc/localtime`, or POSIX TZ strings) as glibc reads them. The
//! calendar arithmetic stays in `time.py`; this gives it the offset in effect at an instant.

use isles_ceval::ops::type_name;
use isles_ceval::{Args, Thread};
use isles_object::{Kind, Obj, PyErr, PyResult, Value};
use tz::TimeZone;
use tz::timezone::TransitionRule;

use crate::native_mod;

pub fn init(th: &mut Thread<'_>, _a: Args<'_>) -> PyResult<Value> {
    Ok(native_mod::module(
        th,
        "_tz",
        &[("load", load), ("offset", offset), ("types", types)],
    ))
}

/// `load(spec)`: the zone for a TZ value (None: `/etc/localtime`; empty or unreadable: UTC).
fn load(th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("load", 1, 1)?;
    let zone = match &a.pos[0] {
        Value::None => TimeZone::local().unwrap_or_else(|_| TimeZone::utc()),
        v => match v.as_str() {
            // An empty or unknown TZ is UTC, named so (as glibc does).
            Some(s) => TimeZone::from_posix_tz(s)
                .or_else(|_| TimeZone::from_posix_tz("UTC0"))
                .unwrap_or_else(|_| TimeZone::utc()),
            None => {
                return Err(PyErr::type_error(format!(
                    "TZ must be str, not {}",
                    type_name(th, v)
                )));
            }
        },
    };
    Ok(Value::Obj(Obj::new(Kind::Other(Box::new(zone)))))
}

fn zone(v: &Value) -> PyResult<&TimeZone> {
    match v.kind() {
        Some(Kind::Other(b)) => b
            .downcast_ref::<TimeZone>()
            .ok_or_else(|| PyErr::type_error("expected a time zone")),
        _ => Err(PyErr::type_error("expected a time zone")),
    }
}

fn ltt_tuple(t: &tz::LocalTimeType) -> Value {
    Value::tuple(vec![
        Value::Int(t.ut_offset() as i64),
        Value::bool(t.is_dst()),
        Value::str(t.time_zone_designation()),
    ])
}

/// `offset(zone, unix_time)`: `(utc_offset, is_dst, abbreviation)` in effect then.
fn offset(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("offset", 2, 2)?;
    let z = zone(&a.pos[0])?;
    let t = match &a.pos[1] {
        Value::Int(i) => *i,
        _ => return Err(PyErr::type_error("unix time must be an int")),
    };
    let ltt = z
        .find_local_time_type(t)
        .map_err(|_| PyErr::overflow("timestamp out of range for platform time_t"))?;
    Ok(ltt_tuple(ltt))
}

/// `types(zone)`: every local time type the zone uses, its rule for future years last.
fn types(_th: &mut Thread<'_>, a: Args<'_>) -> PyResult<Value> {
    a.check_count("types", 1, 1)?;
    let z = zone(&a.pos[0])?.as_ref();
    let mut out: Vec<Value> = z.local_time_types().iter().map(ltt_tuple).collect();
    match z.extra_rule() {
        Some(TransitionRule::Fixed(t)) => out.push(ltt_tuple(t)),
        Some(TransitionRule::Alternate(alt)) => {
            out.push(ltt_tuple(alt.std()));
            out.push(ltt_tuple(alt.dst()));
        }
        None => {}
    }
    Ok(Value::list(out))
}
