//! The names of the inputs a refusal points at.

use crate::i18n::Phrase;

/// An input's name as a refusal says it ("Email: is not an email address").
impl std::fmt::Display for crate::domain::Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::domain::Input::*;
        let name = match self {
            AdminEmail => Phrase("input-admin-email"),
            AdminName => Phrase("input-admin-name"),
            Cloud => Phrase("input-cloud"),
            Company => Phrase("input-company"),
            CompanyRole => Phrase("input-company-role"),
            ContactEmail => Phrase("input-contact-email"),
            Country => Phrase("input-country"),
            DelegatedAdmin => Phrase("input-delegated-admin"),
            Description => Phrase("input-description"),
            Domain => Phrase("input-domain"),
            Duration => Phrase("input-duration"),
            Email => Phrase("input-email"),
            GlobalAdmin => Phrase("input-global-admin"),
            TemporaryPassword => Phrase("input-temporary-password"),
            User => Phrase("input-user"),
            Kind => Phrase("input-kind"),
            Licences | OfferLicences(_) => Phrase("input-licences"),
            Link => Phrase("input-link"),
            Mca => Phrase("input-mca"),
            Name => Phrase("input-name"),
            Offer => Phrase("input-offer"),
            Partner => Phrase("input-partner"),
            PartnerId => Phrase("input-partner-id"),
            Phone => Phrase("input-phone"),
            ProductKey => Phrase("input-product-key"),
            ProviderTenant => Phrase("input-provider-tenant"),
            Recipient => Phrase("input-recipient"),
            Reseller => Phrase("input-reseller"),
            Roles => Phrase("input-roles"),
            Subject => Phrase("input-subject"),
            SupportContacts | SupportContact(_) => Phrase("input-support-contacts"),
            TenantId => Phrase("input-tenant-id"),
            Title => Phrase("input-title"),
            Address => Phrase("input-address"),
            AdminAgent => Phrase("input-admin-agent"),
            Advisor => Phrase("input-advisor"),
            AutoExtend => Phrase("input-auto-extend"),
            City => Phrase("input-city"),
            Customer => Phrase("input-customer"),
            DapCertified => Phrase("input-dap-certified"),
            HelpdeskAgent => Phrase("input-helpdesk-agent"),
            Includes => Phrase("input-includes"),
            Invitation => Phrase("input-invitation"),
            MoveAdmin => Phrase("input-move-admin"),
            PartnerOfRecord => Phrase("input-partner-of-record"),
            PostalCode => Phrase("input-postal-code"),
            SalesAgent => Phrase("input-sales-agent"),
            Severity => Phrase("input-severity"),
            Subscription => Phrase("input-subscription"),
            SupportedCompanies => Phrase("input-supported-companies"),
            Template => Phrase("gdap-input-template"),
            Trial => Phrase("input-trial"),
            UsedBy => Phrase("input-used-by"),
            Where => Phrase("input-where"),
            Role(role) => return f.write_str(&role.label()),
            Named(name) => return f.write_str(name),
        };
        name.fmt(f)
    }
}
