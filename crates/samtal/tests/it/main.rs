//! Samtal's integration tests: one binary (one link), each test on a fresh
//! database. SQLite by default; PostgreSQL when SAMTAL_TEST_DATABASE_URL is set.

mod support;

mod api;
mod audit;
mod auth;
mod chat;
mod cli;
mod forum;
mod guides;
mod imap;
mod mail;
mod people;
mod privacy_registry;
mod privacy_setup;
mod retention;
mod scanner_cli;
mod sensitive;
mod smtp;
mod stats;
mod storage_backend;
mod tenancy;
mod web_shell;
