// The migrations are embedded by `sqlx::migrate!`, which cannot tell cargo to rebuild when a
// migration file is added (only nightly compilers track paths): this does.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
