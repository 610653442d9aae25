//! A fixed amount of one scenario, for `valgrind --tool=callgrind` or `perf record`:
//! `profile create N` (N create + close), `profile idle N` (N idle interpreters kept open),
//! `profile queue N` (N small-int queue round trips between two interpreters).

use isles_benches::{Echo, create_close, runtime};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let what = args.get(1).map_or("create", String::as_str);
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100);
    let rt = runtime();
    match what {
        "create" => (0..n).for_each(|_| create_close(&rt)),
        "idle" => {
            let open: Vec<_> = (0..n)
                .map(|_| rt.create_interpreter(isles::InterpConfig::default()))
                .collect();
            open.iter().for_each(|i| i.close());
        }
        "queue" => {
            let echo = Echo::new(&rt);
            echo.round_trips("payload", n);
        }
        other => eprintln!("unknown scenario {other}: create, idle or queue"),
    }
}

/// The allocator of the `isles` CLI, so the figures measure what it runs.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
