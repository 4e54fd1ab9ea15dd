//! `cargo xtask fuzz [--execs N] [--seconds S] [--target T]`: the decoders under libFuzzer.
//!
//! The targets live in `fuzz/` (its own workspace, not a member of the project's): the
//! page-link decoder (`url`), the scenario-file reader (`scenario_file`) and the CLI's
//! argument parser (`cli_args`). They are built with the coverage instrumentation that
//! `cargo fuzz --sanitizer none` passes, on the stable toolchain, into `target/fuzz`,
//! for the host triple named explicitly so build scripts stay uninstrumented. Each runs
//! from its seed corpus (`fuzz/corpus/<target>/`, read only), the inputs it once failed
//! on (`fuzz/regressions/<target>/`, replayed by the native tests too) and a working corpus
//! (`target/fuzz/corpus/<target>/`, where libFuzzer keeps what found new coverage).
//!
//! `--execs N` is the total over the targets run, split evenly (default 10,000,000);
//! `--seconds S` runs each target for S seconds instead (the suite's short pass). The
//! figures go to `target/report/fuzz.json`; a crash or a hang (over 10 s for one input)
//! fails the task, its input kept under `target/fuzz/artifacts/<target>/`: fix the code,
//! then copy the input into `fuzz/regressions/<target>/` with a name that says what it
//! found.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::cmd::{cargo, run, Result};

/// Every fuzz target, in the order they run.
pub const TARGETS: &[&str] = &["url", "scenario_file", "cli_args"];

/// What `cargo fuzz build --sanitizer none` passes: libFuzzer's coverage feedback
/// (8-bit edge counters, the PC table, compare tracing) without a sanitizer.
const RUSTFLAGS: &str = "-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
    -Cllvm-args=-sanitizer-coverage-pc-table \
    -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions";

/// Seconds per target of the suite's short pass (`cargo xtask test`): about a minute
/// for the three.
pub const SHORT_PASS_SECONDS: u64 = 20;

/// Seconds one input may take before libFuzzer calls it a hang.
const TIMEOUT_S: u32 = 10;
/// The longest input libFuzzer makes (a link of 4 KB, a file of 4 KB).
const MAX_LEN: u32 = 4096;

/// How long each target runs.
#[derive(Clone, Copy, Debug)]
pub enum Budget {
    /// Executions in total, split evenly over the targets.
    Execs(u64),
    /// Seconds per target.
    Seconds(u64),
}

/// One target's figures.
struct Figures {
    target: &'static str,
    execs: u64,
    seconds: f64,
    seeds: usize,
    corpus: usize,
    new_units: u64,
    peak_rss_mb: u64,
    crashes: Vec<String>,
}

/// Parses `fuzz`'s options.
pub fn parse(args: &[String]) -> Result<(Budget, Vec<&'static str>)> {
    let mut budget = Budget::Execs(10_000_000);
    let mut targets: Vec<&'static str> = Vec::new();
    let mut k = 0;
    while k < args.len() {
        let value = args
            .get(k + 1)
            .ok_or(format!("{} needs a value", args[k]))?;
        let number = |what: &str| -> Result<u64> {
            value
                .replace('_', "")
                .parse::<u64>()
                .ok()
                .filter(|&n| n > 0)
                .ok_or(format!("{what}: `{value}` is not a positive whole number"))
        };
        match args[k].as_str() {
            "--execs" => budget = Budget::Execs(number("--execs")?),
            "--seconds" => budget = Budget::Seconds(number("--seconds")?),
            "--target" => targets.push(TARGETS.iter().find(|t| **t == value).copied().ok_or(
                format!("--target: `{value}` (allowed: {})", TARGETS.join(", ")),
            )?),
            other => return Err(format!("fuzz: unknown option `{other}`")),
        }
        k += 2;
    }
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    Ok((budget, targets))
}

