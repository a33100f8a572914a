//! Restoring a book from its export (`partnerdesk export`): every record as it was — ids,
//! versions, the whole audit log — into a new book. The export is read as a stream, so a
//! million customers never sit in memory at once; the book is written beside its final path
//! and renamed into place only when complete, so a truncated or damaged file leaves nothing.

use super::{Format, InvalidFile, partial_path};
use crate::domain::Input;
use crate::domain::admin::AdminRelationship;
use crate::domain::audit::AuditEvent;
use crate::domain::catalogue::CatalogueOffer;
use crate::domain::customer::Customer;
use crate::domain::gdap::access::{AccessAssignment, SecurityGroup};
use crate::domain::invitation::Invitation;
use crate::domain::msg::SetupMsg;
use crate::domain::offer::{OfferTerms, OfferUse};
use crate::domain::org::PartnerOrganization;
use crate::domain::{Refusal, validate};
use crate::export::JSON_SCHEMA_VERSION;
use crate::export::{ExportedPartner, ExportedUser};
use crate::i18n::Locale;
use crate::i18n::zone::Zone;
use crate::store::Migration;
use crate::store::{Book, Reads, Stamp, WriteError, WriteTx};
use crate::t;
use anyhow::{Result, bail};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Records written per transaction while streaming.
const CHUNK: usize = 10_000;

/// How many records of each kind a restore brought back.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Restored {
    pub partner_users: u64,
    pub directory: u64,
    pub customers: u64,
    pub invitations: u64,
    pub offers: u64,
    pub offer_uses: u64,
    pub admin_relationships: u64,
    pub access_assignments: u64,
    pub audit: u64,
}

impl Restored {
    pub fn total(&self) -> u64 {
        self.partner_users
            + self.directory
            + self.customers
            + self.invitations
            + self.offers
            + self.offer_uses
            + self.admin_relationships
            + self.access_assignments
            + self.audit
    }
}

/// Restores the export in `file` as the book at `path`, which must not hold a book yet. A dry
/// run restores into memory and reports the same counts, writing nothing.
pub fn restore(
    path: &Path,
    file: &Path,
    stamp: &Stamp,
    dry_run: bool,
    progress: &mut dyn FnMut(u64),
) -> Result<Restored> {
    refuse_a_book_in_use(path)?;
    let reader = std::fs::File::open(file).map_err(|e| {
        anyhow::anyhow!("{}", t!("cli-cannot-read", path = file.display().to_string(), error = e.to_string()))
    })?;
    let reader = std::io::BufReader::with_capacity(1 << 20, reader);
    let name = file.display().to_string();
    if dry_run {
        let book = Book::in_memory()?;
        return read_into(&book, reader, &name, stamp, progress).and_then(|r| checked(&book, &name, r));
    }
    let partial = partial_path(path);
    // A `.restoring` file is only ever a restore that did not finish.
    let _ = std::fs::remove_file(&partial);
    let result = Book::open_for_bulk(&partial).map_err(anyhow::Error::from).and_then(|book| {
        let restored = read_into(&book, reader, &name, stamp, progress)?;
        // The bulk page cache (1 GiB at a million customers) goes before the check, which
        // reads the book again with the usual cache.
        book.rest();
        crate::memory::return_freed();
        checked(&book, &name, restored)
    });
    crate::store::remove_lock_file(&partial);
    match result {
        Ok(restored) => {
            std::fs::rename(&partial, path).map_err(|e| {
                let said = t!("import-restore-not-placed", path = path.display().to_string(), error = e.to_string());
                anyhow::anyhow!("{said}")
            })?;
            Ok(restored)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            Err(e)
        }
    }
}

/// The records of an export must agree with each other as `check` holds them (each access
/// assignment names a relationship and a group the export holds, each offer counts its uses, a
/// contact belongs to a partner of the directory, …). A hand-edited export that breaks this is
/// refused whole, and no book is kept.
#[derive(Debug)]
pub struct Inconsistent {
    pub file: String,
    /// The first problems `check` found, each naming its table and key.
    pub problems: Vec<crate::store::check::Problem>,
}

impl Inconsistent {
    /// The problems in a row, said in the reader's language.
    pub fn said(&self) -> String {
        self.problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
    }
}

