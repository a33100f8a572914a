//! The draft emails in English: a rule's letter (`crate::domain::letter`) written out as the
//! subject and body the operator edits and sends.

use crate::domain::invitation::EmailDraft;
use crate::domain::letter::{OfferLetter, Offered, ResellerLetter};
use crate::domain::offer::OfferLine;

impl From<&ResellerLetter> for EmailDraft {
    fn from(letter: &ResellerLetter) -> Self {
        let ResellerLetter { partner, sender, company, portal, link, admin } = letter;
        let admin_line = if *admin {
            format!(
                "The request includes delegated administration privileges, so that {partner} can manage your \
                 services on your behalf. You can remove them at any time in your admin center.\n\n"
            )
        } else {
            String::new()
        };
        EmailDraft {
            subject: format!("{partner} invites {company} to a Microsoft reseller relationship"),
            body: format!(
                "Dear {company} administrator,\n\n\
                 {partner} would like to become your Microsoft Cloud Solution Provider, so that we can \
                 help you buy subscriptions and manage your online services.\n\n\
                 {admin_line}\
                 To accept, a Global admin of {company} opens this link and signs in to the {portal}:\n\n\
                 {link}\n\n\
                 If you have not yet accepted the Microsoft Customer Agreement, you will be asked to \
                 accept it as part of accepting this invitation.\n\n\
                 Kind regards,\n{sender}\n{partner}"
            ),
        }
    }
}

impl From<&OfferLetter> for EmailDraft {
    fn from(letter: &OfferLetter) -> Self {
        let OfferLetter { partner, sender, company, offered, link, admin } = letter;
        let greeting = company.as_ref().map_or_else(|| "Hello,".to_string(), |c| format!("Dear {c} administrator,"));
        let (subject, offer) = match offered {
            Offered::Trial { line, days } => (
                format!("Try {} free for {days} days", line.name),
                format!(
                    "{partner} invites you to try Microsoft online services free of charge for {days} days:\n\n{}\n",
                    listed(std::slice::from_ref(line))
                ),
            ),
            Offered::Purchase { lines } => (
                format!("Your Microsoft 365 offer from {partner}"),
                format!(
                    "{partner} has prepared this offer for you:\n\n{}\nYou can change a licence count when you buy.\n\n",
                    listed(lines)
                ),
            ),
            Offered::Administration => (
                format!("{partner} offers to administer your Microsoft services"),
                format!(
                    "{partner} offers to administer your Microsoft subscriptions on your behalf, so that our support \
                     team can help you directly.\n\n"
                ),
            ),
        };
        let admin_line = if *admin && *offered != Offered::Administration {
            format!(
                "The offer includes delegated administration: {partner} will manage the subscription on your \
                 behalf. You can remove it at any time in your admin center.\n\n"
            )
        } else {
            String::new()
        };
        EmailDraft {
            subject,
            body: format!(
                "{greeting}\n\n{offer}{admin_line}To accept, a Global admin of your organization opens this link and \
                 signs in:\n\n{link}\n\nKind regards,\n{sender}\n{partner}"
            ),
        }
    }
}

/// One line per offered service: "  • Microsoft 365 Business Premium — 25 licences".
fn listed(lines: &[OfferLine]) -> String {
    lines.iter().map(|l| format!("  • {} — {} licences\n", l.name, l.quantity)).collect()
}
