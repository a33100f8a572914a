# partnerdesk — en: administering a customer from its record: subscriptions, users, licences, contacts, company profile, region and cloud.
# Same ids and arguments in every locale (tests: i18n::tests).

## Rule 3: CSP regions (Microsoft's "regional markets") and clouds.
csp-region-africa = Africa
csp-region-asia-pacific = Asia and Pacific
csp-region-australia = Australia
csp-region-brazil = Brazil
csp-region-canada = Canada
csp-region-europe = Europe
csp-region-india = India
csp-region-japan = Japan
csp-region-korea = Korea
csp-region-latin-america-caribbean = Latin America and the Caribbean
csp-region-middle-east-central-eastern-europe = Middle East, Central and Eastern Europe
csp-region-new-zealand = New Zealand
csp-region-russia = Russia
csp-region-taiwan = Taiwan
csp-region-united-states = United States
msg-customer-other-cloud = { $company } is in the { $cloud } cloud; { $partner } is in the { $partner_cloud } cloud and transacts only with customers in its own cloud.
msg-customer-other-region = { $company } is in { $country_name } ({ $country }), outside the CSP region of { $partner } ({ $region }); a partner transacts only with customers in its own country or CSP region.
msg-customer-other-country = { $company } is in { $country_name } ({ $country }); { $partner } is in { $partner_country_name } ({ $partner_country }), a CSP market of its own, and transacts only with customers there.

## Administering a tenant from the customer's record: refusals.
msg-tenant-no-admin-privileges = You hold no admin privileges for { $company }: its own Global admins administer its users, or send it a delegated-admin offer.
msg-tenant-no-tenant-role = Your roles give you no administration of supported companies: ask for Full or Limited administration, or an agent role.
msg-tenant-not-reseller = You are not the reseller of { $company }: only the partner that sells its subscriptions changes them.
msg-tenant-bought-through-partner = Subscriptions bought through a partner are changed by that partner: ask your reseller.
msg-tenant-no-such-subscription = { $company } has no subscription { $subscription }.
msg-tenant-no-such-user = { $email } is not a user of { $company }.
msg-tenant-user-exists = { $email } is already a user of this tenant.
msg-tenant-is-suspended = { $subscription } is suspended: reactivate it first.
msg-tenant-has-expired = { $subscription } has expired: nothing can change it now.
msg-tenant-is-trial = { $subscription } is a trial: its licence count is fixed until it is bought.
msg-tenant-is-active = { $subscription } is active: there is nothing to reactivate.
msg-tenant-quantity-unchanged = { $quantity ->
    [one] { $subscription } already has { $quantity } licence.
   *[other] { $subscription } already has { $quantity } licences.
}
msg-tenant-below-assigned = { $assigned ->
    [one] must be at least 1: one licence of { $subscription } is assigned; unassign it first
   *[other] must be at least { $assigned }: { $assigned } licences of { $subscription } are assigned; unassign some first
}
msg-tenant-all-assigned = { $quantity ->
    [one] The only licence of { $subscription } is assigned: add licences or unassign it first.
   *[other] All { $quantity } licences of { $subscription } are assigned: add licences or unassign one first.
}
msg-tenant-already-assigned = { $email } already has a licence of { $subscription }.
msg-tenant-not-assigned = { $email } has no licence of { $subscription }.
msg-tenant-reset-needs-global = { $email } is a Global admin: only Full administration resets an admin's password.
msg-tenant-needs-global = This needs a global administrator of the tenant (Full administration or Admin agent); Limited administration resets passwords only.
msg-tenant-already-global-admin = { $email } is already a Global admin.
msg-tenant-not-global-admin = { $email } is not a Global admin.
msg-tenant-last-global-admin = { $email } is the last Global admin of { $company }: make another user Global admin first.

## Administering a tenant from the customer's record: screens and outcomes.
tenant-no-subscriptions = { $company } has no subscriptions.
tenant-no-users = { $company } has no users.
tenant-subscription-option = { $id } · { $status } · { $assigned }/{ $quantity } assigned · { $offer }
tenant-user-option = { $email } · { $name }
tenant-user-option-global-admin = { $email } · Global admin · { $name }
tenant-cancel-prompt = Cancel { $id } ({ $offer }) of { $company }?
tenant-subscription-suspended = { $id } of { $company } is suspended.
tenant-subscription-reactivated = { $id } of { $company } is active again.
tenant-subscription-cancelled = { $id } of { $company } is cancelled.
tenant-quantity-changed = { $quantity ->
    [one] { $id } now has { $quantity } licence.
   *[other] { $id } now has { $quantity } licences.
}
tenant-licence-assigned = { $email } has a licence of { $id } now.
tenant-licence-unassigned = { $email }'s licence of { $id } is taken back.
tenant-user-added = { $email } is a user of { $company } now.
tenant-global-admin-given = { $email } is a Global admin now.
tenant-global-admin-taken = { $email } is no longer a Global admin.
tenant-password-reset = { $email }'s password is reset.
tenant-suspend-and-remove-prompt = { $count ->
    [one] Suspend { $ids } and remove your reseller relationship with { $company }?
   *[other] Suspend these { $count } subscriptions ({ $ids }) and remove your reseller relationship with { $company }?
}
tenant-removal-detail = Your admin privileges and your support contacts go too, and { $company } leaves your customer list.
tenant-removal-detail-remains = Your admin privileges and your support contacts go too; { $company } stays on your list, with what remains: { $remains }.
tenant-granular-remains = granular admin relationship { $id }
tenant-suspended-and-removed = { $count ->
    [one] One subscription of { $company } is suspended and your reseller relationship is removed.
   *[other] { $count } subscriptions of { $company } are suspended and your reseller relationship is removed.
}

## Partner of record, the customer's side (rule 10).
msg-partner-unknown-to-customer = { $id } is not a partner known here; check the id with the partner.
msg-partner-cannot-be-partner-of-record = { $name } ({ $kind }) cannot be partner of record: only a reseller or an advisor can.
msg-partner-neither-reseller-nor-advisor = { $name } is authorized neither as reseller nor as advisor, so it cannot be partner of record.
msg-partner-in-other-cloud = { $name } works in the { $cloud } cloud and your tenant is in the { $customer_cloud } cloud: a partner of record works in its customer's cloud.
por-confirm = Make { $name } the partner of record of { $sub }?
por-found = Check ID found { $name }: { $kind }, { $country_name } ({ $country }), { $cloud } cloud, partner id { $id }.

## Adding a customer (rule 7: the reseller relationship, not admin privileges).
customer-added-as-reseller = { $company } added: you are its reseller; its Global admin grants admin privileges (send a delegated-admin offer).
