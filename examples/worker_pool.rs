//! N interpreters on N OS threads serving jobs from one queue: the embedding API's worker pool
//! (`cargo run --release -p isles --example worker_pool -- [workers] [jobs]`).
//!
//! Each worker is an interpreter of its own (its own GIL), so the jobs run in parallel on
//! every core. Jobs and results cross as plain shareable data through two cross-interpreter
//! queues; the Rust side puts jobs and collects results on its own thread.

use std::time::{Duration, Instant};

use isles::{InterpConfig, Runtime, RuntimeConfig, Shareable, UnboundOp};

/// What every worker runs: take a job, compute, send the result back, until `None`.
const WORKER: &str = "
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

while True:
    job = jobs.get()
    if job is None:
        break
    start, stop = job
    best = max(range(start, stop), key=collatz_steps)
    results.put((start, best, collatz_steps(best), worker_id))
";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let workers: usize = args.next().map_or(Ok(4), |a| a.parse())?;
    let njobs: i64 = args.next().map_or(Ok(64), |a| a.parse())?;
    let chunk = 2_000;

    let rt = Runtime::new(RuntimeConfig::default());
    let jobs = rt.create_queue(0, UnboundOp::Unbound);
    let results = rt.create_queue(0, UnboundOp::Unbound);

    let started = Instant::now();
    let handles: Vec<_> = (0..workers)
        .map(|w| {
            let interp = rt.create_interpreter(InterpConfig::default());
            interp.prepare_main(&[
                ("jobs", Shareable::Queue(jobs.clone())),
                ("results", Shareable::Queue(results.clone())),
                ("worker_id", Shareable::Int(w as i64)),
            ])?;
            Ok(std::thread::spawn(move || {
                let r = interp.exec(WORKER);
                interp.close();
                r
            }))
        })
        .collect::<Result<_, isles::Error>>()?;

    for j in 0..njobs {
        let start = 1 + j * chunk;
        let job =
            Shareable::Tuple(vec![Shareable::Int(start), Shareable::Int(start + chunk)].into());
        jobs.put(job, isles::Origin::new(0), None, isles::no_gil)?;
    }
    let mut per_worker = vec![0usize; workers];
    let mut best = (0i64, 0i64);
    for _ in 0..njobs {
        let got = results.get(Some(Duration::from_secs(120)), isles::no_gil)?;
        if let Shareable::Tuple(t) = got
            && let [
                _,
                Shareable::Int(n),
                Shareable::Int(steps),
                Shareable::Int(w),
            ] = &t[..]
        {
            per_worker[*w as usize] += 1;
            if *steps > best.1 {
                best = (*n, *steps);
            }
        }
    }
    for _ in 0..workers {
        jobs.put(Shareable::None, isles::Origin::new(0), None, isles::no_gil)?;
    }
    for h in handles {
        h.join().map_err(|_| "worker thread panicked")??;
    }
    println!(
        "{njobs} jobs on {workers} interpreters in {:.2?}: longest Collatz chain below {} starts at {} ({} steps); jobs per worker {:?}",
        started.elapsed(),
        1 + njobs * chunk,
        best.0,
        best.1,
        per_worker
    );
    Ok(())
}
