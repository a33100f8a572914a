//! A customer list as CSV, from a spreadsheet or another tool: a header row, then one customer a
//! line. Column names are matched ignoring case, spaces, `_` and `-`; the separator is `,`, `;`
//! or a tab (spreadsheets in Vietnamese and Turkish locales write `;`). README lists the columns.

use super::apply::{CustomerFacts, Item};
use super::{Format, InvalidFile, Source};
use crate::domain::Input;
use crate::domain::country::{Cloud, CountryCode};
use crate::domain::customer::{CustomerUser, Ineligibility, RelationshipKind};
use crate::domain::org::{Address, PartnerOrganization, ResellerKind};
use crate::domain::setup::tenant_id;
use crate::domain::validate;
use crate::t;

/// Each column partnerdesk reads, and the header names it answers to (normalised).
const COLUMNS: &[(Column, &[&str])] = &[
    (Column::Company, &["company", "companyname", "customer", "customername", "name"]),
    (Column::Domain, &["domain", "primarydomain", "domainname"]),
    (Column::Tenant, &["tenantid", "tenant", "customerid", "microsoftid"]),
    (Column::Country, &["country", "countrycode", "countryregion"]),
    (Column::Cloud, &["cloud"]),
    (Column::Address, &["address", "addressline1", "line1", "street"]),
    (Column::City, &["city"]),
    (Column::Postal, &["postalcode", "postcode", "zip", "zipcode"]),
    (Column::Relationship, &["relationship", "relationshiptopartner"]),
    (Column::AdminEmail, &["adminemail", "globaladmin", "globaladmins", "contactemail"]),
    (Column::AdminName, &["adminname", "contactname"]),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Company,
    Domain,
    Tenant,
    Country,
    Cloud,
    Address,
    City,
    Postal,
    Relationship,
    AdminEmail,
    AdminName,
}

fn normalise(header: &str) -> String {
    header.trim_start_matches('\u{feff}').chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

pub fn customers(source: &Source, org: &PartnerOrganization) -> Result<Vec<(String, Item)>, InvalidFile> {
    let invalid = |reason: String, at: Option<String>| InvalidFile {
        file: source.name.clone(),
        format: Format::Csv.name(),
        reason,
        at,
    };
    let text = std::str::from_utf8(&source.bytes)
        .map_err(|e| invalid(t!("import-csv-not-utf8"), Some(t!("import-at-byte", byte = e.valid_up_to()))))?;
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter =
        [b';', b'\t', b','].into_iter().max_by_key(|d| first_line.matches(*d as char).count()).unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers =
        reader.headers().map_err(|e| invalid(e.to_string(), Some(t!("import-at-line", line = 1u64))))?.clone();
    let mut positions: Vec<(Column, usize)> = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        let name = normalise(header);
        if let Some((column, _)) = COLUMNS.iter().find(|(_, names)| names.contains(&name.as_str()))
            && !positions.iter().any(|(c, _)| c == column)
        {
            positions.push((*column, i));
        }
    }
    let missing: Vec<&str> = [(Column::Company, "company"), (Column::Domain, "domain"), (Column::Tenant, "tenant id")]
        .into_iter()
        .filter(|(c, _)| !positions.iter().any(|(p, _)| p == c))
        .map(|(_, name)| name)
        .collect();
    if !missing.is_empty() {
        return Err(invalid(
            t!(
                "import-csv-missing-columns",
                missing = crate::i18n::list(&missing),
                columns = crate::i18n::list(&headers.iter().collect::<Vec<_>>())
            ),
            Some(t!("import-at-line", line = 1u64)),
        ));
    }
    let mut items = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let at = e.position().map(|p| t!("import-at-line", line = p.line()));
            let reason = match e.kind() {
                csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                    t!("import-csv-cells", cells = *len, expected = *expected_len)
                }
                _ => e.to_string(),
            };
            invalid(reason, at)
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let cell = |column: Column| {
            let text =
                positions.iter().find(|(c, _)| *c == column).and_then(|(_, i)| record.get(*i)).unwrap_or_default();
            // Our own CSV export writes a cell a spreadsheet would run as `'=…'`: take the `'` off.
            match text.strip_prefix('\'') {
                Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
                _ => text,
            }
        };
        items.push((t!("import-at-line", line = line), row(&cell, org).unwrap_or_else(Item::Refused)));
    }
    Ok(items)
}

fn row<'r>(cell: &dyn Fn(Column) -> &'r str, org: &PartnerOrganization) -> Result<Item, String> {
    let err = |r: crate::domain::Refusal| r.to_string();
    let tenant = tenant_id(Input::Named("tenant id"), cell(Column::Tenant)).map_err(err)?;
    let company = validate::line(Input::Named("company"), cell(Column::Company)).map_err(err)?;
    let domain = validate::domain(Input::Named("domain"), cell(Column::Domain)).map_err(err)?;
    let country =
        match cell(Column::Country) {
            "" => None,
            code => Some(CountryCode::parse(code).ok_or_else(|| {
                t!("import-country-code", field = "country", value = validate::clip(code).to_string())
            })?),
        };
    let cloud = match cell(Column::Cloud) {
        "" => None,
        text => Some(
            Cloud::parse(text)
                .ok_or_else(|| t!("import-cloud", field = "cloud", value = validate::clip(text).to_string()))?,
        ),
    };
    let (line1, city, postal) = (cell(Column::Address), cell(Column::City), cell(Column::Postal));
    let address = (!(line1.is_empty() && city.is_empty() && postal.is_empty())).then(|| Address {
        line1: line1.into(),
        city: city.into(),
        postal_code: postal.into(),
    });
    let reseller = match org.authorizations.reseller {
        Some(ResellerKind::Indirect { .. }) => Some(RelationshipKind::IndirectReseller),
        Some(ResellerKind::Direct) => Some(RelationshipKind::Reseller),
        None => None,
    };
    let (relationship, ineligible) = match normalise(cell(Column::Relationship)).as_str() {
        "" => (reseller.or(Some(RelationshipKind::Advisor)), None),
        "reseller" | "indirectreseller" => {
            let kind = reseller
                .ok_or_else(|| t!("import-not-reseller", field = "relationship", partner = org.name.as_str()))?;
            (Some(kind), None)
        }
        "advisor" => (Some(RelationshipKind::Advisor), None),
        "none" | "prospect" => (None, None),
        "syndication" => (None, Some(Ineligibility::Syndication)),
        other => {
            return Err(t!(
                "import-relationship-kind",
                field = "relationship",
                value = validate::clip(other).to_string()
            ));
        }
    };
    // Our own CSV export lists every Global admin, separated by spaces: the first is taken.
    let admin = match cell(Column::AdminEmail).split_whitespace().next() {
        None => None,
        Some(email) => {
            let email = validate::email(Input::Named("admin email"), email).map_err(err)?;
            let name = match cell(Column::AdminName) {
                "" => email.as_str().split('@').next().unwrap_or_default().to_string(),
                name => validate::line(Input::Named("admin name"), name).map_err(err)?,
            };
            Some(CustomerUser { email, name, global_admin: true, licences: vec![] })
        }
    };
    Ok(Item::Customer(CustomerFacts {
        tenant_id: tenant,
        company,
        domain,
        country,
        cloud,
        address,
        relationship,
        ineligible,
        admin,
    }))
}
