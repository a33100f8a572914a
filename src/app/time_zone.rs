//! The operator's time zone in a session: chosen with `:tz NAME` and kept with the partner
//! user (as their language is), so that every session of theirs, local or over SSH, shows
//! times in it.

use super::App;
use crate::domain::permission::Actor;
use crate::i18n::zone::Zone;
use crate::store::Reads;
use crate::text;

impl App {
    /// The time zone the signed-in partner user chose for themselves, if they did.
    pub fn own_zone(&self) -> Option<Zone> {
        let Some(Actor::Partner(user)) = &self.session.actor else { return None };
        match self.book().read().and_then(|r| r.operator_zone(&user.email)) {
            Ok(zone) => zone,
            Err(e) => {
                tracing::warn!("the operator's time zone cannot be read: {e}");
                None
            }
        }
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