/// Builds the targets, runs each within `budget`, writes `target/report/fuzz.json`.
pub fn fuzz(root: &Path, budget: Budget, targets: &[&'static str]) -> Result {
    let triple = host_triple()?;
    let target_dir = root.join("target/fuzz");
    run(
        cargo()
            .args(["build", "--release", "--manifest-path"])
            .arg(root.join("fuzz/Cargo.toml"))
            .args(["--target", &triple, "--target-dir"])
            .arg(&target_dir)
            .env("RUSTFLAGS", RUSTFLAGS)
            .env_remove("CARGO_ENCODED_RUSTFLAGS"),
        "cargo build (fuzz targets)",
    )?;
    let bin_dir = target_dir.join(&triple).join("release");
    let mut all = Vec::new();
    for &t in targets {
        let per_target = match budget {
            Budget::Execs(n) => format!("-runs={}", n.div_ceil(targets.len() as u64)),
            Budget::Seconds(s) => format!("-max_total_time={s}"),
        };
        let f = run_target(root, &bin_dir, t, &per_target)?;
        println!(
            "fuzz {t}: {} executions in {:.1} s ({:.0}/s), corpus {} ({} seeds), {} crash(es)",
            f.execs,
            f.seconds,
            f.execs as f64 / f.seconds.max(1e-9),
            f.corpus,
            f.seeds,
            f.crashes.len()
        );
        all.push(f);
    }
    let report = root.join("target/report/fuzz.json");
    write_report(&report, &all)?;
    let execs: u64 = all.iter().map(|f| f.execs).sum();
    let seconds: f64 = all.iter().map(|f| f.seconds).sum();
    println!(
        "fuzz: {execs} executions in {seconds:.0} s ({:.0}/s); report {}",
        execs as f64 / seconds.max(1e-9),
        report.display()
    );
    let crashed: Vec<String> = all.iter().flat_map(|f| f.crashes.clone()).collect();
    if crashed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the fuzzer found {} failing input(s): {} (replay one with `{}/<target> <file>`)",
            crashed.len(),
            crashed.join(", "),
            bin_dir.display()
        ))
    }
}

fn run_target(root: &Path, bin_dir: &Path, t: &'static str, budget: &str) -> Result<Figures> {
    let seeds = root.join("fuzz/corpus").join(t);
    let regressions = root.join("fuzz/regressions").join(t);
    let corpus = root.join("target/fuzz/corpus").join(t);
    let artifacts = root.join("target/fuzz/artifacts").join(t);
    let logs = root.join("target/fuzz/logs");
    for d in [&corpus, &artifacts, &logs] {
        fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    let before = count_files(&artifacts);
    // Named by the budget too, so a short pass beside a long run keeps its own log.
    let tag: String = budget.trim_start_matches('-').replace('=', "-");
    let log_path = logs.join(format!("{t}.{tag}.log"));
    let log = fs::File::create(&log_path).map_err(|e| format!("{}: {e}", log_path.display()))?;
    println!("\n$ {t} {budget} (log: {})", log_path.display());
    let started = Instant::now();
    let status = Command::new(bin_dir.join(t))
        .arg(&corpus)
        .arg(&seeds)
        .args(regressions.is_dir().then_some(&regressions))
        .arg(budget)
        .arg(format!("-timeout={TIMEOUT_S}"))
        .arg(format!("-max_len={MAX_LEN}"))
        .arg(format!("-artifact_prefix={}/", artifacts.display()))
        .arg("-print_final_stats=1")
        .stdout(Stdio::null())
        .stderr(log)
        .status()
        .map_err(|e| format!("could not start fuzz target {t}: {e}"))?;
    let seconds = started.elapsed().as_secs_f64();
    let text = fs::read_to_string(&log_path).unwrap_or_default();
    let stat = |name: &str| -> u64 {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim_start_matches(':').trim().parse().ok())
            .unwrap_or(0)
    };
    let mut crashes: Vec<String> = Vec::new();
    if count_files(&artifacts) > before || !status.success() {
        let mut found: Vec<String> = fs::read_dir(&artifacts)
            .map(|d| {
                d.flatten()
                    .map(|e| e.path().display().to_string())
                    .collect()
            })
            .unwrap_or_default();
        found.sort();
        if found.is_empty() {
            found.push(format!(
                "{t} exited with {status}; see {}",
                log_path.display()
            ));
        }
        // Show why: libFuzzer's report of the failing input.
        for l in text
            .lines()
            .filter(|l| l.contains("panicked") || l.contains("ERROR: libFuzzer"))
            .take(5)
        {
            eprintln!("{t}: {l}");
        }
        crashes = found;
    }
    Ok(Figures {
        target: t,
        execs: stat("stat::number_of_executed_units"),
        seconds,
        seeds: count_files(&seeds),
        corpus: count_files(&corpus) + count_files(&seeds),
        new_units: stat("stat::new_units_added"),
        peak_rss_mb: stat("stat::peak_rss_mb"),
        crashes,
    })
}

