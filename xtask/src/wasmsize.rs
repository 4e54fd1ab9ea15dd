//! Where the bundle's bytes go: the code of every function in the wasm module that
//! rustc and the linker write (before wasm-bindgen and wasm-opt strip the names), summed
//! by crate and, for this package, by module; plus the data segments (string literals,
//! tables, the compiled-in texts).
//!
//! The module is read by hand: only the section headers, the code section's body sizes
//! and the name section's function names are needed, and the format is small enough
//! that a parser crate would cost more build time than it saves. The figures are raw
//! bytes of the unoptimised-for-size linker output, so they rank and apportion; the
//! per-file gzip figures of `dist/` remain the measure of what a visitor downloads.

use std::collections::BTreeMap;

/// Reads an unsigned LEB128 at `*at`, advancing it.
fn uleb(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*at)?;
        *at += 1;
        value |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(value);
        }
        shift += 7;
        if shift > 63 {
            return None;
        }
    }
}

/// One module's breakdown.
#[derive(Debug, Default, PartialEq)]
pub struct Breakdown {
    /// Code bytes by crate (the first path segment of the function's name).
    pub by_crate: BTreeMap<String, u64>,
    /// Code bytes of this package's functions by module (`model::thermal`, `app::verdict`…).
    pub by_module: BTreeMap<String, u64>,
    /// Bytes of the data section (literals, tables, compiled-in texts).
    pub data: u64,
    /// Bytes of the code section in all.
    pub code: u64,
    /// Bytes of every other section (types, imports, names, custom sections…).
    pub other: u64,
    /// Functions the name section did not name.
    pub unnamed: u64,
}

/// A Rust symbol as a path (`core::fmt::write`, `<a::B as c::D>::f`), for the two
/// manglings rustc writes: legacy (`_ZN…E`, its hash segment dropped and its `$LT$`-style
/// escapes undone) and v0 (`_R…`: the crate root and the identifiers after it, enough
/// to attribute the function). Anything else comes back unchanged.
pub fn demangle(sym: &str) -> String {
    if let Some(body) = sym.strip_prefix("_ZN") {
        let mut segs = Vec::new();
        let b = body.as_bytes();
        let mut i = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            let mut len = 0usize;
            while i < b.len() && b[i].is_ascii_digit() {
                len = len * 10 + usize::from(b[i] - b'0');
                i += 1;
            }
            let Some(seg) = body.get(i..i + len) else {
                return sym.to_string();
            };
            i += len;
            let is_hash = seg.len() == 17
                && seg.starts_with('h')
                && seg[1..].bytes().all(|c| c.is_ascii_hexdigit());
            if !is_hash {
                segs.push(unescape_legacy(seg));
            }
        }
        return segs.join("::");
    }
    if let Some(body) = sym.strip_prefix("_R") {
        // The first crate root `C[s<disambiguator>_]<len><ident>` names the crate.
        let b = body.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'C' {
                let mut j = i + 1;
                if j < b.len() && b[j] == b's' {
                    while j < b.len() && b[j] != b'_' {
                        j += 1;
                    }
                    j += 1;
                }
                let mut segs = Vec::new();
                while j < b.len() && b[j].is_ascii_digit() {
                    let mut len = 0usize;
                    while j < b.len() && b[j].is_ascii_digit() {
                        len = len * 10 + usize::from(b[j] - b'0');
                        j += 1;
                    }
                    // `_` separates an identifier that starts with a digit or `_`.
                    if j < b.len() && b[j] == b'_' {
                        j += 1;
                    }
                    match body.get(j..j + len) {
                        Some(seg) => segs.push(seg.to_string()),
                        None => break,
                    }
                    j += len;
                }
                if !segs.is_empty() {
                    return segs.join("::");
                }
            }
            i += 1;
        }
    }
    sym.to_string()
}

