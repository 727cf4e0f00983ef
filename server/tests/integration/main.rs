//! Integration tests on loopback only: the server and a test feed origin run in this process, each
//! bound to port 0; tests wait for answers, never for time.

mod common;
mod relay;
mod static_files;
