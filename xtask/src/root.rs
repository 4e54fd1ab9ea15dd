//! The project root, found at run time from the current directory.
//!
//! Not `env!("CARGO_MANIFEST_DIR")`: that bakes in the folder xtask was compiled in,
//! so with a shared `CARGO_TARGET_DIR` a binary built in one clone would work in that
//! clone's folder, and fail once it is gone. Cargo runs `cargo xtask` in the directory
//! it was invoked from, anywhere inside the workspace; the root is the nearest folder
//! at or above it whose `Cargo.toml` has `[workspace]` and which holds `xtask/`.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

use crate::cmd::Result;

/// Finds the project root from the current directory and changes into it.
pub fn enter() -> Result<PathBuf> {
    let here = env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    let root = find(&here)?;
    env::set_current_dir(&root).map_err(|e| {
        format!(
            "cannot change into the project root {}: {e}",
            root.display()
        )
    })?;
    Ok(root)
}

/// The nearest folder at or above `start` that is the project root.
pub fn find(start: &Path) -> Result<PathBuf> {
    start
        .ancestors()
        .find(|dir| is_root(dir))
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            format!(
                "no project root at or above {}: no folder there has a Cargo.toml with [workspace] and an xtask/ folder; run `cargo xtask` inside the project",
                start.display()
            )
        })
}

fn is_root(dir: &Path) -> bool {
    dir.join("xtask").is_dir()
        && fs::read_to_string(dir.join("Cargo.toml")).is_ok_and(|toml| {
            toml.lines()
                .any(|l| l.trim_start().starts_with("[workspace]"))
        })
}

#[cfg(test)]
mod tests {
    use super::find;
    use std::fs;
    use std::path::PathBuf;

    /// A fresh folder under the system temp dir, removed when dropped.
    struct Tree(PathBuf);

    impl Tree {
        fn new(name: &str) -> Tree {
            let dir =
                std::env::temp_dir().join(format!("xtask-root-{name}-{}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).unwrap();
            Tree(dir)
        }
        fn dir(&self, rel: &str) -> PathBuf {
            let p = self.0.join(rel);
            fs::create_dir_all(&p).unwrap();
            p
        }
        fn file(&self, rel: &str, text: &str) {
            let p = self.0.join(rel);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, text).unwrap();
        }
    }

    impl Drop for Tree {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn project(t: &Tree, at: &str) -> PathBuf {
        t.file(
            &format!("{at}/Cargo.toml"),
            "[workspace]\nmembers = [\"xtask\"]\n\n[package]\nname = \"p\"\n",
        );
        t.file(
            &format!("{at}/xtask/Cargo.toml"),
            "[package]\nname = \"xtask\"\n",
        );
        t.0.join(at)
    }

    #[test]
    fn finds_the_root_from_itself_and_from_below() {
        let t = Tree::new("below");
        let root = project(&t, "clone");
        assert_eq!(find(&root).unwrap(), root);
        assert_eq!(find(&t.dir("clone/src/model")).unwrap(), root);
        // The xtask member has its own Cargo.toml, without [workspace].
        assert_eq!(find(&t.dir("clone/xtask/src")).unwrap(), root);
    }

    #[test]
    fn skips_a_workspace_without_xtask_and_an_xtask_without_workspace() {
        let t = Tree::new("skips");
        let root = project(&t, "clone");
        t.file("clone/vendor/other/Cargo.toml", "[workspace]\n");
        t.file("clone/tools/Cargo.toml", "[package]\nname = \"tools\"\n");
        t.dir("clone/tools/xtask");
        assert_eq!(find(&t.dir("clone/vendor/other/src")).unwrap(), root);
        assert_eq!(find(&t.dir("clone/tools/src")).unwrap(), root);
    }

    #[test]
    fn explains_when_there_is_no_root() {
        let t = Tree::new("none");
        t.file("lonely/Cargo.toml", "[package]\nname = \"lonely\"\n");
        let start = t.dir("lonely/src");
        let e = find(&start).unwrap_err();
        assert!(e.contains("no project root at or above"), "{e}");
        assert!(e.contains(&*start.to_string_lossy()), "{e}");
        assert!(!e.contains('\n'), "one line: {e}");
    }
}
