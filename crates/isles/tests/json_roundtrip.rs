//! Property test: for generated JSON-able values, `json.loads(json.dumps(v)) == v` inside an
//! Isles interpreter, with and without indentation and key sorting, and `dumps` is stable
//! under a second round trip.

use proptest::prelude::*;

/// A value tree rendered as Python source.
fn value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("None".to_string()),
        any::<bool>().prop_map(|b| if b { "True" } else { "False" }.to_string()),
        any::<i64>().prop_map(|i| i.to_string()),
        (any::<i64>(), 0u32..40).prop_map(|(i, e)| format!("({i} * 7 ** {e})")),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| format!("float.fromhex('{}')", hex(f))),
        "[a-z\\\\\"\\n\\t é中😀\u{1}]{0,12}".prop_map(|s| py_str(&s)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(|v| format!("[{}]", v.join(", "))),
            prop::collection::vec(("[a-zA-Z0-9 _é]{0,6}", inner), 0..6).prop_map(|kv| {
                let items: Vec<String> = kv
                    .iter()
                    .map(|(k, v)| format!("{}: {v}", py_str(k)))
                    .collect();
                format!("{{{}}}", items.join(", "))
            }),
        ]
    })
}

/// A Python string literal for `s`.
fn py_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `float.hex()` spelling of a finite float (so the value is exact in source).
fn hex(f: f64) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0x0p+0"
        } else {
            "0x0p+0"
        }
        .to_string();
    }
    let bits = f.to_bits();
    let sign = if f < 0.0 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    if exp == 0 {
        format!("{sign}0x0.{mant:013x}p-1022")
    } else {
        format!("{sign}0x1.{mant:013x}p{:+}", exp - 1023)
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn dumps_then_loads_gives_the_same_value(src in value()) {
        let rt = isles::Runtime::new(isles::RuntimeConfig::default());
        let it = rt.create_interpreter(isles::InterpConfig::default());
        let setup = it.exec(&format!("import json\nv = {src}"));
        prop_assert!(setup.is_ok(), "{}: {:?}", src, setup.err().map(|e| e.to_string()));
        for opts in ["", ", indent=2", ", sort_keys=True, separators=(',', ':')", ", ensure_ascii=False"] {
            let check = format!(
                "s = json.dumps(v{opts})\nw = json.loads(s)\nok = (w == v and json.dumps(w{opts}) == s)"
            );
            let r = it.exec(&check);
            prop_assert!(r.is_ok(), "{} with {}: {:?}", src, opts, r.err().map(|e| e.to_string()));
            prop_assert_eq!(it.eval_repr("ok").unwrap(), "True", "{} with {}", src, opts);
        }
    }
}
