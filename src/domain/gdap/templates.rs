//! Role templates: named sets of Microsoft Entra built-in roles a granular admin relationship
//! can be requested with, so that every customer gets the same least-privileged set, and a
//! relationship that strays from its set shows. Microsoft's sets are built in; the partner's
//! own (`OwnTemplate`) are kept in the book, and a change of one shows which live
//! relationships differ from it.
//!
//! Sources (keep the sets in step with them; role ids are checked against
//! `entra_roles::BUILT_IN`):
//! - `microsoft-default` and `microsoft-default-direct`: the default roles Microsoft grants a
//!   partner in a new customer tenant since 25 September 2023, by partner type (Partner Center
//!   announcements, May 2023, "New timelines: important actions to secure the partner
//!   ecosystem", table "Default Azure Active Directory (Azure AD) roles granted";
//!   MicrosoftDocs/partner-center-pr, read 2026-11-28): indirect providers get all eleven;
//!   direct partners and indirect resellers get nine — neither Cloud Application Administrator
//!   nor Application Administrator.
//! - `support`, `read-only`: Microsoft's "GDAP role guidance" (learn.microsoft.com/partner-center/
//!   gdap-least-privileged-roles-by-task): the least-privileged role per task — support
//!   requests: Service Support Administrator; passwords: Helpdesk Administrator; users: User
//!   Administrator; licences: License Administrator; reading the directory: Global Reader,
//!   Directory Readers.

use crate::domain::admin::{self, AdminRelationship, DirectoryRole};
use crate::domain::msg::GdapMsg;
use crate::domain::permission::{self, Actor, Operation};
use crate::domain::{Input, Refusal, Timestamp};
use serde::{Deserialize, Serialize};

/// A named set of roles. Its name on screen is the Fluent message `gdap-template-<key>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleTemplate {
    /// What scripts and the command line name it by (`--template support`).
    pub key: &'static str,
    /// Microsoft Entra role template ids.
    role_ids: &'static [&'static str],
}

pub const MICROSOFT_DEFAULT: RoleTemplate = RoleTemplate {
    key: "microsoft-default",
    role_ids: &[
        "88d8e3e3-8f55-4a1e-953a-9b9898b8876b", // Directory Readers
        "9360feb5-f418-4baa-8175-e2a00bac4301", // Directory Writers
        "4d6ac14f-3453-41d0-bef9-a3e0c569773a", // License Administrator
        "f023fd81-a637-4b56-95fd-791ac0226033", // Service Support Administrator
        "fe930be7-5e62-47db-91af-98c3a49a38b1", // User Administrator
        "e8611ab8-c189-46e8-94e1-60213ab1f814", // Privileged Role Administrator
        "729827e3-9c14-49f7-bb1b-9608f156bbb8", // Helpdesk Administrator
        "7be44c8a-adaf-4e2a-84d6-ab2649e08a13", // Privileged Authentication Administrator
        "158c047a-c907-4556-b7ef-446551a6b5f7", // Cloud Application Administrator
        "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", // Application Administrator
        "f2ef992c-3afb-46b9-b7cf-a126ee74c451", // Global Reader
    ],
};

pub const SUPPORT: RoleTemplate = RoleTemplate {
    key: "support",
    role_ids: &[
        "f023fd81-a637-4b56-95fd-791ac0226033", // Service Support Administrator
        "729827e3-9c14-49f7-bb1b-9608f156bbb8", // Helpdesk Administrator
        "fe930be7-5e62-47db-91af-98c3a49a38b1", // User Administrator
        "4d6ac14f-3453-41d0-bef9-a3e0c569773a", // License Administrator
        "f2ef992c-3afb-46b9-b7cf-a126ee74c451", // Global Reader
    ],
};

pub const READ_ONLY: RoleTemplate = RoleTemplate {
    key: "read-only",
    role_ids: &[
        "f2ef992c-3afb-46b9-b7cf-a126ee74c451", // Global Reader
        "88d8e3e3-8f55-4a1e-953a-9b9898b8876b", // Directory Readers
    ],
};