impl fmt::Display for Inconsistent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!("import-export-inconsistent", file = self.file.as_str(), problems = self.said()))
    }
}

impl std::error::Error for Inconsistent {}

/// How many of `check`'s problems a refused restore names.
const PROBLEMS_SHOWN: usize = 5;

/// `restored`, once the book it made passed `check`.
fn checked(book: &Book, file: &str, restored: Restored) -> Result<Restored> {
    let report = crate::store::check::check(book)?;
    if report.problems.is_empty() {
        return Ok(restored);
    }
    let problems = report.problems.into_iter().take(PROBLEMS_SHOWN).collect();
    Err(Inconsistent { file: file.to_string(), problems }.into())
}

/// A restore makes a new book: a book with a partner organization or customers is never
/// replaced (an empty one, as a set-up screen left it, may be).
fn refuse_a_book_in_use(path: &Path) -> Result<()> {
    let book = match Book::open(path) {
        Ok(book) => book,
        Err(crate::store::OpenError::Missing(_)) => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    let read = book.read()?;
    if let Some(org) = read.org()? {
        return Err(Refusal::new(SetupMsg::BookInUse { path: path.display().to_string(), partner: org.name }).into());
    }
    if read.customer_count()? > 0 || read.audit_len()? > 0 {
        return Err(Refusal::new(SetupMsg::BookHasRecords { path: path.display().to_string() }).into());
    }
    Ok(())
}

fn read_into(
    book: &Book,
    reader: impl std::io::Read,
    name: &str,
    stamp: &Stamp,
    progress: &mut dyn FnMut(u64),
) -> Result<Restored> {
    let mut state = State { book, stamp, org: None, schema: None, restored: Restored::default(), progress };
    let mut json = serde_json::Deserializer::from_reader(reader);
    let invalid = |e: serde_json::Error| InvalidFile::json(name, Format::Export, &e);
    de::Deserializer::deserialize_map(&mut json, &mut state).map_err(invalid)?;
    json.end().map_err(invalid)?;
    if state.schema.is_none() {
        bail!("{}", t!("import-export-no-schema", file = name));
    }
    if state.org.is_none() {
        bail!("{}", t!("import-export-no-organization", file = name));
    }
    let restored = state.restored;
    book.write(stamp, |tx| {
        tx.audit("book.restored", name, None::<&()>, Some(&restored))?;
        Ok(())
    })?;
    Ok(restored)
}

struct State<'a> {
    book: &'a Book,
    stamp: &'a Stamp,
    org: Option<PartnerOrganization>,
    schema: Option<u32>,
    restored: Restored,
    progress: &'a mut dyn FnMut(u64),
}

impl State<'_> {
    fn write<E: de::Error>(&self, op: impl FnOnce(&mut WriteTx) -> Result<(), WriteError>) -> Result<(), E> {
        self.book
            .write(self.stamp, |tx| {
                tx.restoring();
                op(tx)
            })
            .map_err(|e| E::custom(e.to_string()))
    }

    fn org<E: de::Error>(&self) -> Result<&PartnerOrganization, E> {
        self.org.as_ref().ok_or_else(|| E::custom("the organization must come before the records that name it"))
    }

    fn advance(&mut self) {
        (self.progress)(self.restored.total());
    }
}

