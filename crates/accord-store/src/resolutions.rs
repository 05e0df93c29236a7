//! The resolutions part of the store: reads of formal resolutions with their electorate, text
//! history, amendments, recorded votes and published result. Changes go through
//! [`crate::Store::apply`] like every other change (`Command::Resolution`); the SQLite
//! implementation is in `sqlite/resolutions.rs`.
//!
//! Kept as its own trait, reached through [`crate::Store::resolutions`], so that these reads do
//! not crowd the main trait; every backend implements both.

use async_trait::async_trait;

use accord_core::resolution::{ResolutionId, ResolutionSummary, StoredResolution};

use crate::{Page, PageRequest, StoreError};

#[async_trait]
pub trait ResolutionStore: Send + Sync {
    /// One resolution with everything recorded about it.
    async fn resolution(&self, id: ResolutionId) -> Result<Option<StoredResolution>, StoreError>;
    /// Resolutions, newest first; the cursor is the last id of the previous page.
    async fn resolutions(&self, page: &PageRequest) -> Result<Page<ResolutionSummary>, StoreError>;
}
