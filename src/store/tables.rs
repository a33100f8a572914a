//! Table definitions, each with what its key is and which record its values hold.
//!
//! Keys and values are redb's built-in types only (integers, `&str`, `&[u8]`): redb stores a
//! value type's name in the file, and built-in names never change, whereas a derived name would
//! break the book when a Rust type is renamed. A value of `&[u8]` is a record: the postcard
//! bytes of the `records` type named below, then a CRC-32 checksum (see `codec`). Table names
//! carry a version so a migration can write a new table beside the old one; the tables of
//! records are at their v5 versions, the first with checksums. Every table here is listed in
//! `every_table::visit` too (a test holds them together): that list is what `init` makes, what a
//! backup copies and what `check` knows; the export and restore carry each table's records.

use redb::TableDefinition;

/// Book-wide entries by name: `kind` (`partnerdesk-book`), `schema_version` (u32, little
/// endian), the id counters `next_<series>` (u64, little endian), and `migrations` (the record
/// `Vec<records::v5::Migration>`).
pub const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");
/// The partner organization: one `records::v1::PartnerOrganization` under the key `org`.
pub const ORG: TableDefinition<&str, &[u8]> = TableDefinition::new("org_v2");
/// Partner users by email (lower case) → `records::v1::PartnerUser`.
pub const PARTNER_USERS: TableDefinition<&str, &[u8]> = TableDefinition::new("partner_users_v2");
/// A partner user's own settings by email (lower case) → `records::v7::OperatorSettings`; a
/// user without an entry has chosen nothing (their session's language comes from elsewhere).
pub const OPERATOR_SETTINGS: TableDefinition<&str, &[u8]> = TableDefinition::new("operator_settings_v1");
/// The time zone a partner user chose by email (lower case) → `records::v7::OperatorZone`;
/// created by the first choice (a book without it reads as nobody having chosen).
pub const OPERATOR_ZONES: TableDefinition<&str, &[u8]> = TableDefinition::new("operator_zones_v1");
/// Other partners by partner id → `records::v1::DirectoryPartner`.
pub const DIRECTORY: TableDefinition<u32, &[u8]> = TableDefinition::new("directory_v2");
/// Another partner's contact details by partner id → `records::v7::PartnerContact`; a partner
/// without an entry has none recorded.
pub const PARTNER_CONTACTS: TableDefinition<u32, &[u8]> = TableDefinition::new("partner_contacts_v1");
/// Full customer records by tenant id (the UUID as u128) → `records::v1::Customer`.
pub const CUSTOMERS: TableDefinition<u128, &[u8]> = TableDefinition::new("customers_v2");
/// The compact list row of each customer, kept in step with `CUSTOMERS`, by its sort key (folded
/// company name, a 0 byte, then the tenant id big-endian: see `CustomerRow::sort_key`) so the
/// list's first screen is its first entries → `records::v2::CustomerRow`.
pub const CUSTOMER_ROWS: TableDefinition<&[u8], &[u8]> = TableDefinition::new("customer_rows_v3");
/// Primary domain (lower case) → tenant id (u128): domains are unique in the book.
pub const DOMAINS: TableDefinition<&str, u128> = TableDefinition::new("domains_v1");
/// Customer user email (lower case) → tenant id (u128), to find who `--as` names.
pub const CUSTOMER_LOGINS: TableDefinition<&str, u128> = TableDefinition::new("customer_logins_v1");
/// Invitations of every kind by id (`INV-12` is 12) → `records::v1::Invitation`.
pub const INVITATIONS: TableDefinition<u64, &[u8]> = TableDefinition::new("invitations_v2");
/// What an invitation says of admin privileges beyond its record, by invitation id →
/// `records::v7::InvitationAdminNote`; only invitations with something to say have an entry.
pub const INVITATION_ADMIN_NOTES: TableDefinition<u64, &[u8]> = TableDefinition::new("invitation_admin_notes_v1");
/// Invitation token → invitation id, for acceptance by link.
pub const INVITATION_TOKENS: TableDefinition<&str, u64> = TableDefinition::new("invitation_tokens_v1");
/// Granular admin relationships by id (`GDAP-3` is 3) → `records::v1::AdminRelationship`.
pub const ADMIN_RELATIONSHIPS: TableDefinition<u64, &[u8]> = TableDefinition::new("admin_relationships_v2");
/// The partner's own security groups by object id (the UUID as u128) →
/// `records::v7::SecurityGroup`: what access assignments give roles to.
pub const SECURITY_GROUPS: TableDefinition<u128, &[u8]> = TableDefinition::new("security_groups_v1");
/// Access assignments of granular admin relationships by id (`ACC-4` is 4) →
/// `records::v7::AccessAssignment`. A book without the table (made before it) has none: the
/// table is made by the first assignment, so it needs no migration.
pub const ACCESS_ASSIGNMENTS: TableDefinition<u64, &[u8]> = TableDefinition::new("access_assignments_v1");
/// The partner's own role templates by name key (`templates::name_key`: trimmed, lower case) →
/// `records::v7::OwnTemplate`. Made by the first template, so it needs no migration.
pub const ROLE_TEMPLATES: TableDefinition<&str, &[u8]> = TableDefinition::new("role_templates_v1");
/// The append-only audit log by sequence number, from 1 without gaps → `records::v4::AuditEvent`
/// (changed fields only, and how the actor was established).
pub const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("audit_v3");
/// The catalogue of offers by offer id → `records::v3::CatalogueOffer`.
pub const CATALOGUE: TableDefinition<u32, &[u8]> = TableDefinition::new("catalogue_v2");
/// What each offer invitation offers, and its usage count, by invitation id →
/// `records::v3::OfferTerms`.
pub const OFFER_TERMS: TableDefinition<u64, &[u8]> = TableDefinition::new("offer_terms_v2");
/// Each customer's use of an offer URL, keyed by invitation id then tenant id, both big-endian
/// (see `offer_use_key`), so an offer's uses are one range and "used already?" is one lookup →
/// `records::v3::OfferUse`.
pub const OFFER_USES: TableDefinition<&[u8], &[u8]> = TableDefinition::new("offer_uses_v2");

