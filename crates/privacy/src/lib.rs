//! The privacy core.
//!
//! `registry` declares, once, every column that can hold personal data and what
//! export, anonymisation and erasure do to it. Retention, export and erasure
//! are driven by it; a test compares it with the live schema.

pub mod registry;
pub mod scanner;