/// What a direct partner or an indirect reseller is granted: Microsoft's default set without
/// the two application roles only indirect providers get.
pub const MICROSOFT_DEFAULT_DIRECT: RoleTemplate = RoleTemplate {
    key: "microsoft-default-direct",
    role_ids: &[
        "88d8e3e3-8f55-4a1e-953a-9b9898b8876b", // Directory Readers
        "9360feb5-f418-4baa-8175-e2a00bac4301", // Directory Writers
        "4d6ac14f-3453-41d0-bef9-a3e0c569773a", // License Administrator
        "f023fd81-a637-4b56-95fd-791ac0226033", // Service Support Administrator
        "fe930be7-5e62-47db-91af-98c3a49a38b1", // User Administrator
        "e8611ab8-c189-46e8-94e1-60213ab1f814", // Privileged Role Administrator
        "729827e3-9c14-49f7-bb1b-9608f156bbb8", // Helpdesk Administrator
        "7be44c8a-adaf-4e2a-84d6-ab2649e08a13", // Privileged Authentication Administrator
        "f2ef992c-3afb-46b9-b7cf-a126ee74c451", // Global Reader
    ],
};

/// Every built-in template, in the order screens and `gdap templates` list them.
pub const ALL: [RoleTemplate; 4] = [MICROSOFT_DEFAULT, MICROSOFT_DEFAULT_DIRECT, SUPPORT, READ_ONLY];

/// The template a key names (any case).
pub fn by_key(key: &str) -> Option<RoleTemplate> {
    ALL.into_iter().find(|t| t.key.eq_ignore_ascii_case(key.trim()))
}

impl RoleTemplate {
    /// Its roles, in the template's order.
    pub fn roles(&self) -> Vec<DirectoryRole> {
        self.role_ids.iter().filter_map(|id| DirectoryRole::from_role_id(id)).collect()
    }
}

/// How a relationship's roles differ from a template's (`want`).
pub fn diff(want: &[DirectoryRole], rel: &AdminRelationship) -> RoleDiff {
    RoleDiff {
        missing: want.iter().filter(|r| !rel.roles.contains(r)).copied().collect(),
        extra: rel.roles.iter().filter(|r| !want.contains(r)).copied().collect(),
    }
}

/// Roles a relationship lacks and holds beyond a template.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct RoleDiff {
    pub missing: Vec<DirectoryRole>,
    pub extra: Vec<DirectoryRole>,
}

impl RoleDiff {
    pub fn is_same(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty()
    }
}

/// The live relationships (requested, pending, active, expiring) whose roles differ from a
/// template's (`want`), each with how: what a change of template would have to touch.
pub fn differing<'a>(
    want: &[DirectoryRole],
    rels: impl IntoIterator<Item = &'a AdminRelationship>,
    now: Timestamp,
) -> Vec<(&'a AdminRelationship, RoleDiff)> {
    rels.into_iter()
        .filter(|r| super::is_live(r.status_at(now)))
        .map(|r| (r, diff(want, r)))
        .filter(|(_, d)| !d.is_same())
        .collect()
}

/// A role template of the partner's own, kept in the book under its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnTemplate {
    /// Its name, as the operator wrote it; unique among the partner's templates (any case).
    pub name: String,
    pub roles: Vec<DirectoryRole>,
    pub changed_at: Timestamp,
    pub version: u64,
}

/// The book's key of a template name: trimmed, in lower case, so that "Tier 1" and "tier 1"
/// are one template.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// A template a request, a bulk job or a comparison starts from: Microsoft's or the partner's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Template {
    BuiltIn(RoleTemplate),
    Own(OwnTemplate),
}

impl Template {
    /// What scripts name it by: a built-in's key, or the partner's own name.
    pub fn key(&self) -> &str {
        match self {
            Template::BuiltIn(t) => t.key,
            Template::Own(t) => &t.name,
        }
    }

    pub fn roles(&self) -> Vec<DirectoryRole> {
        match self {
            Template::BuiltIn(t) => t.roles(),
            Template::Own(t) => t.roles.clone(),
        }
    }
}

/// Every template: Microsoft's, then the partner's own by name.
pub fn all(own: &[OwnTemplate]) -> Vec<Template> {
    let mut own: Vec<Template> = own.iter().cloned().map(Template::Own).collect();
    own.sort_by_cached_key(|t| crate::domain::search::fold(t.key()));
    ALL.into_iter().map(Template::BuiltIn).chain(own).collect()
}

