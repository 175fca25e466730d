//! The integration tests: one binary, a module per concern (see `suite/`).

mod suite;
