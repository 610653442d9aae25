//! Compile errors, located the way CPython reports a SyntaxError.

use ruff_text_size::TextRange;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Nesting too deep to compile: CPython raises RecursionError, with no source excerpt.
    RecursionError,
}

impl SyntaxKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxKind::SyntaxError => "SyntaxError",
            SyntaxKind::IndentationError => "IndentationError",
            SyntaxKind::TabError => "TabError",
            SyntaxKind::RecursionError => "RecursionError",
        }
    }
}

/// A syntax error. `line`/`offset` follow CPython's `SyntaxError` attributes: 1-based line,
/// 1-based character offset; `end_*` likewise (0 when unknown).
#[derive(Debug, Clone, PartialEq)]
pub struct CompileError {
    pub kind: SyntaxKind,
    pub msg: String,
    pub range: Option<TextRange>,
    pub filename: String,
    pub line: u32,
    pub offset: u32,
    pub end_line: u32,
    pub end_offset: u32,
    /// The source line the error is on, with its newline, as CPython's `text`.
    pub text: Option<String>,
    /// False for errors CPython reports without a caret line (unexpected indent).
    pub show_caret: bool,
}

impl CompileError {
    pub fn new(msg: impl Into<String>) -> CompileError {
        CompileError {
            kind: SyntaxKind::SyntaxError,
            msg: msg.into(),
            range: None,
            filename: String::new(),
            line: 0,
            offset: 0,
            end_line: 0,
            end_offset: 0,
            text: None,
            show_caret: true,
        }
    }

    pub fn at_range(msg: impl Into<String>, range: TextRange) -> CompileError {
        let mut e = CompileError::new(msg);
        e.range = Some(range);
        e
    }

    /// The error for source nested deeper than the compiler will go.
    pub fn too_deep() -> CompileError {
        CompileError::new("maximum recursion depth exceeded during compilation")
            .with_kind(SyntaxKind::RecursionError)
    }

    pub fn no_caret(mut self) -> CompileError {
        self.show_caret = false;
        self
    }

    pub fn with_kind(mut self, kind: SyntaxKind) -> CompileError {
        self.kind = kind;
        self
    }

    /// Fills line/offset/text from the byte range, now that the source is at hand.
    pub fn locate(mut self, source: &str, filename: &str) -> CompileError {
        self.filename = filename.to_string();
        if let Some(r) = self.range {
            let start = (r.start().to_usize()).min(source.len());
            let end = (r.end().to_usize()).min(source.len()).max(start);
            let (line, col) = line_col(source, start);
            let (eline, ecol) = line_col(source, end);
            self.line = line;
            self.offset = col + 1;
            self.end_line = eline;
            self.end_offset = ecol + 1;
            self.text = line_text(source, line);
        }
        self
    }
}

/// 1-based line and 0-based character column of byte offset `pos`.
pub(crate) fn line_col(source: &str, pos: usize) -> (u32, u32) {
    let mut pos = pos.min(source.len());
    while !source.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &source[..pos];
    let line = before.matches('\n').count() as u32 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = source[line_start..pos].chars().count() as u32;
    (line, col)
}

fn line_text(source: &str, line: u32) -> Option<String> {
    source
        .split_inclusive('\n')
        .nth(line.saturating_sub(1) as usize)
        .map(|l| {
            let mut s = l.trim_end_matches(['\r', '\n']).to_string();
            s.push('\n');
            s
        })
        .or_else(|| (line as usize == source.split_inclusive('\n').count() + 1).then(String::new))
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.line
        )
    }
}

impl std::error::Error for CompileError {}
