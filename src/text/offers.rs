//! Offers (rule 12): trial invitations, purchase offers and delegated-admin offers.

pub const KEY_TRIAL: &str = "trial invitation";
pub const KEY_PURCHASE_OFFER: &str = "purchase offer";
pub const KEY_ADMIN_OFFER: &str = "delegated-admin offer";
pub const KEY_USE_OFFER: &str = "use an offer link";
pub const KEY_NEW_OFFER_LIKE: &str = "new offer like this one";
pub const TRIAL_TITLE: &str = "Trial invitation";
pub const PURCHASE_TITLE: &str = "Purchase offer";
pub const ADMIN_OFFER_TITLE: &str = "Delegated-admin offer";
pub const OFFER_SUBMIT: &str = "create the URL and draft the email";
pub const USE_LINK_TITLE: &str = "Use an offer link";
pub const USE_LINK_SUBMIT: &str = "look it up";
pub const USE_OFFER_SUBMIT: &str = "accept the offer";
pub const LINK_PLACEHOLDER: &str = "paste the URL from the email";
pub const RECIPIENT_OPTIONAL: &str = "optional: the URL works for anyone";
pub fn up_to(max: u32) -> String {
    format!("— (up to {max})")
}
pub const PURCHASE_HINT: &str = "licences for each service to offer; leave the others empty";
pub const OFFER_DAP_HINT: &str = "manage the subscriptions on the customer's behalf";
pub const ADMIN_OFFER_INCLUDES: &str = "delegated administration of the subscriptions already bought";
pub const COL_USES: &str = "Uses";
pub fn trial_option(name: &str, licences: u32, days: u32) -> String {
    format!("{name} — {licences} licences, {days} days")
}
pub fn offer_drafted(id: &str) -> String {
    format!(
        "{id} drafted: its URL works for any customer. Edit the email, copy it (Ctrl-Y) or open it in your mail app (Ctrl-O), send or post it, then press Ctrl-S."
    )
}
pub fn offer_sent(id: &str, days: i64) -> String {
    format!("{id} is sent; its URL can be used by any number of customers for {days} more days.")
}
pub fn offer_from(id: &str, kind: &str, partner: &str) -> String {
    format!("{id} · {kind} from {partner}")
}
pub fn offered_licences(offered: u32, max: u32) -> String {
    format!("offered {offered}; you may buy 1 to {max}")
}
pub fn offer_used(id: &str, subscriptions: usize, partner: &str, admin: bool) -> String {
    let with = if admin { format!("; {partner} now holds delegated admin privileges") } else { String::new() };
    match subscriptions {
        0 => format!("{id} accepted{with}."),
        n => format!("{id} accepted: {n} subscription(s) set up, {partner} is their partner of record{with}."),
    }
}
pub fn used_by(count: u32) -> String {
    match count {
        1 => "1 customer".to_string(),
        n => format!("{n} customers"),
    }
}
pub fn offer_includes_dap(partner: &str) -> String {
    format!("delegated administration by {partner}")
}
pub const WITH_ADMIN: &str = ", delegated admin";
pub fn bought(counts: &str, admin: &str) -> String {
    if counts.is_empty() { format!("  accepted{admin}") } else { format!("  {counts} licences{admin}") }
}
pub const NEW_OFFER_HINT: &str = "n: a new offer like this one, for other licence counts";
