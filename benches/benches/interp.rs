//! `cargo bench -p isles-benches`: interpreter create+close, exec of a tiny statement, and
//! queue round trips between two interpreters (a small int, 1 MiB of bytes).

use isles_benches::{Echo, create_close, runtime};

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 200)]
fn interpreter_create_close(b: divan::Bencher) {
    let rt = runtime();
    b.bench_local(|| create_close(&rt));
}

#[divan::bench(sample_count = 200)]
fn exec_tiny_statement(b: divan::Bencher) {
    let rt = runtime();
    let i = rt.create_interpreter(isles::InterpConfig::default());
    b.bench_local(|| i.exec("x = 1").expect("exec"));
}

#[divan::bench(sample_count = 50)]
fn queue_round_trip_small_int_x100(b: divan::Bencher) {
    let rt = runtime();
    let echo = Echo::new(&rt);
    b.bench_local(|| echo.round_trips("payload", 100));
}

#[divan::bench(sample_count = 50)]
fn queue_round_trip_1mib_bytes_x100(b: divan::Bencher) {
    let rt = runtime();
    let echo = Echo::new(&rt);
    b.bench_local(|| echo.round_trips("big", 100));
}
