//! The operator's time zone in a session: chosen with `:tz NAME` and kept with the partner
//! user (as their language is), so that every session of theirs, local or over SSH, shows
//! times in it.

use super::App;
use crate::domain::permission::Actor;
use crate::i18n::zone::Zone;
use crate::store::{Book, Reads};
use crate::text;

/// The time zone `actor` chose for themselves with `:tz`, if they are a partner user who did.
pub fn kept_zone(book: &Book, actor: Option<&Actor>) -> Option<Zone> {
    let Some(Actor::Partner(user)) = actor else { return None };
    match book.read().and_then(|r| r.operator_zone(&user.email)) {
        Ok(zone) => zone,
        Err(e) => {
            tracing::warn!("the operator's time zone cannot be read: {e}");
            None
        }
    }
}

impl App {
    /// The time zone the signed-in partner user chose for themselves, if they did.
    pub fn own_zone(&self) -> Option<Zone> {
        kept_zone(self.book(), self.session.actor.as_ref())
    }

    /// `:tz NAME`: times in `name` from now on, kept as the operator's own (a read-only session
    /// changes for itself only); `:tz` alone says which zone times are in.
    pub(crate) fn use_zone(&mut self, name: &str) {
        if name.is_empty() {
            self.info(text::zone_is(&self.zone.name()));
            return;
        }
        let Some(zone) = Zone::named(name) else {
            self.error(text::zone_unknown(name));
            return;
        };
        self.info(text::zone_now(&zone.name()));
        if !self.session.read_only && self.session.actor.is_some() {
            let kept =
                self.op_ctx().and_then(|ctx| crate::operations::partners::set_own_zone(self.book(), &ctx, &zone));
            if let Err(e) = kept {
                self.report(e);
            }
        }
        self.zone = zone;
    }
}