impl<'de> Visitor<'de> for &mut State<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a partnerdesk export (a JSON object with schema_version, organization, customers, …)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "schema_version" => {
                    let version: u32 = map.next_value()?;
                    if version != JSON_SCHEMA_VERSION {
                        return Err(de::Error::custom(t!(
                            "import-export-version",
                            version = version,
                            restores = JSON_SCHEMA_VERSION
                        )));
                    }
                    self.schema = Some(version);
                }
                "organization" => {
                    let org: Option<PartnerOrganization> = map.next_value()?;
                    let org = org.ok_or_else(|| de::Error::custom(t!("import-export-null-organization")))?;
                    self.write(|tx| tx.restore_org(&org))?;
                    self.org = Some(org);
                }
                "partner_users" => {
                    let users: Vec<ExportedUser> = map.next_value()?;
                    let chosen = users
                        .iter()
                        .map(own_choices)
                        .collect::<Result<Vec<_>, String>>()
                        .map_err(<A::Error as de::Error>::custom)?;
                    self.write(|tx| {
                        for (u, (language, zone)) in users.iter().zip(&chosen) {
                            tx.restore_partner_user(&u.user)?;
                            if let Some(language) = language {
                                tx.put_operator_language(&u.user.email, *language)?;
                            }
                            if let Some(zone) = zone {
                                tx.put_operator_zone(&u.user.email, zone)?;
                            }
                        }
                        Ok(())
                    })?;
                    self.restored.partner_users += users.len() as u64;
                }
                "directory" => {
                    let partners: Vec<ExportedPartner> = map.next_value()?;
                    partners.iter().try_for_each(check_contact).map_err(<A::Error as de::Error>::custom)?;
                    self.write(|tx| {
                        for p in &partners {
                            tx.restore_directory_partner(&p.partner)?;
                            if let Some(contact) = &p.contact {
                                tx.put_partner_contact(p.partner.partner_id, contact)?;
                            }
                        }
                        Ok(())
                    })?;
                    self.restored.directory += partners.len() as u64;
                }
                "migrations" => {
                    let log: Vec<Migration> = map.next_value()?;
                    self.write(|tx| tx.restore_migrations(&log))?;
                }
                "customers" => map.next_value_seed(Stream::<Customer>::new(self))?,
                "invitations" => {
                    let invitations: Vec<Invitation> = map.next_value()?;
                    self.write(|tx| invitations.iter().try_for_each(|i| tx.restore_invitation(i)))?;
                    self.restored.invitations += invitations.len() as u64;
                }
                "offers" => {
                    let terms: Vec<OfferTerms> = map.next_value()?;
                    self.write(|tx| terms.iter().try_for_each(|t| tx.restore_offer_terms(t)))?;
                    self.restored.offers += terms.len() as u64;
                }
                "offer_uses" => {
                    let uses: Vec<OfferUse> = map.next_value()?;
                    self.write(|tx| uses.iter().try_for_each(|u| tx.restore_offer_use(u)))?;
                    self.restored.offer_uses += uses.len() as u64;
                }
                "admin_relationships" => {
                    let rels: Vec<AdminRelationship> = map.next_value()?;
                    self.write(|tx| rels.iter().try_for_each(|r| tx.restore_admin_relationship(r)))?;
                    self.restored.admin_relationships += rels.len() as u64;
                }
                "security_groups" => {
                    let groups: Vec<SecurityGroup> = map.next_value()?;
                    self.write(|tx| groups.iter().try_for_each(|g| tx.put_security_group(g)))?;
                }
                "access_assignments" => {
                    let assignments: Vec<AccessAssignment> = map.next_value()?;
                    self.write(|tx| assignments.iter().try_for_each(|a| tx.restore_access_assignment(a)))?;
                    self.restored.access_assignments += assignments.len() as u64;
                }
                "role_templates" => {
                    let templates: Vec<crate::domain::gdap::templates::OwnTemplate> = map.next_value()?;
                    self.write(|tx| templates.iter().try_for_each(|t| tx.restore_own_template(t)))?;
                }
                "catalogue" => {
                    let offers: Vec<CatalogueOffer> = map.next_value()?;
                    self.write(|tx| tx.restore_catalogue(&offers))?;
                }
                "sequences" => {
                    let sequences: BTreeMap<String, u64> = map.next_value()?;
                    self.write(|tx| sequences.iter().try_for_each(|(name, next)| tx.next_id_set(name, *next)))?;
                }
                "external_ids" => {
                    let ids: BTreeMap<String, String> = map.next_value()?;
                    self.write(|tx| ids.iter().try_for_each(|(key, id)| tx.put_external_id(key, id)))?;
                }
                "audit" => map.next_value_seed(Stream::<AuditEvent>::new(self))?,
                other => {
                    return Err(de::Error::custom(t!(
                        "import-export-unknown-field",
                        field = validate::clip(other).to_string(),
                        version = JSON_SCHEMA_VERSION
                    )));
                }
            }
            self.advance();
        }
        Ok(())
    }
}

/// A long array of records, written a chunk at a time as it is read.
struct Stream<'s, 'a, T> {
    state: &'s mut State<'a>,
    _records: std::marker::PhantomData<T>,
}

