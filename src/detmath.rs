//! Deterministic transcendental functions: the same bits on every target.
//!
//! `f64::sin`, `exp`, `powf` and friends call the platform's math library: glibc
//! natively, Rust's own port in WebAssembly. They may differ in the last bit, and then
//! the CLI and the browser disagree in the 16th significant digit, which breaks "a
//! share link reproduces a number exactly". Every transcendental function on the model's
//! path goes through this trait, backed by the pure-Rust `libm` crate on all targets.
//! (`sqrt`, `floor`, `abs`, `mul` and friends are exact in IEEE 754 already.)

/// `d`-prefixed twins of `f64`'s math methods, identical on every target.
pub trait DetMath: Sized {
    fn dsin(self) -> Self;
    fn dcos(self) -> Self;
    fn dsin_cos(self) -> (Self, Self);
    fn dasin(self) -> Self;
    fn dacos(self) -> Self;
    fn datan(self) -> Self;
    fn datan2(self, x: Self) -> Self;
    fn dexp(self) -> Self;
    fn dexp_m1(self) -> Self;
    fn dln(self) -> Self;
    fn dln_1p(self) -> Self;
    fn dlog10(self) -> Self;
    fn dpowf(self, e: Self) -> Self;
    fn dpowi(self, e: i32) -> Self;
}

impl DetMath for f64 {
    #[inline]
    fn dsin(self) -> f64 {
        libm::sin(self)
    }
    #[inline]
    fn dcos(self) -> f64 {
        libm::cos(self)
    }
    #[inline]
    fn dsin_cos(self) -> (f64, f64) {
        libm::sincos(self)
    }
    #[inline]
    fn dasin(self) -> f64 {
        libm::asin(self)
    }
    #[inline]
    fn dacos(self) -> f64 {
        libm::acos(self)
    }
    #[inline]
    fn datan(self) -> f64 {
        libm::atan(self)
    }
    #[inline]
    fn datan2(self, x: f64) -> f64 {
        libm::atan2(self, x)
    }
    #[inline]
    fn dexp(self) -> f64 {
        libm::exp(self)
    }
    #[inline]
    fn dexp_m1(self) -> f64 {
        libm::expm1(self)
    }
    #[inline]
    fn dln_1p(self) -> f64 {
        libm::log1p(self)
    }
    fn dln(self) -> f64 {
        libm::log(self)
    }
    #[inline]
    fn dlog10(self) -> f64 {
        libm::log10(self)
    }
    #[inline]
    fn dpowf(self, e: f64) -> f64 {
        libm::pow(self, e)
    }
    /// Integer powers by `pow`, so no target-dependent expansion into multiplications.
    #[inline]
    fn dpowi(self, e: i32) -> f64 {
        libm::pow(self, e as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::DetMath;

    #[test]
    fn agrees_with_std_to_the_last_bits() {
        for &x in &[0.1, 0.5, 1.0, 2.5, 10.0, 123.456] {
            assert!((x.dsin() - x.sin()).abs() <= 1e-15 * x.sin().abs().max(1.0));
            assert!((x.dexp() - x.exp()).abs() <= 1e-15 * x.exp());
            assert!((x.dln() - x.ln()).abs() <= 1e-15 * x.ln().abs().max(1.0));
            assert!((x.dpowf(1.7) - x.powf(1.7)).abs() <= 1e-15 * x.powf(1.7));
            assert_eq!(x.dpowi(2), x * x);
        }
        let (s, c) = 0.7f64.dsin_cos();
        assert!((s - 0.7f64.sin()).abs() < 1e-16 && (c - 0.7f64.cos()).abs() < 1e-16);
    }
}
