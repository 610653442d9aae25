//! The `isles` command: runs a Python file (or `-c` code) like `python3` does, or the
//! interactive prompt.

#![deny(unsafe_code)]

// The global allocator and its tuning; the binary's only `unsafe` (see its `SAFETY` note).
#[allow(unsafe_code)]
mod heap;

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use clap::Parser;

#[derive(Parser)]
#[command(name = "isles", version, about = "Run Python code in Isles")]
struct Cli {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "cmd", conflicts_with = "module")]
    command: Option<String>,
    /// Run a library module as a script (the rest of the arguments go to sys.argv).
    #[arg(short = 'm', value_name = "mod")]
    module: Option<String>,
    /// Inspect interactively after running the script (or `-c` code).
    #[arg(short = 'i')]
    interactive: bool,
    /// The script to run, then the arguments it gets in sys.argv.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// The program runs on a thread with a large stack: Python-to-Python calls do not use it, but
/// native recursion (compiling deeply nested source, repr of nested containers) does, and
/// it is bounded by the recursion limits, not by the OS default of 8 MiB.
const STACK_SIZE: usize = 512 << 20;

fn main() -> ExitCode {
    heap::tune();
    let cli = Cli::parse();
    std::thread::Builder::new()
        .name("isles-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || run(cli))
        .map_or(ExitCode::from(1), |h| h.join().unwrap_or(ExitCode::from(1)))
}

fn run(cli: Cli) -> ExitCode {
    if let Some(module) = cli.module {
        return run_module(&module, cli.args);
    }
    let (source, filename, argv) = if let Some(cmd) = cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args);
        (cmd, "<string>".to_string(), argv)
    } else if let Some(path) = cli.args.first().filter(|p| *p != "-") {
        match std::fs::read_to_string(path) {
            // CPython runs the script under its absolute path (tracebacks show it).
            Ok(s) => {
                let abs = std::path::absolute(path).unwrap_or_else(|_| path.into());
                (s, abs.display().to_string(), cli.args.clone())
            }
            Err(e) => {
                let abs = std::path::absolute(path).unwrap_or_else(|_| path.into());
                eprintln!(
                    "isles: can't open file '{}': [Errno {}] {}",
                    abs.display(),
                    e.raw_os_error().unwrap_or(0),
                    io_message(&e)
                );
                return ExitCode::from(2);
            }
        }
    } else if cli.interactive || std::io::stdin().is_terminal() {
        // No program: the prompt, in __main__ (prompts on stderr without a terminal).
        return prompt(cli.args.clone(), None);
    } else {
        let mut s = String::new();
        if std::io::stdin().read_to_string(&mut s).is_err() {
            return ExitCode::from(1);
        }
        // `isles - args` gives the program sys.argv ['-', args...], as CPython does.
        let argv = if cli.args.is_empty() {
            vec![String::new()]
        } else {
            cli.args.clone()
        };
        (s, "<stdin>".to_string(), argv)
    };
    let rt = isles::Runtime::new(isles::RuntimeConfig {
        module_paths: module_paths(&filename),
        argv,
    });
    catch_sigint(&rt);
    let main = rt.main_interpreter();
    let outcome = main.run_source(&source, &filename);
    if cli.interactive && !matches!(outcome, Err(isles::Error::Exit { .. })) {
        // `-i`: the program's error is reported, then the prompt runs in its namespace.
        report(&outcome);
        return prompt(Vec::new(), Some((rt, main)));
    }
    finish(&main, outcome)
}

/// The interactive prompt (bundled `code` module) in the main interpreter's `__main__`:
/// after a `-i` program in its runtime, or in a new one.
fn prompt(argv: Vec<String>, after: Option<(isles::Runtime, isles::Interpreter)>) -> ExitCode {
    let has_program = after.is_some();
    let (_rt, main) = after.unwrap_or_else(|| {
        let rt = isles::Runtime::new(isles::RuntimeConfig {
            module_paths: module_paths("<stdin>"),
            argv: if argv.is_empty() {
                vec![String::new()]
            } else {
                argv
            },
        });
        let main = rt.main_interpreter();
        (rt, main)
    });
    let tty = std::io::stdin().is_terminal();
    // After a program, no banner (as CPython's `-i`).
    let banner = if has_program {
        String::new()
    } else {
        format!(
            "Isles {} (the Python 3.11 language) on {}\\nType \"exit()\" or press Ctrl-D to leave.",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS
        )
    };
    let src = format!(
        "__import__('code')._main_prompt({}, '{banner}')",
        if tty { "True" } else { "False" }
    );
    let outcome = main.run_source(&src, "<stdin>");
    finish(&main, outcome)
}

