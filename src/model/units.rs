//! Units as newtypes named after the unit, so the unit shows at every call site.
//!
//! SI base units inside the model; km, kW, °C and friends are converted only at the
//! edges (inputs, `app/`, `share/`, the CLI). Only the cross-unit operations the
//! model needs are written out.

use core::ops::{Add, AddAssign, Div, Mul, Sub};

macro_rules! unit {
    ($(#[$doc:meta])* $name:ident, $sym:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
        pub struct $name(f64);

        impl $name {
            /// The quantity of `v` in this unit.
            #[inline]
            pub const fn new(v: f64) -> $name {
                $name(v)
            }
            /// The unit symbol, for display and for the CLI's JSON.
            pub const SYMBOL: &'static str = $sym;
            /// The raw value in this unit.
            #[inline]
            pub const fn get(self) -> f64 {
                self.0
            }
        }
        impl Add for $name {
            type Output = $name;
            #[inline]
            fn add(self, o: $name) -> $name {
                $name(self.0 + o.0)
            }
        }
        impl AddAssign for $name {
            #[inline]
            fn add_assign(&mut self, o: $name) {
                self.0 += o.0;
            }
        }
        impl Sub for $name {
            type Output = $name;
            #[inline]
            fn sub(self, o: $name) -> $name {
                $name(self.0 - o.0)
            }
        }
        impl Mul<f64> for $name {
            type Output = $name;
            #[inline]
            fn mul(self, k: f64) -> $name {
                $name(self.0 * k)
            }
        }
        impl Div<f64> for $name {
            type Output = $name;
            #[inline]
            fn div(self, k: f64) -> $name {
                $name(self.0 / k)
            }
        }
        impl Div for $name {
            type Output = f64;
            #[inline]
            fn div(self, o: $name) -> f64 {
                self.0 / o.0
            }
        }
        impl core::iter::Sum for $name {
            fn sum<I: Iterator<Item = $name>>(it: I) -> $name {
                $name(it.map(|x| x.0).sum())
            }
        }
    };
}

unit!(/// Length in metres.
    Metres, "m");
unit!(/// Area in square metres.
    SquareMetres, "m²");
unit!(/// Time in seconds.
    Seconds, "s");
unit!(/// Power in watts.
    Watts, "W");
unit!(/// Energy in joules.
    Joules, "J");
unit!(/// Absolute temperature in kelvin.
    Kelvin, "K");
unit!(/// Mass in kilograms (of hardware, propellant, species: never CO2-equivalent).
    Kilograms, "kg");
unit!(/// Mass of CO2-equivalent emissions; cannot be mixed with `Kilograms`.
    KgCo2e, "kgCO2e");
unit!(/// Money in US dollars.
    Usd, "USD");
unit!(/// Irradiance or heat flux in watts per square metre.
    WattsPerSquareMetre, "W/m²");
unit!(/// Speed in metres per second.
    MetresPerSecond, "m/s");
unit!(/// Density in kilograms per cubic metre.
    KgPerCubicMetre, "kg/m³");
unit!(/// Force in newtons.
    Newtons, "N");
unit!(/// Time in years of 365.25 days (timelines, payback).
    Years, "yr");
unit!(/// Energy in kilowatt-hours (IT energy over a horizon).
    KilowattHours, "kWh");
unit!(/// Accelerator time in hours (accelerators × hours).
    AcceleratorHours, "h");
unit!(/// Carbon intensity of energy, grams of CO2-equivalent per kilowatt-hour.
    GramsCo2ePerKwh, "gCO2e/kWh");
unit!(/// Carbon per accelerator-hour, grams of CO2-equivalent.
    GramsCo2ePerAcceleratorHour, "gCO2e/h");
unit!(/// Carbon per kilogram launched, kilograms of CO2-equivalent.
    KgCo2ePerKg, "kgCO2e/kg");
unit!(/// Volume of water in litres.
    Litres, "L");

/// Seconds in a Julian year (365.25 d), the year used for annual figures.
pub const SECONDS_PER_YEAR: f64 = 365.25 * 86_400.0;
/// Joules in a kilowatt-hour.
pub const JOULES_PER_KWH: f64 = 3.6e6;

impl Mul<Seconds> for Watts {
    type Output = Joules;
    #[inline]
    fn mul(self, t: Seconds) -> Joules {
        Joules(self.0 * t.0)
    }
}
impl Mul<SquareMetres> for WattsPerSquareMetre {
    type Output = Watts;
    #[inline]
    fn mul(self, a: SquareMetres) -> Watts {
        Watts(self.0 * a.0)
    }
}
impl Div<WattsPerSquareMetre> for Watts {
    type Output = SquareMetres;
    #[inline]
    fn div(self, q: WattsPerSquareMetre) -> SquareMetres {
        SquareMetres(self.0 / q.0)
    }
}
impl Div<Seconds> for Joules {
    type Output = Watts;
    #[inline]
    fn div(self, t: Seconds) -> Watts {
        Watts(self.0 / t.0)
    }
}

impl Div<Watts> for Joules {
    type Output = Seconds;
    #[inline]
    fn div(self, p: Watts) -> Seconds {
        Seconds(self.0 / p.0)
    }
}
impl Div<SquareMetres> for Watts {
    type Output = WattsPerSquareMetre;
    #[inline]
    fn div(self, a: SquareMetres) -> WattsPerSquareMetre {
        WattsPerSquareMetre(self.0 / a.0)
    }
}

impl Kelvin {
    /// From degrees Celsius (an edge conversion).
    #[inline]
    pub fn from_celsius(c: f64) -> Kelvin {
        Kelvin(c + 273.15)
    }
    /// To degrees Celsius (an edge conversion).
    #[inline]
    pub fn celsius(self) -> f64 {
        self.0 - 273.15
    }
}
impl Joules {
    /// From kilowatt-hours.
    #[inline]
    pub fn from_kwh(kwh: f64) -> Joules {
        Joules(kwh * JOULES_PER_KWH)
    }
    /// In kilowatt-hours.
    #[inline]
    pub fn kwh(self) -> f64 {
        self.0 / JOULES_PER_KWH
    }
}
impl Seconds {
    /// From minutes.
    #[inline]
    pub fn from_minutes(m: f64) -> Seconds {
        Seconds(m * 60.0)
    }
    /// In minutes.
    #[inline]
    pub fn minutes(self) -> f64 {
        self.0 / 60.0
    }
    /// From years of 365.25 days.
    #[inline]
    pub fn from_years(y: f64) -> Seconds {
        Seconds(y * SECONDS_PER_YEAR)
    }
    /// In years of 365.25 days.
    #[inline]
    pub fn years(self) -> f64 {
        self.0 / SECONDS_PER_YEAR
    }
}
impl Watts {
    /// In kilowatts.
    #[inline]
    pub fn kw(self) -> f64 {
        self.0 / 1e3
    }
    /// In megawatts.
    #[inline]
    pub fn mw(self) -> f64 {
        self.0 / 1e6
    }
}
impl Joules {
    /// In megawatt-hours.
    #[inline]
    pub fn mwh(self) -> f64 {
        self.0 / (1e3 * JOULES_PER_KWH)
    }
    /// In watt-hours.
    #[inline]
    pub fn wh(self) -> f64 {
        self.0 / 3600.0
    }
}
impl Kilograms {
    /// In tonnes.
    #[inline]
    pub fn tonnes(self) -> f64 {
        self.0 / 1e3
    }
}
impl Metres {
    /// From kilometres.
    #[inline]
    pub fn from_km(km: f64) -> Metres {
        Metres(km * 1e3)
    }
    /// In kilometres.
    #[inline]
    pub fn km(self) -> f64 {
        self.0 / 1e3
    }
}

/// Guarded division: 0 when the denominator is not a positive finite number or the
/// numerator is not finite (the model's one way of dividing by a quantity that may be 0).
pub fn div(a: f64, b: f64) -> f64 {
    if b > 0.0 && b.is_finite() && a.is_finite() {
        a / b
    } else {
        0.0
    }
}

/// Replaces a non-finite value by 0.
pub fn fin(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}
