//! Running commands: the helpers every task shares.

use std::env;
use std::process::Command;

pub type Result<T = ()> = std::result::Result<T, String>;

/// The cargo that runs xtask (`$CARGO`), else `cargo` on PATH.
pub fn cargo() -> Command {
    Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Runs a command, streaming its output; fails with `what` when it exits non-zero.
pub fn run(cmd: &mut Command, what: &str) -> Result {
    println!("\n$ {}", describe(cmd));
    let status = cmd
        .status()
        .map_err(|e| format!("{what}: could not start `{}`: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

fn describe(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// Prints a step heading.
pub fn step(msg: &str) {
    println!("\n== {msg}");
}
