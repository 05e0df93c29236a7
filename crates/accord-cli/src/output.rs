//! Output of data commands: aligned tables for people, JSON for scripts.

use clap::ValueEnum;
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// JSON for scripts.
    Json,
}

pub fn print_table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic).set_header(header);
    let mut n = 0;
    for row in rows {
        table.add_row(row);
        n += 1;
    }
    if n == 0 {
        println!("(none)");
    } else {
        println!("{table}");
    }
}
