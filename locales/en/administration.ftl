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

## More than one partner (seed 000's note, seed 004): keeping admin privileges with another partner, restoring them.
admin-key-restore-admin = ask to restore admin privileges
admin-restore-title = Ask to restore delegated admin privileges
admin-restore-submit = draft the email
admin-includes-restore = delegated administration privileges only: your reseller asks to hold them again
admin-kind-restore-short = Restore
admin-restore-hint-holder = A reseller customer of yours; { $holder } holds its admin privileges now. Accepting moves them to you.
admin-restore-hint-none = A reseller customer of yours; no partner holds its admin privileges now. Accepting grants them to you.
admin-move-or-keep-hint = { $holder } holds them now; only one partner can. Tick to move them to { $partner }; leave clear to keep them with { $holder } and accept the reseller relationship alone (admin privileges not granted).
admin-not-granted = admin privileges asked, not granted: the customer kept them with the partner that holds them
admin-restore-asked = asks to restore admin privileges only
admin-accepted-restored = Accepted: { $partner } holds your delegated admin privileges again. (In Microsoft's portals this is done in the { $portal }.)
admin-accepted-not-granted = Accepted: { $partner } is now your reseller; your admin privileges stay with the partner that holds them, so they were not granted. (In Microsoft's portals this is done in the { $portal }.)
admin-cli-not-granted = Admin privileges not granted to { $partner }: they stay with the partner that holds them.
msg-inv-admin-choice-needed = Partner { $holder } holds admin privileges for { $company } now; only one partner can hold them at a time. Choose: move them to { $partner }, or keep them with { $holder } and accept the reseller relationship alone.
msg-inv-restore-admin-move = Partner { $holder } holds admin privileges for { $company } now; this request only restores them to { $partner }, so accepting it moves them: choose to move them, or decline the request to keep them where they are.
msg-inv-restore-needs-reseller = { $company } is not a reseller customer of { $partner }: request a reseller relationship (with delegated admin privileges) instead.
msg-inv-admin-held-already = { $partner } holds admin privileges for { $company } already: there is nothing to restore.
letter-restore-admin-subject = { $partner } asks { $company } to restore delegated admin privileges
letter-restore-admin-body =
    Dear { $company } administrator,

    { $partner } is your Microsoft Cloud Solution Provider and stays responsible for supporting you. To manage your services on your behalf again, we ask you to restore our delegated administration privileges. Only one partner can hold them at a time: if another partner holds them now, accepting moves them to { $partner }. You can remove them at any time in your admin center.

    To accept, a Global admin of { $company } opens this link and signs in to the { $portal }:

    { $link }

    Kind regards,
    { $sender }

## What a grant gives, to whom, for how long: said before the customer confirms it.
admin-move-prompt = Move the admin privileges for { $company } to { $partner }?
admin-approve-prompt = Approve { $id } ({ $name })?
admin-grant-everything = Global administrator and so every other admin role
admin-grant-summary =
    { $length ->
        [removed] { $partner } gets { $roles }, until you remove them.
        [extending] { $partner } gets { $roles }, for { $days ->
            [one] { $days } day
           *[other] { $days } days
        }, then extended by 180 days at a time.
       *[days] { $partner } gets { $roles }, for { $days ->
            [one] { $days } day
           *[other] { $days } days
        }.
    }
admin-grant-taken-from = { $holder } loses them: only one partner holds them at a time.
admin-grant-support = { $reseller } stays responsible for support, as your reseller.

## Support contacts on many customers: add, remove or replace, and what changed.
admin-input-contacts-mode = Change
admin-contacts-mode-add = Add the ticked to each list
admin-contacts-mode-remove = Remove the ticked from each list
admin-contacts-mode-replace = Replace each list with the ticked
admin-contacts-mode-hint = Replace takes off every contact not ticked; the outcome names whom it removed.
admin-contacts-changed =
    { $changed ->
        [one] Support contacts changed for 1 customer
       *[other] Support contacts changed for { $changed } customers
    }: { $added } added.
admin-contacts-removed = Removed: { $which }.
admin-contacts-removed-from =
    { $count ->
        [one] { $email } from 1 customer
       *[other] { $email } from { $count } customers
    }
msg-user-still-support-contact =
    { $count ->
        [one] { $name } is a support contact of 1 customer ({ $companies }): take them off it first (Customers: c, Remove; or partnerdesk contacts remove), then remove the user.
       *[other] { $name } is a support contact of { $count } customers ({ $companies }): take them off those lists first (Customers: mark, c, Remove; or partnerdesk contacts remove), then remove the user.
    }

## partnerdesk users: the partner's own users on the command line.
admin-cli-user-line = { $name } <{ $email }> · { $roles } · { $supported }
admin-cli-users-bad-value = { $flag } { $value }: not a value it takes (see partnerdesk users --help).
admin-cli-users-no-user = No partner user { $email } is in the book.

## The customer's Partners tab: each partner's roles and how to reach it.
admin-related-granular = Granular admin
admin-partner-contact-hint = What its customers see of it: email, phone and address (each may stay empty).
admin-contact-unknown = not known
admin-granular-only = Granular only

## partners add|edit: the contact details the partner's customers see (seed 001).
cli-help-partners-add--email = Its contact email, as its customers see it (empty clears it)
cli-help-partners-add--phone = Its phone number (empty clears it)
cli-help-partners-add--address = Its street address (empty clears it)
cli-help-partners-add--city = Its city (empty clears it)
cli-help-partners-add--postal-code = Its postal code (empty clears it)
cli-help-partners-edit--email = Its contact email, as its customers see it (empty clears it)
cli-help-partners-edit--phone = Its phone number (empty clears it)
cli-help-partners-edit--address = Its street address (empty clears it)
cli-help-partners-edit--city = Its city (empty clears it)
cli-help-partners-edit--postal-code = Its postal code (empty clears it)

## A customer's change of its admin privileges, and who keeps the support duty (rule 9).
admin-changed = Admin privileges of { $company } changed.
admin-changed-reseller-supports = Admin privileges of { $company } changed; { $reseller }, its reseller, stays responsible for support.
advisor-removed = { $partner } is no longer an advisor of { $company }.
remove-admin-detail-reseller-supports = The partner can no longer administer your services; { $reseller }, your reseller, stays responsible for your support.
remove-admin-detail-alone = The partner can no longer administer your services.