/// The template a key or a name names (any case): a built-in's key, else one of the partner's.
pub fn find(own: &[OwnTemplate], key: &str) -> Option<Template> {
    by_key(key).map(Template::BuiltIn).or_else(|| {
        let key = name_key(key);
        own.iter().find(|t| name_key(&t.name) == key).cloned().map(Template::Own)
    })
}

/// Makes (`creating`) or changes one of the partner's templates — an Admin agent's work, as
/// requests are: its name required, at most 50 characters, not a built-in's key, and new when
/// it is made; its roles at least one, each once. `before` is the template of that name in the
/// book, if any: changing it keeps its name as first written.
pub fn put_own(
    actor: &Actor,
    name: &str,
    roles: &[DirectoryRole],
    before: Option<&OwnTemplate>,
    creating: bool,
    now: Timestamp,
) -> Result<OwnTemplate, Refusal> {
    permission::check(actor, Operation::ManageAdminRelationships, None)?;
    let name = admin::validate_name(name)?;
    if by_key(&name).is_some() {
        return Err(Refusal::on(Input::Name, GdapMsg::TemplateNameBuiltIn { name }));
    }
    match before {
        Some(b) if creating => return Err(Refusal::on(Input::Name, GdapMsg::TemplateExists { name: b.name.clone() })),
        None if !creating => return Err(Refusal::on(Input::Template, GdapMsg::NoSuchTemplate { name })),
        _ => {}
    }
    let mut unique: Vec<DirectoryRole> = Vec::with_capacity(roles.len());
    for r in roles {
        if !unique.contains(r) {
            unique.push(*r);
        }
    }
    if unique.is_empty() {
        return Err(Refusal::on(Input::Roles, GdapMsg::TemplateNeedsRoles));
    }
    Ok(OwnTemplate {
        name: before.map_or(name, |b| b.name.clone()),
        roles: unique,
        changed_at: now,
        version: before.map_or(0, |b| b.version),
    })
}

