#![allow(clippy::unwrap_used, clippy::expect_used, clippy::field_reassign_with_default)]
//! Integration tests: a real node on `127.0.0.1:0` with a temporary data directory, driven
//! over HTTP. One test binary for the crate (faster to link).

mod common;

mod access;
mod alerts;
mod api;
mod bad_input;
mod conversations;
mod dialogue_web;
mod log;
mod openapi;
mod registry;
mod resolutions;
mod rules;
mod safety;
mod safety_web;
mod web;