/// Prints an error a program ended with (its traceback), as the interpreter exiting would.
fn report(outcome: &Result<(), isles::Error>) {
    match outcome {
        Err(isles::Error::Syntax { formatted, .. }) => eprint!("{formatted}"),
        Err(isles::Error::Exception(e)) => eprint!("{}", e.formatted),
        _ => {}
    }
}

/// `isles -m module args`: sys.path starts with the current directory, sys.argv[0] becomes
/// the module's file (set by runpy).
fn run_module(module: &str, args: Vec<String>) -> ExitCode {
    let mut module_paths = module_paths("<cwd>");
    module_paths[0] = std::env::current_dir().unwrap_or_default();
    let mut argv = vec!["-m".to_string()];
    argv.extend(args);
    let rt = isles::Runtime::new(isles::RuntimeConfig { module_paths, argv });
    catch_sigint(&rt);
    let main = rt.main_interpreter();
    let outcome = main.run_module(module);
    finish(&main, outcome)
}

/// Waits for non-daemon threads, runs atexit handlers, and turns the outcome into the exit code.
fn finish(main: &isles::Interpreter, outcome: Result<(), isles::Error>) -> ExitCode {
    let _ = main.wait_for_threads();
    let _ = main.exec(
        "import sys\nif 'atexit' in sys.modules:\n    sys.modules['atexit']._run_exitfuncs()\n\
         import _isles_gc\n_isles_gc.finalize_main()",
    );
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(isles::Error::Syntax { formatted, .. }) => {
            eprint!("{formatted}");
            ExitCode::from(1)
        }
        Err(isles::Error::Exception(e)) => {
            eprint!("{}", e.formatted);
            if e.type_name == "KeyboardInterrupt" {
                // As CPython: die of SIGINT itself, so the parent sees how it ended.
                let _ =
                    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
                return ExitCode::from(130);
            }
            ExitCode::from(1)
        }
        Err(isles::Error::Exit { code, message }) => {
            eprint!("{message}");
            ExitCode::from(code as u8)
        }
        Err(isles::Error::Closed) => ExitCode::from(1),
    }
}

/// SIGINT sets the runtime's interrupt flag: the main interpreter raises KeyboardInterrupt.
/// A SIGINT the process started with ignored stays ignored (`nohup`, `cmd &` in a script),
/// as CPython leaves SIG_IGN alone; `signal.getsignal(SIGINT)` then says SIG_IGN.
fn catch_sigint(rt: &isles::Runtime) {
    if sigint_ignored() {
        return;
    }
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, rt.interrupt_flag());
}

/// Whether SIGINT is ignored now, from the `SigIgn` mask in `/proc/self/status` (read
/// rather than asked of `sigaction`, which would need `unsafe`); false where it is unknown.
fn sigint_ignored() -> bool {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return false;
    };
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigIgn:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| mask >> (signal_hook::consts::SIGINT - 1) & 1 == 1)
}

/// `sys.path`: the script's directory (or "" for `-c` and stdin), then `PYTHONPATH`.
fn module_paths(filename: &str) -> Vec<std::path::PathBuf> {
    let first = if filename.starts_with('<') {
        std::path::PathBuf::new()
    } else {
        std::path::Path::new(filename)
            .parent()
            .map(|p| p.to_path_buf())
            .unwrap_or_default()
    };
    let mut paths = vec![first];
    if let Some(pp) = std::env::var_os("PYTHONPATH") {
        paths.extend(std::env::split_paths(&pp).filter(|p| !p.as_os_str().is_empty()));
    }
    paths
}

/// The strerror text, without Rust's " (os error N)" suffix.
fn io_message(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