/// Removes one of the partner's templates: an Admin agent's work. Relationships requested
/// from it keep their roles.
pub fn remove_own(actor: &Actor, before: Option<OwnTemplate>, name: &str) -> Result<OwnTemplate, Refusal> {
    permission::check(actor, Operation::ManageAdminRelationships, None)?;
    before.ok_or_else(|| Refusal::on(Input::Template, GdapMsg::NoSuchTemplate { name: name.trim().to_string() }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::admin::AdminRelationshipStatus;
    use crate::domain::entra_roles;

    #[test]
    fn every_template_role_is_a_built_in_role_listed_once_and_none_is_global_administrator() {
        for t in ALL {
            let roles = t.roles();
            assert_eq!(roles.len(), t.role_ids.len(), "{}: every id names a built-in role", t.key);
            for id in t.role_ids {
                assert!(entra_roles::name_of(id).is_some(), "{}: {id}", t.key);
            }
            let mut seen = roles.clone();
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), roles.len(), "{}: no role twice", t.key);
            assert!(!roles.contains(&DirectoryRole::GlobalAdministrator), "{}: least privilege", t.key);
        }
    }

    #[test]
    fn microsofts_default_sets_hold_the_published_roles_by_partner_type() {
        let names = |t: RoleTemplate| -> Vec<&str> { t.roles().iter().filter_map(|r| r.microsoft_name()).collect() };
        let every_partner = [
            "Directory Readers",
            "Directory Writers",
            "License Administrator",
            "Service Support Administrator",
            "User Administrator",
            "Privileged Role Administrator",
            "Helpdesk Administrator",
            "Privileged Authentication Administrator",
            "Global Reader",
        ];
        assert_eq!(names(MICROSOFT_DEFAULT_DIRECT), every_partner, "direct partners and indirect resellers");
        let provider = names(MICROSOFT_DEFAULT);
        assert_eq!(provider.len(), 11);
        for name in every_partner.iter().chain(&["Cloud Application Administrator", "Application Administrator"]) {
            assert!(provider.contains(name), "indirect providers: {name}");
        }
        assert!(SUPPORT.roles().contains(&DirectoryRole::GlobalReader));
        assert_eq!(DirectoryRole::GlobalReader.role_id(), "f2ef992c-3afb-46b9-b7cf-a126ee74c451");
        assert_eq!(by_key(" Support "), Some(SUPPORT));
        assert_eq!(by_key("nope"), None);
    }

    #[test]
    fn a_template_shows_which_live_relationships_differ_and_how() {
        let now = crate::domain::fixtures::now();
        let mut same = super::super::tests::relationship(1, AdminRelationshipStatus::Active, now);
        same.roles = READ_ONLY.roles();
        let mut more = same.clone();
        more.id = crate::domain::ids::AdminRelationshipId(2);
        more.roles = vec![DirectoryRole::GlobalReader, DirectoryRole::GlobalAdministrator];
        let mut ended = more.clone();
        ended.id = crate::domain::ids::AdminRelationshipId(3);
        ended.status = AdminRelationshipStatus::Terminated;
        let all = [same, more, ended];
        let found = differing(&READ_ONLY.roles(), &all, now);
        assert_eq!(found.len(), 1, "the same set and an ended relationship are not listed");
        assert_eq!(found[0].0.id.0, 2);
        let directory_readers = DirectoryRole::from_role_id("88d8e3e3-8f55-4a1e-953a-9b9898b8876b").unwrap();
        assert_eq!(
            found[0].1,
            RoleDiff { missing: vec![directory_readers], extra: vec![DirectoryRole::GlobalAdministrator] }
        );
    }

    fn admin_agent() -> Actor {
        use crate::domain::org::{AgentRoles, CompanyRole};
        Actor::Partner(crate::domain::fixtures::partner_user(
            CompanyRole::User,
            AgentRoles { admin: true, ..Default::default() },
        ))
    }

    #[test]
    fn an_own_template_has_a_new_name_that_is_not_microsofts_and_its_roles_once() {
        let now = crate::domain::fixtures::now();
        let roles = [DirectoryRole::GlobalReader, DirectoryRole::HelpdeskAdministrator, DirectoryRole::GlobalReader];
        let t = put_own(&admin_agent(), " Tier 1 ", &roles, None, true, now).unwrap();
        assert_eq!((t.name.as_str(), t.roles.len()), ("Tier 1", 2));
        let refused = |r: Result<OwnTemplate, Refusal>| r.unwrap_err();
        assert_eq!(
            refused(put_own(&admin_agent(), "tier 1", &roles, Some(&t), true, now)).msg,
            GdapMsg::TemplateExists { name: "Tier 1".into() }.into()
        );
        assert_eq!(
            refused(put_own(&admin_agent(), "Support", &roles, None, true, now)).msg,
            GdapMsg::TemplateNameBuiltIn { name: "Support".into() }.into()
        );
        assert_eq!(refused(put_own(&admin_agent(), "Tier 2", &[], None, true, now)).input, Some(Input::Roles));
        assert_eq!(refused(put_own(&admin_agent(), "", &roles, None, true, now)).input, Some(Input::Name));
        assert_eq!(
            refused(put_own(&admin_agent(), "Tier 9", &roles, None, false, now)).msg,
            GdapMsg::NoSuchTemplate { name: "Tier 9".into() }.into()
        );
        assert!(put_own(&crate::domain::fixtures::sales_agent(), "Tier 2", &roles, None, true, now).is_err());
        let changed = put_own(&admin_agent(), "TIER 1", &[DirectoryRole::GlobalReader], Some(&t), false, now).unwrap();
        assert_eq!((changed.name.as_str(), changed.roles.clone()), ("Tier 1", vec![DirectoryRole::GlobalReader]));
        assert_eq!(remove_own(&admin_agent(), Some(t.clone()), "tier 1"), Ok(t));
        assert!(remove_own(&admin_agent(), None, "tier 9").is_err());
    }

    #[test]
    fn a_template_is_found_by_microsofts_key_or_the_partners_name_in_any_case() {
        let now = crate::domain::fixtures::now();
        let own = put_own(&admin_agent(), "Tier 1", &[DirectoryRole::GlobalReader], None, true, now).unwrap();
        let own = [own];
        assert_eq!(find(&own, "READ-ONLY"), Some(Template::BuiltIn(READ_ONLY)));
        assert_eq!(find(&own, " tier 1").map(|t| t.roles()), Some(vec![DirectoryRole::GlobalReader]));
        assert_eq!(find(&own, "tier 2"), None);
        let keys: Vec<String> = all(&own).iter().map(|t| t.key().to_string()).collect();
        assert_eq!(keys, ["microsoft-default", "microsoft-default-direct", "support", "read-only", "Tier 1"]);
    }
}
