//! The seeded generator and Latin hypercube strata.

/// xoshiro256** (Blackman & Vigna 2018), seeded by SplitMix64.
#[derive(Clone, Debug)]
pub(crate) struct Rng {
    s: [u64; 4],
}

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        let mut sm = seed;
        let mut next = || {
            sm = sm.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = sm;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Rng {
            s: [next(), next(), next(), next()],
        }
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1), 53 bits.
    pub(crate) fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform integer in `0..n` (multiply-shift; bias below 2⁻³² for n ≤ 2³²).
    pub(crate) fn below(&mut self, n: u32) -> u32 {
        (((self.next_u64() >> 32) * n as u64) >> 32) as u32
    }
}

/// Latin hypercube strata: `dims` shuffled permutations of `0..n`, one after another.
pub(super) fn lhs_strata(rng: &mut Rng, dims: usize, n: usize) -> Vec<u32> {
    let mut strata = Vec::with_capacity(dims * n);
    for _ in 0..dims {
        let start = strata.len();
        strata.extend(0..n as u32);
        let perm = &mut strata[start..];
        for k in (1..perm.len()).rev() {
            let j = rng.below(k as u32 + 1) as usize;
            perm.swap(k, j);
        }
    }
    strata
}
