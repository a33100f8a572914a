//! The Partners tab: the partner's own company profile and its directory of partners with
//! "Check ID"; on the customer's side, the partners it works with, partners of record, and
//! removing a partner.

mod flows;
mod view;

pub use view::*;

pub(crate) use flows::{cloud_labels, reseller_labels};

use super::App;
use super::action::Action;
use super::keymap::{Binding, SideKeys, bind, ch, guarded, hidden};
use crate::domain::ids::{PartnerId, SubscriptionId, TenantId};
use crate::domain::permission::Operation;
use crate::text;
use anyhow::Result;

/// What the Partners tab's keys ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    EditProfile,
    AddDirectory,
    EditDirectory,
    CheckId,
    SetPartnerOfRecord,
    Remove,
    /// The customer confirmed removing this advisor.
    RemoveAdvisorConfirmed(TenantId, PartnerId),
    /// The customer saw what "Check ID" found and confirmed it as partner of record.
    PartnerOfRecordConfirmed(TenantId, SubscriptionId, PartnerId),
}

/// The Partners tab's forms.
#[derive(Debug, Clone)]
pub enum FormKind {
    /// The company profile read at `version`; `fixed_kind`: the book has customers, so the
    /// cloud and the reseller type are shown but not offered.
    Profile {
        version: u64,
        fixed_kind: bool,
    },
    /// Add a directory partner, or edit the one with this id.
    Directory(Option<PartnerId>),
    CheckId,
    /// The customer sets the partner of record of one of these subscriptions.
    PartnerOfRecord(TenantId, Vec<SubscriptionId>),
}

use Act::*;

const fn act(a: Act) -> Action {
    Action::Partners(a)
}

const PARTNER_KEYS: &[Binding] = &[
    guarded(&[ch('p')], "p", text::KEY_EDIT_PROFILE, act(EditProfile), Operation::EditCompanyProfile),
    guarded(&[ch('n')], "n", text::KEY_ADD_DIRECTORY, act(AddDirectory), Operation::ManageDirectory),
    hidden(&[ch('e')], "e", text::KEY_EDIT_DIRECTORY, act(EditDirectory), Operation::ManageDirectory),
    bind(&[ch('c')], "c", text::KEY_CHECK_ID, act(CheckId), true),
];

const CUSTOMER_KEYS: &[Binding] = &[
    guarded(&[ch('s')], "s", text::KEY_SET_POR, act(SetPartnerOfRecord), Operation::SetPartnerOfRecord),
    guarded(&[ch('d')], "d", text::KEY_REMOVE_PARTNER, act(Remove), Operation::ManageCustomerAdminPrivileges),
];

/// The tab's keys on each side of the book.
pub const KEYS: SideKeys = SideKeys { partner: PARTNER_KEYS, customer: CUSTOMER_KEYS };

pub(super) fn update(app: &mut App, act: Act) -> Result<()> {
    match act {
        EditProfile if !app.refused(Operation::EditCompanyProfile) => flows::open_profile_form(app)?,
        AddDirectory if !app.refused(Operation::ManageDirectory) => flows::open_directory_form(app, None, ""),
        EditDirectory if !app.refused(Operation::ManageDirectory) => flows::open_selected_directory_form(app),
        CheckId => flows::open_check_id_form(app),
        SetPartnerOfRecord if !app.refused(Operation::SetPartnerOfRecord) => flows::open_por_form(app)?,
        Remove if !app.refused(Operation::ManageCustomerAdminPrivileges) => flows::remove_selected_partner(app)?,
        RemoveAdvisorConfirmed(tenant, partner) => flows::remove_advisor(app, tenant, partner)?,
        PartnerOfRecordConfirmed(tenant, sub, partner) => flows::save_partner_of_record(app, tenant, sub, partner)?,
        EditProfile | AddDirectory | EditDirectory | SetPartnerOfRecord | Remove => {}
    }
    Ok(())
}

pub(super) fn submit(app: &mut App, kind: FormKind) -> Result<()> {
    flows::submit(app, kind)
}
