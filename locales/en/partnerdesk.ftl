# partnerdesk — English (en). The reference locale: every other locale has the same ids and
# the same arguments (tests: i18n::tests). How to add a string: src/i18n/mod.rs.

## screens, sentences with values
too-small = The terminal is { $width }×{ $height }; partnerdesk needs at least { $min_w }×{ $min_h }. Enlarge it, or press q to quit.
customers-count = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
support-duty = { $partner }, the reseller, does not hold admin privileges but stays responsible for support
scroll-position = lines { $first }–{ $last } of { $total }
showing-status = Showing invitations: { $status } (f for the next)
only-status = only { $status } (f: next status)
transcript-heading = partnerdesk session { $session }: changes in order
transcript-copied = { $count ->
    [one] { $count } change in this session ({ $session }), copied as text; `partnerdesk audit --session { $session } --json` gives JSON.
   *[other] { $count } changes in this session ({ $session }), copied as text; `partnerdesk audit --session { $session } --json` gives JSON.
}
key-language = next language
language-now = Language: { $language }. L switches to the next one.
sorted-by = sorted by { $column }
count-customers = { $shown } of { $total } customers
count-customers-loading = { $shown } of { $total } customers so far — reading the rest of the list…
count-invitations = { $shown } of { $total } invitations
count-partners = { $shown } of { $total } partners
count-users = { $shown } of { $total } users
count-relationships = { $shown } of { $total } admin relationships
count-events = { $shown } of { $total } recent changes

## customers, sentences
remove-reseller-prompt = Remove your reseller relationship with { $company }?
customer-saved = { $company }: details saved.
request-opened = Service request opened on behalf of { $company }; it is listed on the record.
subscription-added = Subscription set up for { $company }.
reseller-removed = Your reseller relationship with { $company } is removed.
marked = { $count } marked
bulk-outcome = { $done ->
    [one] Support contacts set for { $done } customer.
   *[other] Support contacts set for { $done } customers.
}
bulk-outcome-refused = { $done ->
    [one] Support contacts set for { $done } customer; { $refused } refused — { $which }.
   *[other] Support contacts set for { $done } customers; { $refused } refused — { $which }.
}
bulk-stopped = { $done ->
    [one] Stopped after { $done } customer: { $why }
   *[other] Stopped after { $done } customers: { $why }
}
bulk-progress = Setting support contacts: { $done } of { $total } customers (Esc stops){" "}
bulk-cancelled = { $done ->
    [one] Stopped with Esc: support contacts set for { $done } customer, { $left } left unchanged
   *[other] Stopped with Esc: support contacts set for { $done } customers, { $left } left unchanged
}
bulk-cancelled-refused = { $done ->
    [one] Stopped with Esc: support contacts set for { $done } customer, { $left } left unchanged; { $refused } refused
   *[other] Stopped with Esc: support contacts set for { $done } customers, { $left } left unchanged; { $refused } refused
}
export-progress = Exporting: { $done } of { $total } customers (Esc stops){" "}
export-cancelled = { $done ->
    [one] Export stopped with Esc after { $done } customer; its files were removed.
   *[other] Export stopped with Esc after { $done } customers; its files were removed.
}
exported = { $count ->
    [one] Exported { $count } customer to { $json } and { $csv }.
   *[other] Exported { $count } customers to { $json } and { $csv }.
}
export-failed = Could not export: { $why }.
support-duty-offer = { $partner }, the reseller, does not hold admin privileges but stays responsible for support — o opens a service request on the customer's behalf