impl<'s, 'a, T> Stream<'s, 'a, T> {
    fn new(state: &'s mut State<'a>) -> Self {
        Stream { state, _records: std::marker::PhantomData }
    }
}

/// A kind of record that is streamed: how a chunk of it is written and counted.
trait Streamed: Sized + for<'de> Deserialize<'de> {
    fn write_chunk<E: de::Error>(state: &mut State, chunk: &[Self]) -> Result<(), E>;
}

impl Streamed for Customer {
    fn write_chunk<E: de::Error>(state: &mut State, chunk: &[Self]) -> Result<(), E> {
        let us = state.org::<E>()?.partner_id;
        for c in chunk {
            check_customer(c).map_err(E::custom)?;
        }
        state.write(|tx| chunk.iter().try_for_each(|c| tx.restore_customer(c, us)))?;
        state.restored.customers += chunk.len() as u64;
        Ok(())
    }
}

impl Streamed for AuditEvent {
    fn write_chunk<E: de::Error>(state: &mut State, chunk: &[Self]) -> Result<(), E> {
        state.write(|tx| chunk.iter().try_for_each(|e| tx.restore_audit(e)))?;
        state.restored.audit += chunk.len() as u64;
        Ok(())
    }
}

/// The language and time zone a partner user chose, each as one this partnerdesk knows.
fn own_choices(u: &ExportedUser) -> Result<(Option<Locale>, Option<Zone>), String> {
    let language = u
        .language
        .as_deref()
        .map(|tag| {
            Locale::parse(tag).ok_or_else(|| {
                t!("import-user-language", email = u.user.email.to_string(), language = validate::clip(tag).to_string())
            })
        })
        .transpose()?;
    let zone = u
        .time_zone
        .as_deref()
        .map(|name| {
            Zone::named(name).ok_or_else(|| {
                t!("import-user-zone", email = u.user.email.to_string(), zone = validate::clip(name).to_string())
            })
        })
        .transpose()?;
    Ok((language, zone))
}

/// Another partner's contact details are checked like typed ones.
fn check_contact(p: &ExportedPartner) -> Result<(), String> {
    let Some(contact) = &p.contact else { return Ok(()) };
    let as_typed = crate::domain::partner_contact::contact(&contact.as_input()).map_err(|r| {
        t!("import-partner-contact", partner = p.partner.partner_id.to_string(), why = r.msg.to_string())
    })?;
    if &as_typed != contact {
        return Err(t!("import-partner-contact-form", partner = p.partner.partner_id.to_string()));
    }
    Ok(())
}

/// A hand-edited export is checked like typed input: names, domain and emails must be valid.
fn check_customer(c: &Customer) -> Result<(), String> {
    let at = |what: &str, r: crate::domain::Refusal| {
        t!("import-customer-field", tenant = c.tenant_id.to_string(), field = what, why = r.msg.to_string())
    };
    validate::line(Input::Named("company_name"), &c.company_name).map_err(|r| at("company_name", r))?;
    let domain = validate::domain(Input::Named("primary_domain"), c.primary_domain.as_str())
        .map_err(|r| at("primary_domain", r))?;
    if domain != c.primary_domain {
        return Err(t!(
            "import-customer-domain-case",
            tenant = c.tenant_id.to_string(),
            domain = c.primary_domain.to_string()
        ));
    }
    for user in &c.users {
        let email = validate::email(Input::Named("email"), user.email.as_str()).map_err(|r| at("users", r))?;
        if email != user.email {
            return Err(t!(
                "import-customer-user-case",
                tenant = c.tenant_id.to_string(),
                email = user.email.to_string()
            ));
        }
    }
    Ok(())
}

impl<'de, T: Streamed> DeserializeSeed<'de> for Stream<'_, '_, T> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Streamed> Visitor<'de> for Stream<'_, '_, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut chunk = Vec::with_capacity(CHUNK);
        while let Some(record) = seq.next_element::<T>()? {
            chunk.push(record);
            if chunk.len() == CHUNK {
                T::write_chunk(self.state, &chunk)?;
                chunk.clear();
                self.state.advance();
            }
        }
        T::write_chunk(self.state, &chunk)
    }
}
