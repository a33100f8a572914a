//! A partner's contact details as its customers see them (seed 001: customers see the partner's
//! email and phone in many places; rule 15): our own organization's from its profile, another
//! partner's as the directory records them — any of them may be unknown.

use super::Refusal;
use super::ids::Email;
use super::org::{Address, PartnerOrganization};
use super::validate;
use crate::domain::Input;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerContact {
    pub email: Option<Email>,
    pub phone: String,
    pub address: Address,
}

impl PartnerContact {
    /// Our organization's own details, from its profile.
    pub fn of_org(org: &PartnerOrganization) -> PartnerContact {
        PartnerContact { email: Some(org.email.clone()), phone: org.phone.clone(), address: org.address.clone() }
    }

    pub fn is_empty(&self) -> bool {
        self == &PartnerContact::default()
    }

    /// These details as a form holds them: what an edit that leaves them alone saves again.
    pub fn as_input(&self) -> ContactInput {
        ContactInput {
            email: self.email.as_ref().map(|e| e.as_str().to_string()).unwrap_or_default(),
            phone: self.phone.clone(),
            line1: self.address.line1.clone(),
            city: self.address.city.clone(),
            postal_code: self.address.postal_code.clone(),
        }
    }
}

/// What an operator types for another partner's contact details.
#[derive(Debug, Clone, Default)]
pub struct ContactInput {
    pub email: String,
    pub phone: String,
    pub line1: String,
    pub city: String,
    pub postal_code: String,
}

/// Every field may be left empty (the directory may not know it); what is given is well formed.
pub fn contact(input: &ContactInput) -> Result<PartnerContact, Refusal> {
    let optional = |field: Input, raw: &str| -> Result<String, Refusal> {
        if raw.trim().is_empty() { Ok(String::new()) } else { validate::line(field, raw) }
    };
    Ok(PartnerContact {
        email: match input.email.trim() {
            "" => None,
            raw => Some(validate::email(Input::Email, raw)?),
        },
        phone: match input.phone.trim() {
            "" => String::new(),
            raw => validate::phone(Input::Phone, raw)?,
        },
        address: Address {
            line1: optional(Input::Address, &input.line1)?,
            city: optional(Input::City, &input.city)?,
            postal_code: optional(Input::PostalCode, &input.postal_code)?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partners_contact_may_be_unknown_and_what_is_given_is_well_formed() {
        assert!(contact(&ContactInput::default()).unwrap().is_empty());
        let c = contact(&ContactInput {
            email: "Hello@Ankara-Bulut.com.tr".into(),
            phone: "+90 312 555 0101".into(),
            city: "Ankara".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(c.email.as_ref().map(|e| e.as_str()), Some("hello@ankara-bulut.com.tr"));
        assert_eq!(c.address.one_line(), "Ankara");
        let bad = contact(&ContactInput { phone: "call us".into(), ..Default::default() }).unwrap_err();
        assert_eq!(bad.input, Some(Input::Phone));
        let bad = contact(&ContactInput { email: "hello".into(), ..Default::default() }).unwrap_err();
        assert_eq!(bad.input, Some(Input::Email));
    }
}
