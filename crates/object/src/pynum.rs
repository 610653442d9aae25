//! Numeric algorithms with CPython 3.11 semantics as pure functions: float repr, int/float
//! conversion, true and floor division, pow, hashing, parsing, rounding and formatting.
//!
//! Every result is meant to be byte-identical to CPython's on the same platform (libm calls go
//! through Rust's `f64` methods, which use the system libm as CPython does). Errors are
//! returned as [`NumError`] values carrying CPython's exact messages; turning them into
//! exceptions is the caller's business.

mod arith;
mod convert;
mod floatfmt;
mod format;
mod hex;
mod parse;
mod round;
mod strrepr;
mod unitables;

#[cfg(test)]
mod difftest;
#[cfg(test)]
mod tests;

pub use arith::{
    IntPowResult, PowResult, big_divmod, big_floordiv, big_mod, float_divmod, float_floordiv,
    float_mod, float_pow, float_truediv, i64_floordiv, i64_mod, i64_pow, int_pow, small_modpow,
};
pub use convert::{
    bigint_to_f64, f64_to_bigint, hash_bigint, hash_f64, i64_true_div, int_true_div,
};
pub use floatfmt::float_repr;
pub use format::{
    FormatSpec, format_float, format_int, format_str, parse_format_spec, parse_format_spec_for,
    percent_float, percent_int, py_format_float, py_format_int, py_format_str,
};
pub use hex::{float_as_integer_ratio, float_fromhex, float_hex, int_to_string_radix};
pub use parse::{
    DEFAULT_INT_MAX_STR_DIGITS, check_int_str_digits, parse_float, parse_int, parse_int_with_limit,
};
pub use round::{float_round, float_round_to_int, int_round};
pub use strrepr::{is_identifier, py_str_repr};

/// A failed numeric operation, named after the Python exception it becomes.
#[derive(Debug, Clone, PartialEq)]
pub enum NumError {
    ZeroDivision(String),
    Overflow(String),
    Value(String),
}

impl NumError {
    /// The exception message, exactly as CPython words it.
    pub fn message(&self) -> &str {
        match self {
            NumError::ZeroDivision(m) | NumError::Overflow(m) | NumError::Value(m) => m,
        }
    }

    /// The Python exception class name.
    pub fn type_name(&self) -> &'static str {
        match self {
            NumError::ZeroDivision(_) => "ZeroDivisionError",
            NumError::Overflow(_) => "OverflowError",
            NumError::Value(_) => "ValueError",
        }
    }
}

impl std::fmt::Display for NumError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message())
    }
}

impl std::error::Error for NumError {}

fn zero_div(msg: &str) -> NumError {
    NumError::ZeroDivision(msg.to_owned())
}

fn overflow(msg: &str) -> NumError {
    NumError::Overflow(msg.to_owned())
}

fn value_err(msg: &str) -> NumError {
    NumError::Value(msg.to_owned())
}