## invitations, sentences
revoke-prompt = Revoke { $id } for { $customer }?
purge-prompt = { $count ->
    [one] Purge { $count } expired, declined or revoked invitation?
   *[other] Purge { $count } expired, declined and revoked invitations?
}
decline-prompt = Decline { $id }?
not-waiting = { $id } is { $status }; only a sent invitation can be accepted.
not-editable = { $id } is { $status }; only a draft or sent invitation has an email to edit.
mca-hint = { $company } has not accepted it yet; accepting this invitation accepts it on its behalf.
move-admin-hint = { $holder } holds them now; only one partner can. Tick to move them to { $partner }.
accept-where = customers in your cloud accept in the { $portal }
drafted = { $id } drafted for { $customer }. Edit the email, copy it (Ctrl-Y) or open it in your mail app (Ctrl-O), send it, then press Ctrl-S.
marked-sent = { $days ->
    [one] { $id } is sent to { $to }; the link works for { $days } more day.
   *[other] { $id } is sent to { $to }; the link works for { $days } more days.
}
accepted = Accepted: { $partner } is now your reseller. (In Microsoft's portals this is done in the { $portal }.)
accepted-with-admin = Accepted: { $partner } is now your reseller with delegated admin privileges. (In Microsoft's portals this is done in the { $portal }.)
draft-saved = { $id }: draft saved.
revoked = { $id } revoked: its link no longer works.
purged = { $count ->
    [one] Purged { $count } invitation; the audit log keeps its history.
   *[other] Purged { $count } invitations; the audit log keeps their history.
}
declined = { $id } declined.
saved-eml = Saved the email as { $path }; open it in your mail app, send it, then press Ctrl-S.
eml-failed = Could not save { $path }: { $why }. Copy the email with Ctrl-Y instead.
invitation-title = { $id } — { $kind }
invitation-from = { $id } from { $partner }
admin-asked = admin privileges asked
admin-not-asked = admin privileges not asked
at-by = { $at } by { $by }
created-by = { $days ->
    [one] { $at } by { $by } ({ $days } day ago)
   *[other] { $at } by { $by } ({ $days } days ago)
}
subscriptions-count = { $count ->
    [one] { $count } subscription
   *[other] { $count } subscriptions
}
holds-admin-for = { $partner } holds admin privileges for { $company } since { $since }.
holds-admin-since = { $partner } holds admin privileges since { $since } (granted by { $by })
mca-accepted = MCA accepted by { $by } on { $on }
tenant-is-syndication = This tenant is an existing syndication customer.
tenant-is-cpc = This tenant is an existing CPC customer.
por = partner of record { $id } { $name }
licences = licences: { $list }

## offers, sentences
up-to = — (up to { $max })
trial-option = { $days ->
    [one] { $name } — { $licences } licences, { $days } day
   *[other] { $name } — { $licences } licences, { $days } days
}
offer-drafted = { $id } drafted: its URL works for any customer. Edit the email, copy it (Ctrl-Y) or open it in your mail app (Ctrl-O), send or post it, then press Ctrl-S.
offer-sent = { $days ->
    [one] { $id } is sent; its URL can be used by any number of customers for { $days } more day.
   *[other] { $id } is sent; its URL can be used by any number of customers for { $days } more days.
}
offer-from = { $id } · { $kind } from { $partner }
offered-licences = offered { $offered }; you may buy 1 to { $max }
offer-used = { $id } accepted.
offer-used-admin = { $id } accepted; { $partner } now holds delegated admin privileges.
offer-used-subscriptions = { $count ->
    [one] { $id } accepted: { $count } subscription set up, { $partner } is its partner of record.
   *[other] { $id } accepted: { $count } subscriptions set up, { $partner } is their partner of record.
}
offer-used-subscriptions-admin = { $count ->
    [one] { $id } accepted: { $count } subscription set up, { $partner } is its partner of record; { $partner } now holds delegated admin privileges.
   *[other] { $id } accepted: { $count } subscriptions set up, { $partner } is their partner of record; { $partner } now holds delegated admin privileges.
}
used-by = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
offer-includes-dap = delegated administration by { $partner }
bought-nothing = accepted
bought-nothing-admin = accepted, delegated admin
bought = { $counts } licences
bought-admin = { $counts } licences, delegated admin

## partners, permissions, setup: sentences
checked = Check ID: { $id } is { $name }.
partner-saved = { $name }: saved.
por-set = { $sub }: partner of record is now { $partner }.
por-cleared = { $sub }: no partner of record.
remove-advisor-prompt = End the advisor relationship with { $partner }?
disabled-reseller-removal = Remove reseller relationship — not available: { $reason }
subscription-choice = { $id } { $offer } (partner of record: { $por })
remove-user-prompt = Remove { $name } from the partner users?
terminate-prompt = End { $id } “{ $name }”?
remove-legacy-prompt = Remove { $partner }'s admin privileges?
user-saved = { $name }: saved.
user-removed = { $name } removed.
relationship-saved = { $id } is { $status }.
admin-moved = Admin privileges of { $company } changed; the previous partner stays responsible for support.
set-up = { $company } is set up, and you are signed in as { $admin }, Global admin. Add customers (n) or bring them in with `partnerdesk import`.

## the domain's values
cloud-public = Public
cloud-us-government = US Government
cloud-germany = Germany
cloud-china21-vianet = 21Vianet
invitation-kind-reseller = Reseller
invitation-kind-trial = Trial invitation
invitation-kind-purchase-offer = Purchase offer
invitation-kind-delegated-admin-offer = Delegated-admin offer
invitation-kind-reseller-title = Reseller invitation
invitation-kind-reseller-short = Reseller
invitation-kind-trial-short = Trial
invitation-kind-purchase-offer-short = Purchase
invitation-kind-delegated-admin-offer-short = Admin
invitation-status-draft = Draft
invitation-status-sent = Sent
invitation-status-accepted = Accepted
invitation-status-declined = Declined
invitation-status-expired = Expired
invitation-status-revoked = Revoked
subscription-status-active = Active
subscription-status-trial = Trial
subscription-status-suspended = Suspended
subscription-status-expired = Expired
severity-a = A – critical
severity-b = B – moderate
severity-c = C – minimal
relationship-kind-reseller = Reseller
relationship-kind-indirect-reseller = Indirect reseller
relationship-kind-advisor = Advisor
relationship-summary-none = —
relationship-summary-reseller = Reseller
relationship-summary-indirect-reseller = Indirect reseller
relationship-summary-advisor = Advisor
relationship-summary-reseller-and-advisor = Reseller + advisor
company-role-user = User
company-role-global-admin = Global admin
company-role-billing-admin = Billing admin
company-role-account-admin = Account admin
company-role-user-management-admin = User management admin
supported-company-admin-none = None
supported-company-admin-limited = Limited administration
supported-company-admin-full = Full administration
directory-kind-direct-reseller = Direct reseller
directory-kind-indirect-provider = Indirect provider
directory-kind-indirect-reseller = Indirect reseller
directory-kind-advisor = Advisor
reseller-choice-none = Not a reseller
reseller-choice-direct = Direct reseller
reseller-choice-indirect = Indirect reseller
admin-relationship-status-created = Created
admin-relationship-status-approval-pending = Approval pending
admin-relationship-status-active = Active
admin-relationship-status-expiring = Expiring
admin-relationship-status-expired = Expired
admin-relationship-status-termination-requested = Termination requested
admin-relationship-status-terminated = Terminated
invitation-status-in-sentence-draft = draft
invitation-status-in-sentence-sent = sent
invitation-status-in-sentence-accepted = accepted
invitation-status-in-sentence-declined = declined
invitation-status-in-sentence-expired = expired
invitation-status-in-sentence-revoked = revoked
admin-relationship-status-in-sentence-created = created
admin-relationship-status-in-sentence-approval-pending = approval pending
admin-relationship-status-in-sentence-active = active
admin-relationship-status-in-sentence-expiring = expiring
admin-relationship-status-in-sentence-expired = expired
admin-relationship-status-in-sentence-termination-requested = termination requested
admin-relationship-status-in-sentence-terminated = terminated
invitation-kind-in-sentence-reseller = reseller
invitation-kind-in-sentence-trial = trial invitation
invitation-kind-in-sentence-purchase-offer = purchase offer
invitation-kind-in-sentence-delegated-admin-offer = delegated-admin offer
agent-admin = Admin agent
agent-sales = Sales agent
agent-helpdesk = Helpdesk agent
list-separator = {", "}
role-unknown = Unknown role
role-id = role { $id }
catalogue-offer = { $name } (up to { $max })

## screens

tab-customers = Customers
tab-invitations = Invitations
tab-partners = Partners
tab-permissions = Permissions
customer-view = customer view
read-only = READ-ONLY
help-title = Keys
help-close = Esc or ? closes this help
filter-prompt = Filter:{" "}
filter-hint = type to filter · Enter keeps · Esc clears
empty-book = This book is empty.
empty-book-next = Start a demo book with `partnerdesk demo`, or set up your company with `partnerdesk init --help`.
no-customers = No customers yet.
no-customers-next = Press r to request a reseller relationship, n to add a customer, or bring your list in with `partnerdesk import`.
no-invitations = No invitations yet.
no-invitations-next = Press r to request a reseller relationship; the invitation appears here.
no-directory = No other partners are known to the book.
no-directory-next = Partners appear here once added to the directory.
no-users = No partner users.
no-match = Nothing matches the filter.
no-match-next = Press Esc to clear it.
nothing-to-show = We couldn't find anything to show here.
col-company = Company
col-domain = Primary domain
col-country = Ctry
col-cloud = Cloud
col-relationship = Relationship
col-admin = Admin
col-subs = Subs
col-licences = Licences
col-id = ID
col-kind = Kind
col-customer = Customer
col-status = Status
col-created-by = Created by
col-age = Age
col-expires = Expires
col-partner-id = Partner id
col-name = Name
col-email = Email
col-company-role = Company role
col-supported = Supported companies
col-agent = Agent roles
col-when = When
col-who = Who
col-action = Action
col-target = Record
col-session = Session
col-roles = Roles
col-ends = Ends
col-auto = Auto
col-por-for = Partner of record for
profile-tenant = Tenant
our-company = Our company
directory = Partner directory
partner-users = Partner users
admin-relationships = Granular admin relationships
your-partners = Your partners
rec-account = Account
rec-address = Address
rec-admin = Admin
rec-services = Services
rec-subscriptions = Subscriptions
rec-users = Users
rec-requests = Service requests
rec-partners = Partners
mca-not-yet = MCA not accepted yet
global-admin-mark = Global admin
none = none
admin-only = Admin only
yes = yes
no = no
key-quit = quit
key-tabs = go to tab
key-next-tab = next / previous tab
key-help = help
key-filter = filter
key-move = move
key-page = page up / down
key-ends = first / last
key-scroll = scroll
key-expand = expand
key-collapse = collapse record
key-sort = reverse sort / next column
key-close = close
key-filter-keep = keep filter
key-filter-clear = clear filter
key-filter-backspace = delete a character
key-request = request reseller
key-open-invitation = open invitation
key-edit-draft = edit email
key-revoke = revoke
key-purge = purge finished
key-status-filter = filter by status
key-resend = resend (copy again)
key-accept = accept
key-decline = decline
key-submit = submit
key-next-field = next field
key-prev-field = previous field
key-toggle = toggle / choose
key-cancel = cancel
key-done = done: mark sent
key-copy = copy
key-open-mail = open in mail app
key-save-eml = save .eml
key-insert-link = insert link
key-switch-field = subject / body
key-yes = yes
key-no = no
key-back = back
all-statuses = every status
nobody-signed-in = Nobody is signed in: this book has no partner users yet.
quit-unsaved = Quit and lose your edits?
quit-unsaved-detail = The invitation email has changes that are not saved.
key-transcript = this session's changes (copied as text)

## customers

key-new-customer = new customer
key-edit-customer = edit company details
key-support-contacts = support contacts (of the marked customers)
key-service-request = open a service request on their behalf
key-product-key = set up a subscription with a product key
key-remove-reseller = remove reseller
key-mark = mark
key-mark-all = mark all shown / none
key-export = export marked (or shown) as JSON and CSV
new-customer-title = Add a customer
new-customer-submit = add the customer
edit-customer-title = Edit company details
save = save
contacts-title = Support contacts
service-request-title = Open a service request on the customer's behalf
service-request-submit = open the request
product-key-title = Set up a subscription with a product key
product-key-submit = set it up
new-customer-domain-hint = the tenant's initial domain: letters and digits, .onmicrosoft.com is added
por-hint = Make your company the partner of record of this subscription.
product-key-placeholder = XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
nothing-selected = No customer is selected.
no-export-dir = No folder for exports is known on this machine; use `partnerdesk customers list --json`.

## invitations

read-only-refusal = This is a read-only session: nothing can be changed here.
request-title = Request a reseller relationship
request-prospect-title = Request a reseller relationship with a new customer
request-submit = draft the invitation
dap-hint = Also ask for delegated administration privileges.
recipient-placeholder = the customer's Global admin
company-placeholder = Công ty TNHH …
contact-placeholder = admin@customer.com
contact-hint = The tenant's Global admin; the invitation goes here.
domain-placeholder = from the contact's email
domain-hint = name.onmicrosoft.com; empty: from the contact's email
accept-title = Accept the invitation
accept-submit = accept
includes-dap = a reseller relationship, with delegated administration privileges
includes-reseller = a reseller relationship (no administration privileges)
revoke-detail = The link stops working; the invitation stays in the list as revoked.
purge-detail = They leave the list; their history stays in the audit log.
decline-detail = The partner sees that you declined; it can send a new invitation later.
nothing-to-purge = Nothing to purge: no invitation is expired, declined or revoked.
catalogue-empty = The book has no catalogue of offers yet; it is made when the book is created or upgraded.
keep-edits = Keep your edits to the draft?
keep-edits-detail = y saves the draft as it is now, n discards the edits, Esc goes back to editing.
discard-edits = Discard your edits?
discard-edits-detail = The invitation was sent; edits are kept only when you mark it sent again (Ctrl-S).
copied = Copied the email to the clipboard. Paste it into your mail, send it, then press Ctrl-S.
opened-mail-app = Opened the draft in your mail app. Send it there, then press Ctrl-S here.
mail-link-label = ✉ Open the draft in your mail app
mail-link-over-ssh = ✉ Open the draft in your mail app — over SSH this is a link: click it (or copy the email with Ctrl-Y), send it, then press Ctrl-S.
no-mail-app = No mail app could be opened here; copy the email with Ctrl-Y, or save it with Ctrl-W
no-drafts-dir = No folder for drafts is known on this machine; copy the email with Ctrl-Y instead.
editor-title = Invitation email
editor-to = To
editor-subject = Subject
editor-link = Link
link-intact = ✓ the personalized link is in the email
link-missing = ✗ the personalized link is missing or changed — Ctrl-L puts it back
confirm-title = Confirm
confirm-yes = yes{"   "}
confirm-no = n no
confirm-no-esc = n / Esc no
inv-created = Created
inv-sent = Sent
inv-answered = Answered
auth-direct = direct reseller
auth-indirect = indirect reseller
auth-advisor = advisor
auth-dap-certified = delegated-admin certified
profile-region = Region
profile-authorized = Authorized
col-por-on = Partner of record on
no-admin-holder = No partner holds admin privileges.
no-por = no partner of record
no-licences = no licences
sr-open = open
sr-closed = closed

## offers

key-trial = trial invitation
key-purchase-offer = purchase offer
key-admin-offer = delegated-admin offer
key-use-offer = use an offer link
key-new-offer-like = new offer like this one
trial-title = Trial invitation
purchase-title = Purchase offer
admin-offer-title = Delegated-admin offer
offer-submit = create the URL and draft the email
use-link-title = Use an offer link
use-link-submit = look it up
use-offer-submit = accept the offer
link-placeholder = paste the URL from the email
recipient-optional = optional: the URL works for anyone
purchase-hint = licences for each service to offer; leave the others empty
offer-dap-hint = manage the subscriptions on the customer's behalf
admin-offer-includes = delegated administration of the subscriptions already bought
col-uses = Uses
new-offer-hint = n: a new offer like this one, for other licence counts

## partners

key-edit-profile = edit company profile
key-add-directory = add partner
key-edit-directory = edit partner
key-check-id = check ID
key-set-por = set partner of record
key-remove-partner = remove partner
profile-title = Company profile
directory-add-title = Add a partner to the directory
directory-edit-title = Edit a directory partner
check-id-title = Check ID
check-id-submit = check
por-title = Partner of record
por-clear-hint = “Check ID” runs before saving; leave empty to remove the partner of record
related-admin = Delegated administrator
related-por = Partner of record
remove-advisor-detail = The partner stops advising you; other relationships stay.
no-subscriptions = This organization has no subscriptions.

## permissions

audit-log = Audit log
key-next-view = next view
key-add-user = add user
key-edit-user = edit roles
key-remove-user = remove user
key-request-gdap = request admin relationship
key-auto-extend = auto-extend on/off
key-terminate = end relationship
key-approve = approve relationship
key-remove-admin = remove admin privileges
key-move-admin = give admin privileges to another partner
add-user-title = Add a partner user
edit-user-title = Edit a partner user's roles
request-gdap-title = Request a granular admin relationship
move-admin-title = Give admin privileges to another partner
supported-hint = Limited = password administrator there; Full = global administrator there.
duration-hint = days, 1 to 730; fixed once approved
auto-extend-hint = by 180 days at the end; not with the Global Administrator role
gdap-customer-hint = the customer's primary domain
partner-id-hint = the partner id (6 or 7 digits) of a partner in the directory
no-relationships = No granular admin relationships.
no-relationships-next = On the partner side, n requests one.
no-audit = The audit log is empty.
remove-legacy-detail = The partner can no longer administer your services, but stays responsible for your support.
terminate-detail = The partner's access through this relationship ends now.
remove-user-detail = They can no longer sign in to partnerdesk; the audit log keeps what they did.

## setup

advisor-hint = trials and purchase offers need it
provider-tenant-hint = indirect only: the provider's tenant
fixed-with-customers = fixed while the book has customers
setup-title = Set up your company's book
setup-submit = Create the book
setup-tenant-hint = your Entra tenant; links name it
setup-admin-hint = you: the first Global admin
setup-phone-hint = optional; customers see it

## The domain's messages (crate::domain::msg), as refusals say them

msg-admin-name-taken = “{ $name }” is already the name of another of your admin relationships
msg-admin-choose-role = choose at least one role
msg-admin-auto-extend-with-global-admin = is not available while the relationship includes the Global Administrator role
msg-admin-cannot-approve = { $id } is { $status }; only a pending request can be approved.
msg-admin-legacy-still-granted = { $company } still grants legacy delegated admin privileges; remove them first, then approve { $id }.
msg-admin-cannot-change-auto-extend = { $id } is { $status }; auto-extend can change only while it is created or active.
msg-admin-already-ended = { $id } is already { $status }.
msg-admin-no-holder = No partner holds admin privileges for { $company }.
msg-admin-customer-reassigns = Only the customer reassigns its admin privileges.
msg-admin-holds-already = partner { $partner } holds them already
msg-admin-unknown-partner = partner { $partner } is not known to the book; check the id
msg-admin-no-customer-with-domain = no customer with the domain “{ $domain }” is in the book
msg-book-read-only-book = This book is open to read only: nothing can be changed here.
msg-book-replaced = The book at { $path } was replaced or moved since partnerdesk opened it, so nothing was written. Restart partnerdesk (or serve) to work on the book now at that path.
msg-book-no-longer-partner-user = { $email } is no longer a partner user of this book.
msg-book-no-longer-customer-user = { $email } is no longer a user of this customer.
msg-book-no-organization = This book has no partner organization yet; run `partnerdesk demo` or set one up first.
msg-book-customer-gone = That customer is no longer in the book.
msg-book-gone = { $what } is no longer in the book.
msg-book-tenant-gone = Your tenant is no longer in the book.
msg-book-tenant-taken = { $tenant } is already in the book
msg-book-tenant-twice-in-export = { $tenant } is in the export twice
msg-book-domain-taken = { $domain } belongs to another customer in the book
msg-book-login-taken = { $email } is already a user of another customer
msg-book-profile-changed = the company profile was changed by someone else since you opened it; reopen it to see their change.
msg-book-record-changed = { $record } was changed by someone else since you opened it; reopen it to see their change.
msg-book-record-changed-by = { $record } was changed by { $by } since you opened it; reopen it to see their change.
msg-customer-contact-not-a-user = { $email } is not a partner user
msg-customer-cannot-support = { $name } is not an Admin or Helpdesk agent, so cannot support customers
msg-customer-choose-offer = choose an offer
msg-customer-no-reseller-relationship = { $company } has no reseller relationship with you.
msg-customer-live-subscriptions = { $count ->
    [one] { $company } still has { $count } active subscription ({ $ids }); suspend it first, then remove the relationship.
   *[other] { $company } still has { $count } active subscriptions ({ $ids }); suspend them first, then remove the relationship.
}
msg-input-required = is required
msg-input-not-one-line = must be one line without control characters
msg-input-control-characters = must not contain control characters
msg-input-bidi-override = must not contain right-to-left override characters
msg-input-line-separators = must not contain line or paragraph separators
msg-input-invisible-tags = must not contain invisible tag characters
msg-input-nothing-visible = has no visible characters
msg-input-too-long = is too long (at most { $max } characters)
msg-input-domain-not-ascii = must use letters a–z, digits and hyphens (enter an internationalized name in its xn-- form)
msg-input-domain-needs-dot = “{ $domain }” needs a dot, like contoso.com
msg-input-domain-empty-part = “{ $domain }” has an empty part between dots
msg-input-domain-part-too-long = has a part longer than { $max } characters
msg-input-domain-characters = “{ $domain }” may contain only letters, digits, hyphens and dots
msg-input-domain-hyphen-at-edge = parts must not start or end with a hyphen
msg-input-domain-ends-in-number = must end in a name, not a number
msg-input-initial-domain-suffix = must end in .{ $suffix }
msg-input-initial-domain-name = the name before .{ $suffix } must be 1–{ $max } letters and digits
msg-input-email-without-at = “{ $text }” is not an email address (no @)
msg-input-email-local-length = needs 1–{ $max } characters before the @
msg-input-email-local-characters = “{ $text }” has characters that an email address cannot have before the @
msg-input-partner-id-not-digits = “{ $text }” is not a partner id: use digits only
msg-input-partner-id-length = a partner id has { $min } or { $max } digits
msg-input-not-positive = must be a positive whole number
msg-input-not-whole-number = “{ $text }” is not a whole number
msg-input-at-least = must be at least { $min }
msg-input-at-most = must be at most { $max }
msg-input-at-least-days = { $min ->
    [one] must be at least { $min } day
   *[other] must be at least { $min } days
}
msg-input-product-key-shape = has the form XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
msg-input-product-key-character = “{ $character }” never appears in a product key (check for O/0, I/1, vowels)
msg-input-phone-characters = may contain only digits, spaces, + - . ( )
msg-input-phone-digits = needs { $min } to { $max } digits
msg-input-not-a-country = “{ $text }” is not a two-letter country code like VN, TR or CN
msg-input-not-a-tenant-id = “{ $text }” is not a tenant id; it is a GUID like 8b2f7c1e-4a5d-4e3b-9f10-2c6d8e9a0b1c
msg-input-cloud-required = is required: public, usgov, germany or 21vianet
msg-input-not-an-iso-country = `{ $text }` is not an ISO 3166-1 country code like VN
msg-input-not-an-id = `{ $text }` is not an id like { $prefix }-12
msg-input-not-a-role-id = `{ $text }` is not a role id (a GUID like 62e90394-69f5-4237-9190-012177145e10)
msg-offer-partner-offers = Only a partner user can make an offer.
msg-offer-not-advisor = { $partner } is not authorized as an advisor, and trial invitations and purchase offers need the advisor authorization; ask your Global admin to check the company profile.
msg-offer-not-certified = { $partner } is not certified to provide delegated administration; it can be offered once the company profile says so.
msg-offer-one-trial = a trial invitation carries exactly one trial subscription; choose one offer
msg-offer-no-trial = { $offer } has no trial; choose another offer, or send a purchase offer
msg-offer-reseller-not-offered = A reseller relationship is requested, not offered.
msg-offer-no-lines = choose at least one service and give its licence count
msg-offer-twice = { $offer } is in the offer twice; give it once
msg-offer-line-licences = { $offer }: { $problem }
msg-offer-already-admin = { $company } already gives { $partner } delegated admin privileges.
msg-offer-no-subscription-yet = { $company } has no subscription yet; a delegated-admin offer follows a purchase. Send a trial invitation or a purchase offer with delegated administration instead.
msg-offer-customer-uses = An offer is used by the customer, not by the partner.
msg-offer-customer-admin-uses = An offer is used by a Global admin of the customer; sign in as one (--as).
msg-offer-used-already = { $company } used { $id } on { $on } already; ask { $partner } for a new offer if you need something else.
msg-offer-has-offer-already = { $company } already has { $offer } ({ $subscription }, { $status }); a trial is for an offer it does not have yet.
msg-offer-reseller-invitation = { $id } is a reseller invitation, not an offer.
msg-offer-not-part-of = offer { $offer } is not part of this offer
msg-offer-trial-count-fixed = a trial's licence count is fixed at { $count }; change it after the trial, when buying
msg-offer-not-in-catalogue = offer { $offer } is not in the catalogue
msg-offer-not-a-link = that is not a partnerdesk link; paste the whole URL you were sent
msg-offer-unknown-link = no offer with this link is in the book; it may have been purged
msg-offer-link-is-reseller = { $id } is a reseller invitation, not an offer
msg-offer-terms-lost = { $id } has lost what it offers
msg-partner-unknown-id = { $id } is not a partner known to the book; check the id, or add the partner to the directory first (Partners tab, n)
msg-partner-add-unknown = { $id } is not known to the book: fill in the partner to add it to the directory, or Esc.
msg-partner-fixed-partner-id = is fixed while the book has customers: every relationship and partner of record names it
msg-partner-fixed-cloud = is fixed while the book has customers: every customer was taken on in this cloud
msg-partner-fixed-reseller = is fixed while the book has customers: every reseller relationship and invitation link was made with it
msg-partner-own-id = { $id } is your own partner id
msg-partner-in-directory = { $id } is already in the directory as { $name }
msg-partner-id-cannot-change = a directory partner's id cannot change; add the new id instead
msg-partner-not-in-directory = Partner { $id } is no longer in the directory.
msg-partner-not-a-subscription = { $subscription } is not a subscription of { $company }
msg-partner-already-partner-of-record = that is the partner of record already; nothing to change
msg-partner-customer-cannot-remove-reseller = A customer cannot remove a reseller relationship itself: ask { $partner } to remove it (its Global admin can, once no subscription is active).
msg-partner-not-an-advisor = Partner { $partner } is not an advisor of { $company }.
msg-setup-neither-reseller-nor-advisor = a partner that is neither a reseller nor an advisor has no customers to look after; choose one
msg-setup-set-up-already = This book already belongs to { $partner } (partner id { $id }); a book is set up once. Edit the company profile instead (Partners tab, p).
msg-setup-book-in-use = { $path } already holds the book of { $partner }; a restore makes a new book: give another --db, or move that book away first
msg-setup-book-has-records = { $path } already holds records; a restore makes a new book: give another --db
msg-user-global-admin-role = only a Global admin can give or take the Global admin role
msg-user-already-user = { $email } is already a partner user
msg-user-last-global-admin = { $name } is the last Global admin; make someone else Global admin first
msg-user-own-roles = you cannot change your own roles; ask another Global admin
msg-user-not-a-user = { $email } is not a partner user.
msg-user-no-longer-user = { $email } is no longer a partner user.
msg-user-remove-yourself = You cannot remove yourself; ask another administrator.
msg-user-last-global-admin-removed = { $name } is the last Global admin and cannot be removed.
msg-user-managed-by-partner = Partner users are managed by the partner.
msg-inv-partner-requests = Only a partner user can request a reseller relationship.
msg-inv-not-reseller = { $partner } is not authorized as a reseller; ask your Global admin to check the company profile.
msg-inv-admin-required = { $partner } is in the { $cloud } cloud, where a reseller relationship always includes delegated administration privileges.
msg-inv-already-reseller = { $company } already has a reseller relationship with { $partner }.
msg-inv-already-waiting = { $id } is already waiting for { $company } ({ $status }); open it to resend, or revoke it first.
msg-inv-cannot-send = { $id } is { $status }; only a draft or sent invitation can be sent.
msg-inv-link-changed = the personalized link is missing or changed; put it back exactly as it was (Ctrl-L inserts it).
msg-inv-cannot-revoke = { $id } is { $status }; only a draft or sent invitation can be revoked.
msg-inv-no-longer-draft = { $id } is no longer a draft.
msg-inv-customer-accepts = An invitation is accepted by the customer, not by the partner.
msg-inv-used-through-link = { $id } is a { $kind }; it is used through its link, not accepted as a reseller invitation.
msg-inv-not-sent-to = { $id } was not sent to { $company }.
msg-inv-ineligible-syndication = { $company } is an existing syndication customer, so it cannot accept a reseller relationship.
msg-inv-ineligible-cpc = { $company } is an existing CPC customer, so it cannot accept a reseller relationship.
msg-inv-not-sent-yet = { $id } has not been sent yet; the partner must finish the draft first.
msg-inv-offer-no-longer-open = { $id } is { $status } and can no longer be used; ask { $partner } for a new offer.
msg-inv-no-longer-open = { $id } is { $status } and can no longer be accepted; ask { $partner } for a new invitation.
msg-inv-mca-not-accepted = { $company } has not accepted it yet; accept it as part of accepting this invitation.
msg-inv-admin-held-elsewhere = Partner { $holder } holds admin privileges for { $company } now; only one partner can hold them at a time. Choose to move them to { $partner } explicitly.
msg-inv-offer-not-declined = { $id } is an offer link, open to any customer; there is nothing to decline — just do not use it.
msg-inv-not-waiting-for = { $id } is not waiting for { $company }.
msg-inv-no-recipient = is required: this customer has no Global admin on record
msg-inv-not-a-link = That is not a partnerdesk invitation link; paste the whole link from the email.
msg-inv-unknown-link = No invitation with this link is in the book; it may have been purged.
msg-inv-not-addressed = { $id } is not addressed to a customer in this book.
msg-perm-partner = { $op } needs { $roles }; you are { $you }.
msg-perm-other-tenant = { $op } needs { $roles }; you are signed in to { $company }, not to this customer.
msg-perm-not-global-admin = { $op } needs { $roles }; { $email } is not a Global admin of { $company }.
msg-perm-customer = { $op } needs { $roles }; it is done by the partner, not by the customer.
op-request-reseller = Requesting a reseller relationship
op-edit-invitation = Editing or sending an invitation
op-revoke-invitation = Revoking an invitation
op-purge-invitations = Purging old invitations
op-send-offer = Sending a trial invitation or offer
op-add-customer = Adding a customer
op-edit-customer = Editing a customer's details
op-assign-support-contact = Assigning support contacts
op-open-service-request = Opening a service request on a customer's behalf
op-add-subscription = Setting up a subscription
op-remove-reseller = Removing a reseller relationship
op-manage-partner-users = Managing partner users and their roles
op-edit-company-profile = Editing the company profile
op-manage-directory = Managing the partner directory
op-manage-admin-relationships = Creating or ending admin relationships
op-accept-invitation = Accepting an invitation
op-set-partner-of-record = Setting the partner of record
op-manage-customer-admin-privileges = Removing or reassigning a partner's admin privileges
roles-admin-or-sales-agent = the Admin agent or Sales agent role, or Global admin
roles-send-offer = the Admin agent or Sales agent role, admin access to the companies you support, or Global admin
roles-admin-agent-or-global = the Admin agent role or Global admin
roles-admin-or-helpdesk-agent = the Admin agent or Helpdesk agent role, or Global admin
roles-any-agent = an Admin, Sales or Helpdesk agent role, or Global admin
roles-global-admin = Global admin
roles-global-or-user-management-admin = Global admin or User management admin
roles-admin-agent = the Admin agent role
roles-customer-global-admin = a Global admin of the customer's tenant
subscription-status-in-sentence-active = active
subscription-status-in-sentence-trial = trial
subscription-status-in-sentence-suspended = suspended
subscription-status-in-sentence-expired = expired

## The names of the inputs a refusal points at

input-admin-email = Admin email
input-admin-name = Admin name
input-cloud = Cloud
input-company = Company
input-company-role = Company role
input-contact-email = Contact email
input-country = Country
input-delegated-admin = Delegated admin
input-description = Description
input-domain = Domain
input-duration = Duration
input-email = Email
input-kind = Kind
input-licences = Licences
input-link = Link
input-mca = Microsoft Customer Agreement
input-name = Name
input-offer = Offer
input-partner = Partner
input-partner-id = Partner id
input-phone = Phone
input-product-key = Product key
input-provider-tenant = Provider tenant
input-recipient = Recipient
input-reseller = Reseller
input-roles = Roles
input-subject = Subject
input-support-contacts = Support contacts
input-tenant-id = Tenant id
input-title = Title
input-address = Address
input-admin-agent = Admin agent
input-advisor = Authorized as advisor
input-auto-extend = Auto-extend
input-city = City
input-customer = Customer
input-dap-certified = Certified for delegated admin
input-helpdesk-agent = Helpdesk agent
input-includes = Includes
input-invitation = Invitation
input-move-admin = Move admin privileges
input-partner-of-record = Partner of record
input-postal-code = Postal code
input-sales-agent = Sales agent
input-severity = Severity
input-subscription = Subscription
input-supported-companies = Supported companies
input-trial = Trial
input-used-by = Used by
input-where = Where
refusal-about = { $input }: { $msg }

## The invitation and offer emails, in the customer's language (src/text/letters.rs).
## Greetings are each language's own: never "Dear <company> administrator" glued in another.

letter-reseller-subject = { $partner } invites { $company } to a Microsoft reseller relationship
letter-reseller-body =
    Dear { $company } administrator,

    { $partner } would like to become your Microsoft Cloud Solution Provider, so that we can help you buy subscriptions and manage your online services.

    To accept, a Global admin of { $company } opens this link and signs in to the { $portal }:

    { $link }

    If you have not yet accepted the Microsoft Customer Agreement, you will be asked to accept it as part of accepting this invitation.

    Kind regards,
    { $sender }
    { $partner }
letter-reseller-body-admin =
    Dear { $company } administrator,

    { $partner } would like to become your Microsoft Cloud Solution Provider, so that we can help you buy subscriptions and manage your online services.

    The request includes delegated administration privileges, so that { $partner } can manage your services on your behalf. You can remove them at any time in your admin center.

    To accept, a Global admin of { $company } opens this link and signs in to the { $portal }:

    { $link }

    If you have not yet accepted the Microsoft Customer Agreement, you will be asked to accept it as part of accepting this invitation.

    Kind regards,
    { $sender }
    { $partner }
letter-offer-greeting = Dear { $company } administrator,
letter-offer-greeting-anyone = Hello,
letter-trial-subject = { $days ->
    [one] Try { $offer } free for { $days } day
   *[other] Try { $offer } free for { $days } days
}
letter-trial-offer =
    { $days ->
        [one] { $partner } invites you to try Microsoft online services free of charge for { $days } day:
       *[other] { $partner } invites you to try Microsoft online services free of charge for { $days } days:
    }

    { $lines }
letter-purchase-subject = Your Microsoft 365 offer from { $partner }
letter-purchase-offer =
    { $partner } has prepared this offer for you:

    { $lines }

    You can change a licence count when you buy.
letter-administration-subject = { $partner } offers to administer your Microsoft services
letter-administration-offer = { $partner } offers to administer your Microsoft subscriptions on your behalf, so that our support team can help you directly.
letter-offer-admin-line = The offer includes delegated administration: { $partner } will manage the subscription on your behalf. You can remove it at any time in your admin center.
letter-offer-close =
    To accept, a Global admin of your organization opens this link and signs in:

    { $link }

    Kind regards,
    { $sender }
    { $partner }
letter-offer-line = { $count ->
    [one] {"  "}• { $name } — { $count } licence
   *[other] {"  "}• { $name } — { $count } licences
}

## Microsoft portals, as Microsoft names them in this language

portal-m365-admin-center = Microsoft 365 admin center
portal-office-admin-portal = Microsoft Office admin portal
portal-21vianet-admin-center = 21Vianet admin center

## The lists' narrow columns and the partner's region

anyone-with-link = Anyone with the link
age-days = { $days }d
expires-in-days = in { $days }d
region = { $country } ({ $code }) · { $cloud } cloud

## More of permissions and customers

gdap-name-placeholder = Helpdesk for …
auto-extend-on = { $id } is auto-extending.
auto-extend-off = { $id } is not auto-extending.
export-stopped = the export stopped
opened-by = opened by { $who } on { $on }

## Opening and writing the book file (src/text/book.rs)

open-locked = { $path } is open in another partnerdesk process; close that one, or let operators share the book through `partnerdesk serve`.
open-not-a-book = { $path } is not a partnerdesk book; give the path of a book, or a new file name to start one.
open-newer-schema = { $path } was written by a newer partnerdesk (schema v{ $found }; this one reads up to v{ $supported }); upgrade partnerdesk to open it.
open-missing = There is no book at { $path }; set up your company's book with `partnerdesk init --db { $path } …`, or try `partnerdesk demo`.
open-needs-repair = { $path } was not closed cleanly and needs a repair, which writes: open it once without --read-only (or let `partnerdesk serve` open it).
open-needs-upgrade = { $path } was written by an older partnerdesk: open it once without --read-only to bring it up to date.
open-is-directory = { $path } is a directory; give the path of a book file inside it.
open-unavailable = cannot open { $path }: { $reason }.
file-permission-denied = permission denied
file-read-only-file-system = the file system is read-only
file-disk-full = the disk is full
file-damaged = the file is damaged ({ $detail })
write-storage = The book could not be written, nothing was changed: { $error }

## The customer record's lines

domain-and-tenant = { $domain }  ·  tenant { $tenant }
address-and-contacts = { $address }  ·  support contacts: { $contacts }
record-region = { $country } ({ $code })  ·  { $cloud } cloud

## Administering a customer from its record, the audit event, the command line
tenant-key-suspend = suspend
tenant-key-reactivate = reactivate
tenant-key-quantity = licence count
tenant-key-cancel-subscription = cancel subscription
tenant-key-assign = assign licence
tenant-key-unassign = unassign licence
tenant-key-add-tenant-user = add user
tenant-key-reset-password = reset password
tenant-key-global-admin = Global admin role
tenant-suspend-title = Suspend a subscription
tenant-suspend-submit = suspend it
tenant-reactivate-title = Reactivate a subscription
tenant-reactivate-submit = reactivate it
tenant-quantity-title = Change a licence count
tenant-quantity-submit = change it
tenant-cancel-title = Cancel a subscription
tenant-cancel-submit = cancel it…
tenant-assign-title = Assign a licence
tenant-assign-submit = assign it
tenant-unassign-title = Unassign a licence
tenant-unassign-submit = unassign it
tenant-add-tenant-user-title = Add a user
tenant-add-tenant-user-submit = add the user
tenant-reset-title = Reset a password
tenant-reset-submit = reset it
tenant-reset-hint = A one-time temporary password is made and shown once; the book never keeps it.
tenant-password-title = Temporary password
tenant-password-done = done
tenant-password-hint = Give it to the user now: it is shown only this once and is not kept. They choose their own at first sign-in.
tenant-global-admin-title = Make or remove Global admin
tenant-global-admin-submit = save
tenant-make-global-admin = Make Global admin
tenant-remove-global-admin = Remove Global admin
tenant-quantity-hint = never fewer than the licences assigned
tenant-add-user-global-hint = Give the new user the Global admin role in the tenant.
tenant-cancel-detail = It leaves the record and its licences are taken from the users who have them; the audit log keeps it.
record-scroll-hint = ↑↓ PgUp PgDn to scroll
key-command-line = command line: any action by name, :customer DOMAIN, :inv INV-12, :theme light, :lang vi, :tz Asia/Ho_Chi_Minh
key-run-command = run
key-complete = complete
command-title = Command
key-audit-event = before → after
audit-event-title = Audit event { $seq } — { $action }
audit-via = Signed in by
audit-changes = What changed (before → after)
audit-nothing-recorded = This event records no fields.
audit-whole = value
key-mca-hint = Its Global admin has accepted the Microsoft Customer Agreement: recorded now, as acceptance does. Needed for a product key.
key-dap-hint = Offer delegated administration at the same time: a delegated-admin offer for this customer is drafted in Invitations.
msg-customer-product-key-needs-advisor = Product keys are for partners authorized as an advisor; { $partner } is not (the company profile says which authorizations you have).
msg-customer-mca-needed-for-key = { $company } has not accepted the Microsoft Customer Agreement yet: tick that it has, once its Global admin accepted it.
op-manage-subscriptions = Changing a customer's subscriptions
op-manage-tenant-users = Administering a customer's users
roles-manage-subscriptions = an Admin, Sales or Helpdesk agent role, Full administration, or Global admin
roles-manage-tenant-users = Full or Limited administration, the Admin or Helpdesk agent role, or Global admin (in its own tenant: a Global admin)
input-global-admin = Global admin
input-temporary-password = Temporary password
input-user = User

## the command line, the config file's key bindings, and the language of a session
config-unknown-action = there is no action named “{ $action }” (`partnerdesk config --actions` lists them; the tabs and the moves keep their keys)
config-key-taken = { $key } is already the key of “{ $other }” there; rebind that one too, or choose another key
command-needs = :{ $command } needs { $argument }
command-unknown = There is no command “{ $command }”; Tab after a few letters lists the ones that start so.
command-no-customer = No listed customer has the domain or tenant id “{ $wanted }”.
command-no-invitation = There is no invitation { $id } on this list.
command-language = { $language } is not a language partnerdesk speaks; :lang takes en, vi, tr or zh-CN.
zone-now = Times are shown in { $zone } now.
zone-is = Times are in { $zone }; change with :tz NAME (e.g. Europe/Istanbul).
zone-unknown = “{ $zone }” is not a time zone; :tz takes a name like Asia/Ho_Chi_Minh.
subscription-added-with-offer = Subscription set up for { $company }; the delegated-admin offer { $offer } is a draft in Invitations, to send.
clipboard-subject = Subject: { $subject }
ssh-no-pty = partnerdesk needs a terminal: reconnect with `ssh -t`.
ssh-no-pty-key = partnerdesk needs a terminal, and this key may not have one (no-pty, or restrict without pty).
ssh-busy = partnerdesk: too many sessions are open; try again shortly.

## the subcommands (src/text/cli.rs)
cli-no-organization = this book has no partner organization yet
cli-quantity-for-offers = --quantity is for purchase offers; this link is a reseller invitation
cli-mca-accepted = The Microsoft Customer Agreement was accepted as part of it.
cli-no-customer = no customer with the tenant id or domain { $key } is in the book
cli-no-customer-domain = no customer with the domain { $domain } is in the book
cli-cloud-usage = --cloud { $cloud }: use public, usgov, germany or 21vianet
cli-accepted = { $admin ->
    [yes] { $invitation } accepted: { $partner } is now the reseller of { $customer }, with delegated admin privileges.
   *[no] { $invitation } accepted: { $partner } is now the reseller of { $customer }.
}
cli-admin-moved = Admin privileges moved from partner { $from }.
cli-portal = (In Microsoft's portals, this customer accepts in the { $portal }.)
cli-stays-listed = { $company } stays on your list: another relationship remains.
cli-customer-added = { $company } added as { $domain } (tenant { $tenant }).
cli-customer-added-no-admin = You are its reseller, without admin privileges: its Global admin grants them. To ask: partnerdesk invite --customer { $domain } --restore-admin

## Languages and time zones in the config file and the command line's text output
config-zone-unknown = “{ $zone }” is not a time zone the time zone database has; write a name like Asia/Ho_Chi_Minh.
config-language-unknown = “{ $language }” is not a language partnerdesk speaks; use one of { $languages }.
catalogue-offer-line = { $id }  { $name } up to { $licences }  { $trial } { $services }
session-unknown-user = { $email } is neither a partner user nor a user of a customer in this book; check the address, or list users with `partnerdesk export`.

## The SSH server's own lines, for whoever runs `serve`
ssh-serving = { $keys ->
    [one] serving on { $listen } for one key; host key { $fingerprint } ({ $path })
   *[other] serving on { $listen } for { $keys } keys; host key { $fingerprint } ({ $path })
}
ssh-file-limit-raised = open files limit raised from { $before } to { $after }
ssh-key-line-skipped = { $path } line { $line } skipped: { $why }

## What bringing an older book up to date did (the migration log)
migration-schema = schema v{ $from } → v{ $to }
migration-steps = { $schema }: { $steps }
migration-separator = ;{" "}
migration-list-rows = { $customers ->
    [one] list rows rebuilt for one customer
   *[other] list rows rebuilt for { $customers } customers
}
migration-catalogue-kept = its catalogue of offers kept
migration-catalogue-added = default catalogue of { $offers } offers added
migration-audit-reduced = { $records ->
    [one] one audit record reduced to its changed fields
   *[other] { $records } audit records reduced to their changed fields
}
migration-checksums = { $records } records of { $tables } tables given checksums
migration-operator-settings = a table for the operators' own language added

## The language of a reseller request's email, chosen in the request form (or --email-lang)
input-email-language = Email language
email-language-by-country = the customer's country's
email-language-of-country = { $language } (its country's)
cli-help-invite--email-lang = The email's language: en, vi, tr or zh-CN (default: the customer's country's)

## An offer's page: what it offers
offered-line = { $licences ->
    [one] { $name } — { $licences } licence
   *[other] { $name } — { $licences } licences
}
offered-trial-line = { $licences ->
    [one] { $name } — { $licences } licence, { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
   *[other] { $name } — { $licences } licences, { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
}

## A form's checkbox that cannot be changed
field-locked = locked

## Key scripts (`snapshot --keys`, the config file's keys)
keyscript-bad = bad key script at “{ $token }”: { $reason }
keyscript-resize = a resize is written <resize:80x24>
keyscript-width = the width is not a number
keyscript-height = the height is not a number
keyscript-size = a screen is 1 to 1000 cells each way
keyscript-unknown-key = unknown key name (see `partnerdesk snapshot --help`)
keyscript-unclosed = a < has no closing > (type < itself as <lt>)

## When the desk stops on an internal error (the terminal is restored first)
crash-stopped = stopped on an internal error at { $location }: { $message }
crash-changes-safe = Every change committed before it is safe in the book.
crash-log = The log is at { $log }; please attach it to a bug report.
