//! The draft emails: a rule's letter (`crate::domain::letter`) written out as the subject and
//! body the operator edits and sends — in the customer's language (from its country), not the
//! operator's: a Vietnamese customer reads Vietnamese whoever drafts it. Each language greets
//! in its own way (`letter-*-greeting`); the personalized link stays on a line of its own.

use crate::domain::invitation::EmailDraft;
use crate::domain::letter::{OfferLetter, Offered, ResellerLetter};
use crate::domain::offer::OfferLine;
use crate::i18n::{Locale, scoped};
use crate::t;

impl From<&ResellerLetter> for EmailDraft {
    fn from(letter: &ResellerLetter) -> Self {
        let ResellerLetter { partner, sender, company, country, portal, link, admin, language, restore } = letter;
        scoped(language.unwrap_or_else(|| Locale::for_country(country.as_str())), || {
            let (subject, body) = match (*restore, *admin) {
                (true, _) => ("letter-restore-admin-subject", "letter-restore-admin-body"),
                (false, true) => ("letter-reseller-subject", "letter-reseller-body-admin"),
                (false, false) => ("letter-reseller-subject", "letter-reseller-body"),
            };
            EmailDraft {
                subject: t!(subject, partner = partner, company = company),
                body: t!(
                    body,
                    partner = partner,
                    sender = sender,
                    company = company,
                    portal = crate::text::portal_name(portal),
                    link = link
                ),
            }
        })
    }
}

impl From<&OfferLetter> for EmailDraft {
    fn from(letter: &OfferLetter) -> Self {
        let OfferLetter { partner, sender, company, country, offered, link, admin } = letter;
        scoped(Locale::for_country(country.as_str()), || {
            let greeting = match company {
                Some(company) => t!("letter-offer-greeting", company = company),
                None => t!("letter-offer-greeting-anyone"),
            };
            let (subject, offer) = match offered {
                Offered::Trial { line, days } => (
                    t!("letter-trial-subject", offer = line.name.as_str(), days = *days),
                    t!(
                        "letter-trial-offer",
                        partner = partner,
                        days = *days,
                        lines = listed(std::slice::from_ref(line))
                    ),
                ),
                Offered::Purchase { lines } => (
                    t!("letter-purchase-subject", partner = partner),
                    t!("letter-purchase-offer", partner = partner, lines = listed(lines)),
                ),
                Offered::Administration => (
                    t!("letter-administration-subject", partner = partner),
                    t!("letter-administration-offer", partner = partner),
                ),
            };
            let admin_line = if *admin && *offered != Offered::Administration {
                t!("letter-offer-admin-line", partner = partner)
            } else {
                String::new()
            };
            let close = t!("letter-offer-close", partner = partner, sender = sender, link = link);
            // Paragraphs, each ending in a blank line; the admin paragraph only when it applies.
            let mut body = format!("{greeting}\n\n{offer}\n\n");
            if !admin_line.is_empty() {
                body.push_str(&format!("{admin_line}\n\n"));
            }
            body.push_str(&close);
            EmailDraft { subject, body }
        })
    }
}

/// One line per offered service: "  • Microsoft 365 Business Premium — 25 licences".
fn listed(lines: &[OfferLine]) -> String {
    let lines: Vec<String> =
        lines.iter().map(|l| t!("letter-offer-line", name = l.name.as_str(), count = l.quantity)).collect();
    lines.join("\n")
}
