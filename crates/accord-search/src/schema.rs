//! The index schema. Bump `SCHEMA_VERSION` whenever fields OR analysis change: an index built
//! with other tokenizers would silently stop matching, so it must be rebuilt instead.

use tantivy::schema::{
    FacetOptions, Field, IndexRecordOption, NumericOptions, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use crate::Lang;
use crate::analysis::tokenizer_name;

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub incident: Field,
    pub kind: Field,
    pub lang: Field,
    pub access: Field,
    pub facets: Field,
    pub date: Field,
    /// Indexed by `Lang::index()`.
    pub title: [Field; 7],
    pub body: [Field; 7],
}

pub const FACETS: &str = "facets";
pub const DATE: &str = "date";

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let id = b.add_text_field("id", STRING | STORED);
    let incident = b.add_text_field("incident", STRING | STORED);
    let kind = b.add_text_field("kind", STRING | STORED);
    let lang = b.add_text_field("lang", STRING | STORED);
    // Raw tokens, never shown: only matched against the viewer's tokens.
    let access = b.add_text_field("access", STRING);
    let facets = b.add_facet_field(FACETS, FacetOptions::default());
    let date = b.add_i64_field(DATE, NumericOptions::default().set_fast());
    let text = |lang: Lang| {
        // Frequencies without positions: queries are bags of words (no phrase search), and
        // positions would cost index time and space for nothing.
        TextOptions::default()
            .set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(tokenizer_name(lang))
                    .set_index_option(IndexRecordOption::WithFreqs),
            )
            .set_stored()
    };
    let title = Lang::ALL.map(|l| b.add_text_field(&format!("title_{}", l.code()), text(l)));
    let body = Lang::ALL.map(|l| b.add_text_field(&format!("body_{}", l.code()), text(l)));
    (b.build(), Fields { id, incident, kind, lang, access, facets, date, title, body })
}