/// Undoes the legacy mangling's escapes (`$LT$` → `<`, `..` → `::`, …).
fn unescape_legacy(seg: &str) -> String {
    let seg = seg
        .strip_prefix('_')
        .filter(|s| s.starts_with('$'))
        .unwrap_or(seg);
    let mut out = String::new();
    let mut rest = seg;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("..") {
            out.push_str("::");
            rest = r;
        } else if let Some(r) = rest.strip_prefix('$') {
            let Some(end) = r.find('$') else {
                out.push_str(rest);
                break;
            };
            out.push_str(match &r[..end] {
                "LT" => "<",
                "GT" => ">",
                "RF" => "&",
                "BP" => "*",
                "LP" => "(",
                "RP" => ")",
                "C" => ",",
                "SP" => "@",
                "u20" => " ",
                "u27" => "'",
                "u5b" => "[",
                "u5d" => "]",
                "u7b" => "{",
                "u7d" => "}",
                "u7e" => "~",
                _ => "?",
            });
            rest = &r[end + 1..];
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The crate a demangled name belongs to: the first path segment, looking through
/// `<T as Trait>` and reference or `dyn` prefixes.
fn crate_of(name: &str) -> &str {
    let n = name.trim_start_matches(['<', '&', '*', '(', '[']);
    let n = n.strip_prefix("dyn ").unwrap_or(n);
    let n = n.strip_prefix("mut ").unwrap_or(n);
    let end = n.find("::").unwrap_or(n.len());
    let head = &n[..end];
    if head.is_empty() || head.contains([' ', '<', '>', ',']) {
        "(other)"
    } else {
        head
    }
}

/// Our own module of a name in `crate_name`: the two path segments after the crate.
fn module_of(name: &str, crate_name: &str) -> Option<String> {
    let n = name.trim_start_matches(['<', '&']);
    let rest = n.strip_prefix(crate_name)?.strip_prefix("::")?;
    let parts: Vec<&str> = rest
        .split("::")
        .take(2)
        .map(|p| p.split(['<', ' ', '{']).next().unwrap_or(p))
        .collect();
    // A single segment is a function at the crate root or a module's item.
    Some(match parts.as_slice() {
        [m] => m.to_string(),
        [m, s] if s.chars().next().is_some_and(|c| c.is_ascii_lowercase()) => {
            format!("{m}::{s}")
        }
        [m, ..] => m.to_string(),
        [] => "(root)".into(),
    })
}

/// Parses `bytes` (a wasm module). `own` is this package's crate name as it appears in
/// symbols (`orbital_footprint`). `None` when the bytes are not a wasm module.
pub fn breakdown(bytes: &[u8], own: &str) -> Option<Breakdown> {
    if bytes.len() < 8 || &bytes[..4] != b"\0asm" {
        return None;
    }
    let mut at = 8;
    let mut imported_funcs = 0u64;
    let mut bodies: Vec<u64> = Vec::new();
    let mut names: BTreeMap<u64, String> = BTreeMap::new();
    let mut out = Breakdown::default();
    while at < bytes.len() {
        let id = bytes[at];
        at += 1;
        let size = uleb(bytes, &mut at)? as usize;
        let start = at;
        let end = start.checked_add(size).filter(|&e| e <= bytes.len())?;
        match id {
            2 => {
                // Imports: functions among them take the first indices.
                let mut p = start;
                let count = uleb(bytes, &mut p)?;
                for _ in 0..count {
                    for _ in 0..2 {
                        let len = uleb(bytes, &mut p)? as usize;
                        p += len;
                    }
                    let kind = *bytes.get(p)?;
                    p += 1;
                    match kind {
                        0 => {
                            uleb(bytes, &mut p)?;
                            imported_funcs += 1;
                        }
                        1 => {
                            p += 1;
                            let flags = uleb(bytes, &mut p)?;
                            uleb(bytes, &mut p)?;
                            if flags & 1 == 1 {
                                uleb(bytes, &mut p)?;
                            }
                        }
                        2 => {
                            let flags = uleb(bytes, &mut p)?;
                            uleb(bytes, &mut p)?;
                            if flags & 1 == 1 {
                                uleb(bytes, &mut p)?;
                            }
                        }
                        3 => p += 2,
                        _ => return None,
                    }
                }
                out.other += size as u64;
            }
            10 => {
                let mut p = start;
                let count = uleb(bytes, &mut p)?;
                for _ in 0..count {
                    let body = uleb(bytes, &mut p)?;
                    p = p.checked_add(body as usize)?;
                    bodies.push(body);
                }
                out.code += size as u64;
            }
            11 => out.data += size as u64,
            0 => {
                let mut p = start;
                let len = uleb(bytes, &mut p)? as usize;
                let name = bytes.get(p..p + len)?;
                p += len;
                if name == b"name" {
                    while p < end {
                        let sub = bytes[p];
                        p += 1;
                        let sub_len = uleb(bytes, &mut p)? as usize;
                        let sub_end = p + sub_len;
                        if sub == 1 {
                            let mut q = p;
                            let count = uleb(bytes, &mut q)?;
                            for _ in 0..count {
                                let idx = uleb(bytes, &mut q)?;
                                let l = uleb(bytes, &mut q)? as usize;
                                let s = bytes.get(q..q + l)?;
                                q += l;
                                names.insert(idx, demangle(&String::from_utf8_lossy(s)));
                            }
                        }
                        p = sub_end;
                    }
                }
                out.other += size as u64;
            }
            _ => out.other += size as u64,
        }
        at = end;
    }
    for (i, body) in bodies.iter().enumerate() {
        match names.get(&(imported_funcs + i as u64)) {
            Some(name) => {
                let krate = crate_of(name);
                *out.by_crate.entry(krate.to_string()).or_default() += body;
                if krate == own {
                    if let Some(m) = module_of(name, own) {
                        *out.by_module.entry(m).or_default() += body;
                    }
                }
            }
            None => {
                out.unnamed += body;
                *out.by_crate.entry("(unnamed)".into()).or_default() += body;
            }
        }
    }
    Some(out)
}

/// The largest `n` entries of `map`, biggest first, and the rest summed.
pub fn top(map: &BTreeMap<String, u64>, n: usize) -> (Vec<(String, u64)>, u64) {
    let mut v: Vec<(String, u64)> = map.iter().map(|(k, &b)| (k.clone(), b)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let rest = v.iter().skip(n).map(|e| e.1).sum();
    v.truncate(n);
    (v, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hand-assembled module: one imported function, two defined functions with
    /// bodies of 4 and 6 bytes, a 5-byte data section, and a name section naming them.
    fn module() -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        // type section: one type () -> ()
        m.extend([1, 4, 1, 0x60, 0, 0]);
        // import section: "a" "b" func type 0
        m.extend([2, 7, 1, 1, b'a', 1, b'b', 0, 0]);
        // function section: two functions of type 0
        m.extend([3, 3, 2, 0, 0]);
        // code section: bodies of 4 and 6 bytes
        let b1 = [4u8, 0, 0x01, 0x01, 0x0b];
        let b2 = [6u8, 0, 0x01, 0x01, 0x01, 0x01, 0x0b];
        let mut code = vec![2];
        code.extend(b1);
        code.extend(b2);
        m.push(10);
        m.push(code.len() as u8);
        m.extend(code);
        // data section of 5 bytes (contents irrelevant to the breakdown)
        m.extend([11, 5, 0, 0, 0, 0, 0]);
        // name section, function names for indices 1 and 2
        let n1 = b"orbital_footprint::model::thermal::radiator";
        let n2 = b"<leptos::x as core::fmt::Debug>::fmt";
        let mut sub = vec![2, 1, n1.len() as u8];
        sub.extend(n1);
        sub.extend([2, n2.len() as u8]);
        sub.extend(n2);
        let mut custom = vec![4];
        custom.extend(b"name");
        custom.push(1);
        custom.push(sub.len() as u8);
        custom.extend(sub);
        m.push(0);
        m.push(custom.len() as u8);
        m.extend(custom);
        m
    }

    #[test]
    fn apportions_bodies_by_crate_and_module() {
        let b = breakdown(&module(), "orbital_footprint").expect("a module");
        assert_eq!(b.by_crate.get("orbital_footprint"), Some(&4));
        assert_eq!(b.by_crate.get("leptos"), Some(&6));
        assert_eq!(b.by_module.get("model::thermal"), Some(&4));
        assert_eq!(b.data, 5);
        assert_eq!(b.unnamed, 0);
    }

    #[test]
    fn rejects_what_is_not_wasm_and_truncation() {
        assert_eq!(breakdown(b"hello world", "x"), None);
        let m = module();
        assert_eq!(breakdown(&m[..m.len() - 3], "orbital_footprint"), None);
    }

    #[test]
    fn demangles_both_manglings() {
        assert_eq!(
            demangle("_ZN17orbital_footprint3app15__component_app17hb18de72dec2c0472E"),
            "orbital_footprint::app::__component_app"
        );
        assert_eq!(
            demangle("_ZN83_$LT$orbital_footprint..model..outputs..Outputs$u20$as$u20$core..cmp..PartialEq$GT$2eq17h10670d6a09d18496E"),
            "<orbital_footprint::model::outputs::Outputs as core::cmp::PartialEq>::eq"
        );
        assert_eq!(
            demangle("_RNvNtNtCsgXGp5Oqx2Ny_4core3fmt5float29float_to_decimal_common_exactdEB6_"),
            "core::fmt::float::float_to_decimal_common_exact"
        );
        assert_eq!(demangle("bench_ladder_f97e"), "bench_ladder_f97e");
    }

    #[test]
    fn crate_of_sees_through_trait_impls() {
        assert_eq!(crate_of("<alloc::vec::Vec<T> as Drop>::drop"), "alloc");
        assert_eq!(crate_of("core::fmt::write"), "core");
        assert_eq!(crate_of("dlmalloc"), "dlmalloc");
        assert_eq!(crate_of("<&T as core::fmt::Display>::fmt"), "(other)");
    }
}
