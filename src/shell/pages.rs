//! Screens: each reads the route, owns what it shows, and hands plain values to components.
pub mod article;
pub mod later_pages;
pub mod library;
pub mod list;
