//! A refused operation: what was refused and why, as a typed message, and nothing written.

use super::ids::Email;
use super::msg::Msg;

/// What a refusal is about: the input at fault. A form focuses the field that edits it, the
/// command line names it in `--json` errors (`Input::id`); it is never a display label, so a
/// translated screen still finds its field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Input {
    AdminEmail,
    AdminName,
    Cloud,
    Company,
    CompanyRole,
    ContactEmail,
    Country,
    DelegatedAdmin,
    Description,
    Domain,
    Duration,
    Email,
    GlobalAdmin,
    Kind,
    Licences,
    Link,
    Mca,
    Name,
    Offer,
    Partner,
    PartnerId,
    Phone,
    ProductKey,
    ProviderTenant,
    Recipient,
    Reseller,
    Roles,
    Subject,
    SupportContacts,
    /// Whether support contacts are added, removed or replace the list.
    ContactsMode,
    TenantId,
    Title,
    Address,
    AdminAgent,
    Advisor,
    AutoExtend,
    City,
    Customer,
    DapCertified,
    HelpdeskAgent,
    Includes,
    Invitation,
    MoveAdmin,
    PartnerOfRecord,
    PostalCode,
    SalesAgent,
    Severity,
    Subscription,
    SupportedCompanies,
    /// A role template a granular relationship starts from.
    Template,
    /// A partner security group, by its object id or name.
    SecurityGroup,
    /// The display name of a partner security group.
    GroupName,
    /// An access assignment of a granular relationship.
    Assignment,
    /// What a bulk job does to each item.
    BulkAction,
    /// Say what would be done; write nothing.
    DryRun,
    /// Shown once, never typed nor kept.
    TemporaryPassword,
    Trial,
    User,
    UsedBy,
    Where,
    /// The language a draft email is written in.
    EmailLanguage,
    /// One directory role among several checkboxes.
    Role(super::admin::DirectoryRole),
    /// The licence count of one service of an offer (its catalogue id), among several.
    OfferLicences(u32),
    /// One partner user among the support contacts.
    SupportContact(Email),
    /// A field of an imported file or a command-line flag, named as it is written there
    /// (`companyProfile.domain`, `--as`): not translated.
    Named(&'static str),
}

impl Input {
    /// A stable, snake_case name for scripts (`--json` errors).
    pub fn id(&self) -> &'static str {
        use Input::*;
        match self {
            AdminEmail => "admin_email",
            AdminName => "admin_name",
            Cloud => "cloud",
            Company => "company",
            CompanyRole => "company_role",
            ContactEmail => "contact_email",
            Country => "country",
            DelegatedAdmin => "delegated_admin",
            Description => "description",
            Domain => "domain",
            Duration => "duration",
            Email => "email",
            GlobalAdmin => "global_admin",
            Kind => "kind",
            Licences | OfferLicences(_) => "licences",
            Link => "link",
            Mca => "mca",
            Name => "name",
            Offer => "offer",
            Partner => "partner",
            PartnerId => "partner_id",
            Phone => "phone",
            ProductKey => "product_key",
            ProviderTenant => "provider_tenant",
            Recipient => "recipient",
            Reseller => "reseller",
            Roles => "roles",
            Subject => "subject",
            SupportContacts | SupportContact(_) => "support_contacts",
            ContactsMode => "contacts_mode",
            TenantId => "tenant_id",
            Title => "title",
            Address => "address",
            AdminAgent => "admin_agent",
            Advisor => "advisor",
            AutoExtend => "auto_extend",
            City => "city",
            Customer => "customer",
            DapCertified => "dap_certified",
            HelpdeskAgent => "helpdesk_agent",
            Includes => "includes",
            Invitation => "invitation",
            MoveAdmin => "move_admin",
            PartnerOfRecord => "partner_of_record",
            PostalCode => "postal_code",
            SalesAgent => "sales_agent",
            Severity => "severity",
            Subscription => "subscription",
            SupportedCompanies => "supported_companies",
            Template => "template",
            SecurityGroup => "security_group",
            GroupName => "group_name",
            Assignment => "assignment",
            BulkAction => "bulk_action",
            DryRun => "dry_run",
            TemporaryPassword => "temporary_password",
            Trial => "trial",
            User => "user",
            UsedBy => "used_by",
            Where => "where",
            EmailLanguage => "email_language",
            Role(_) => "roles",
            Named(name) => name,
        }
    }
}

/// Why an operation was refused: a typed message the edge renders in the reader's language,
/// and the input at fault when there is one, so forms can point at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub input: Option<Input>,
    pub msg: Msg,
}

impl Refusal {
    /// A refusal about the operation as a whole.
    pub fn new(msg: impl Into<Msg>) -> Self {
        Self { input: None, msg: msg.into() }
    }

    /// A refusal about one input.
    pub fn on(input: Input, msg: impl Into<Msg>) -> Self {
        Self { input: Some(input), msg: msg.into() }
    }
}

// The sentence is rendered at the edge: `impl Display for Refusal` lives in `crate::text`.
impl std::error::Error for Refusal {}