/// Ids of records brought in from outside (`pc-subscription:<Partner Center id>`,
/// `gdap:<Microsoft Graph id>`) → the id partnerdesk gave the record (`SUB-12`, `GDAP-3`), so
/// importing the same file again updates instead of duplicating.
pub const EXTERNAL_IDS: TableDefinition<&str, &str> = TableDefinition::new("external_ids_v1");

/// Which customer holds each subscription: subscription id (`SUB-12` is 12) → tenant id (u128),
/// kept in step with `CUSTOMERS` by every write of a customer. An index, not a record: a book
/// made before it gets it built from its customers when next opened to write (see `holders`).
pub const SUBSCRIPTION_HOLDERS: TableDefinition<u64, u128> = TableDefinition::new("subscription_holders_v1");

/// The granular admin relationships of each customer: (tenant id, relationship id) → nothing,
/// kept in step with `ADMIN_RELATIONSHIPS` by every write of a relationship. An index, not a
/// record, built when missing like `SUBSCRIPTION_HOLDERS` (see `relationship_index`).
pub const RELATIONSHIPS_BY_CUSTOMER: TableDefinition<(u128, u64), ()> =
    TableDefinition::new("admin_relationships_by_customer_v1");

/// The `OFFER_USES` key of `tenant`'s use of invitation `invitation`.
pub fn offer_use_key(invitation: u64, tenant: u128) -> [u8; 24] {
    let mut key = [0u8; 24];
    key[..8].copy_from_slice(&invitation.to_be_bytes());
    key[8..].copy_from_slice(&tenant.to_be_bytes());
    key
}
