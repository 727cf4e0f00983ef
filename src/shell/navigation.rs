//! Moving around the reader: the route and its links, the keyboard's commands and the panels they open.
pub mod commands;
pub mod disclosure;
pub mod help_overlay;
pub mod router;