fn count_files(dir: &Path) -> usize {
    fs::read_dir(dir).map(|d| d.flatten().count()).unwrap_or(0)
}

/// The host's target triple (`rustc -vV`'s `host:` line).
fn host_triple() -> Result<String> {
    let out = Command::new("rustc")
        .arg("-vV")
        .output()
        .map_err(|e| format!("rustc -vV: {e}"))?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(str::to_string)
        .ok_or_else(|| "rustc -vV printed no host triple".to_string())
}

fn write_report(path: &Path, all: &[Figures]) -> Result {
    let mut s = String::from("{\n  \"targets\": [\n");
    for (k, f) in all.iter().enumerate() {
        let crashes: Vec<String> = f.crashes.iter().map(|c| json_string(c)).collect();
        s.push_str(&format!(
            "    {{\"target\": {}, \"executions\": {}, \"seconds\": {:.2}, \"execs_per_s\": {:.0}, \
             \"seeds\": {}, \"corpus\": {}, \"new_units\": {}, \"peak_rss_mb\": {}, \"crashes\": [{}]}}{}\n",
            json_string(f.target),
            f.execs,
            f.seconds,
            f.execs as f64 / f.seconds.max(1e-9),
            f.seeds,
            f.corpus,
            f.new_units,
            f.peak_rss_mb,
            crashes.join(", "),
            if k + 1 < all.len() { "," } else { "" }
        ));
    }
    let execs: u64 = all.iter().map(|f| f.execs).sum();
    let seconds: f64 = all.iter().map(|f| f.seconds).sum();
    let crashes: usize = all.iter().map(|f| f.crashes.len()).sum();
    s.push_str(&format!(
        "  ],\n  \"executions\": {execs},\n  \"seconds\": {seconds:.2},\n  \"execs_per_s\": {:.0},\n  \"crashes\": {crashes}\n}}\n",
        execs as f64 / seconds.max(1e-9)
    ));
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, s).map_err(|e| format!("{}: {e}", path.display()))
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn options_parse_and_bad_ones_are_named() {
        let (b, t) = parse(&args("")).unwrap();
        assert!(matches!(b, Budget::Execs(10_000_000)));
        assert_eq!(t, TARGETS);
        let (b, t) = parse(&args("--execs 3_000 --target url --target cli_args")).unwrap();
        assert!(matches!(b, Budget::Execs(3_000)));
        assert_eq!(t, ["url", "cli_args"]);
        assert!(matches!(
            parse(&args("--seconds 20")).unwrap().0,
            Budget::Seconds(20)
        ));
        assert_eq!(
            parse(&args("--target nope")).unwrap_err(),
            "--target: `nope` (allowed: url, scenario_file, cli_args)"
        );
        assert_eq!(
            parse(&args("--execs 0")).unwrap_err(),
            "--execs: `0` is not a positive whole number"
        );
        assert_eq!(
            parse(&args("--execs")).unwrap_err(),
            "--execs needs a value"
        );
        assert!(parse(&args("--bogus 1")).is_err());
    }

    #[test]
    fn report_strings_are_escaped() {
        assert_eq!(json_string("a\"b\\c\n"), "\"a\\\"b\\\\c\\u000a\"");
    }
}
