## The command line: what the subcommands say, their refusals over SSH, and `--help`.

cli-offer-not-in-catalogue = “{ $offer }” is not in the catalogue; `partnerdesk offer catalogue` lists it
cli-key-redeemed = { $subscription } set up for { $company }: { $offer } · { $count ->
    [one] { $count } licence
   *[other] { $count } licences
}.
cli-admin-held-by = Admin privileges are now with partner { $partner }.
cli-admin-held-by-nobody = No partner holds admin privileges now.
cli-support-stays-with = Partner { $partner }, the reseller, stays responsible for support.
cli-checked = { $id } is { $name }.
cli-field = { $label }: { $value }
cli-not-in-directory = no partner with the id { $id } is in the directory
cli-tenant-gone = your tenant is no longer in the book
cli-not-a-subscription-id = “{ $text }” is not a subscription id like SUB-12
cli-not-an-invitation-id = “{ $text }” is not an invitation id like INV-12
cli-not-an-offer = { $id } is not an offer in this book
cli-name-the-customer = name the customer: --customer TENANT-ID|DOMAIN
cli-no-subscription = no subscription { $subscription } is in the book
cli-customer-lacks-subscription = { $company } has no subscription { $subscription }
cli-no-subscriptions = { $company } has no subscriptions.
cli-subscription-now = { $subscription } of { $company }: { $status } · { $assigned }/{ $quantity } licences assigned
cli-subscription-cancelled = { $subscription } of { $company } is cancelled.
cli-subscription-row = { $subscription } { $offer } · { $status } · { $assigned }/{ $quantity } assigned · partner of record { $partner } · { $users }
cli-customer-tenant = tenant { $tenant } · { $region }
cli-customer-subscription = { $id } { $offer } { $assigned }/{ $quantity } { $status } · partner of record { $partner }
cli-customer-user = { $admin ->
    [yes] { $name } <{ $email }> (Global admin)
   *[no] { $name } <{ $email }>
}
cli-tenant-user-row = { $admin ->
    [yes] { $name } <{ $email }> · Global admin · licences: { $licences }
   *[no] { $name } <{ $email }> · licences: { $licences }
}
cli-tenant-user-added = { $email } is a user of { $company } now.
cli-temporary-password = Temporary password for { $user }: { $password }
cli-temporary-password-once = It is shown only this once and is not kept; the user chooses their own at first sign-in.
cli-global-admin-now = { $admin ->
    [yes] { $email } is a Global admin of { $company } now.
   *[no] { $email } is no longer a Global admin of { $company }.
}
cli-declined = { $invitation } declined.
cli-revoked = { $invitation } revoked.
cli-purged = { $count ->
    [one] Purged { $count } invitation.
   *[other] Purged { $count } invitations.
}
cli-admin-flag = admin: { $admin ->
    [yes] yes
   *[no] no
}
cli-used-by = { $count ->
    [one] used by { $count } customer
   *[other] used by { $count } customers
}
cli-invite-whom = name the customer: --customer DOMAIN, or a prospect with --company NAME --contact EMAIL
cli-status-usage = --status { $status }: use draft, sent, accepted, declined, expired or revoked
cli-line-usage = --line { $line }: give OFFER=COUNT, e.g. "Power BI Pro=10"
cli-catalogue-no-trial = no trial
cli-catalogue-trial = trial { $licences } × { $days }d
cli-offer-uses = { $count ->
    [one] { $id }: used by { $count } customer
   *[other] { $id }: used by { $count } customers
}
cli-offer-use = { $admin ->
    [yes] { $at }  { $company }  by { $by }: { $lines }, delegated admin
   *[no] { $at }  { $company }  by { $by }: { $lines }
}
cli-offer-used = { $invitation } used: { $customer } accepted the { $kind } from { $partner }.
cli-offer-bought = { $subscription }  { $offer } × { $count }, partner of record { $partner }
cli-offer-changed = { $offer }: { $bought } licences instead of the { $offered } offered.
cli-offer-admin = { $partner } now holds delegated admin privileges.
cli-offer-url-uses = { $count ->
    [one] This URL has been used by { $count } customer.
   *[other] This URL has been used by { $count } customers.
}
cli-por-customer-side = the partner of record is set by the customer: pass --as a Global admin of the customer
cli-since-usage = --since { $text }: write a date like 2026-11-01 or an instant like 2026-11-01T09:00:00Z
cli-check-migrated = { $book }: schema v{ $version }; brought up to date on { $when } ({ $migration }).
cli-check-clean = { $count ->
    [one] { $book }: { $count } record checked, no problem found.
   *[other] { $book }: { $count } records checked, no problem found.
}
cli-damaged = { $book } is damaged: the problems are listed above
cli-backup-failed-check = the backup at { $path } did not pass its check: { $problems }
cli-backed-up = Backed up to { $path }, and its check passed: { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}, { $invitations ->
    [one] { $invitations } invitation
   *[other] { $invitations } invitations
}, { $audit ->
    [one] { $audit } audit record
   *[other] { $audit } audit records
}.
cli-demo-read-only = --read-only cannot make a demo book: `demo` writes one
cli-demo-exists = { $path } already holds a book; pass --force to replace it with a new demo
cli-demo-opening = Opening the existing demo book at { $path } (pass --force for a new one).
cli-demo-progress = { $bar } { $done }/{ $total } customers, { $eta } left
cli-demo-cannot-place = cannot put the demo book at { $path }
cli-demo-made = Demo book at { $path } ({ $seconds } s): { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}, { $users ->
    [one] { $users } partner user
   *[other] { $users } partner users
}, { $invitations ->
    [one] { $invitations } invitation
   *[other] { $invitations } invitations
}.
cli-import-read-only = --read-only cannot import: an import writes into the book (use --dry-run to see what it would do)
cli-restore-one-file = a restore reads one export file; give one FILE
cli-restore-progress = { $spinner } { $done } records restored
cli-restored = { $dry_run ->
    [yes] Would restore
   *[no] Restored
} from { $file } into { $book }: { $customers } customers, { $invitations } invitations, { $users } partner users, { $relationships } admin relationships, { $audit } audit records.
cli-import-progress = { $bar } { $done }/{ $total } items
cli-cannot-read = cannot read { $path }: { $error }
cli-import-unknown-format = { $path }: cannot tell its format; name it with --format (export, pc-customers, pc-subscriptions, gdap, csv)
cli-imported = { $dry_run ->
    [yes] Would import
   *[no] Imported
} { $files } ({ $format }): { $added } added, { $updated } updated, { $unchanged } unchanged, { $refused } refused.
cli-import-refused = refused: { $file } { $at }: { $reason }
cli-init-read-only = --read-only cannot set up a book: `init` writes one
cli-init-done = Set up { $company } at { $book }.
cli-init-signed-in = Signed in as { $name } ({ $email }), Global admin: open it with `partnerdesk --db { $book }`.
cli-init-import = Bring your customers in with `partnerdesk import --db { $book } FILE` (see `partnerdesk import --help`).
cli-config-no-home = there is no home directory to keep a config file in
cli-config-missing = not there yet: `partnerdesk config --print-default > FILE` makes one
cli-config-in-force = read, in force
cli-config-refused = refused: { $error }
cli-no-data-dir = cannot find a home directory for partnerdesk's data; pass --db PATH
cli-brought-up-to-date = { $book }: brought up to date ({ $migration }).
cli-export-partner-only = the whole book is the partner's: export it as a partner user, not as a customer user
cli-man-written = Manual pages written to { $dir }.
cli-serve-no-as = serve signs each operator in by their SSH key (--authorized-keys); --as does not apply to it
cli-size-usage = --size { $size }: { $why }
cli-size-form = write it as WIDTHxHEIGHT, like 120x35
cli-size-width = the width is not a number
cli-size-height = the height is not a number
cli-size-range = a screen is 1 to 1000 cells each way
cli-now-usage = --now { $now }: write an instant like 2026-11-25T09:00:00Z
cli-cannot-write = cannot write { $path }
cli-unclosed-quote = the command has an unclosed quote
cli-remote-no-db-or-as = over SSH a command works on the served book as your key's user: --db and --as do not apply
cli-remote-server-only = `{ $command }` works on the server's files, not over SSH: run it on the server itself (the book is open in `serve`)
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
## `--help`: each command (`cli-help-<command path>`) and argument (`cli-help-<command path>--<argument>`, or
## `cli-help--<argument>` for one that every command describes alike), in English as the doc comments say it.

cli-help--admin = Include delegated administration (the partner must be certified for it)
cli-help--as-email = Who you are: a partner user or a user of a customer tenant (default: the partner's first Global admin)
cli-help--customer = Tenant id or primary domain (default: the customer holding the subscription)
cli-help--db = The book file (default: $PARTNERDESK_DB, else book.redb in the platform data directory; for `demo`, demo.redb there)
cli-help--id = The partner's id (MPN / Partner Location id, digits)
cli-help--json = Print the result as JSON (README, "JSON"); a failure too, as {"{"}"error": …{"}"}
cli-help--lang = The language of screens and messages: en, vi, tr or zh-CN (default: from LC_ALL, LC_MESSAGES or LANG, else English). `L` switches it while the desk is open
cli-help--link = The invitation link from the email (or its token)
cli-help--name = The partner's name
cli-help--provider-tenant = Your indirect provider's tenant id (with `--reseller indirect`)
cli-help--quantity = The licence count, a whole number within the offer's limit
cli-help--read-only = Look, never change: every change is refused before anything is written
cli-help--recipient = Who receives the email (default: the customer's Global admin, or nobody in particular)
cli-help--relationship = Its id, as the screens show it (GDAP-3)
cli-help--send = Mark the offer sent at once (you send the printed email yourself)
cli-help--subscription = The subscription's id, as the record shows it (SUB-12)
cli-help--theme = Colours of the app and of snapshots: dark (for a dark terminal), light (paints its own white background) or mono. How many colours the terminal has is read from NO_COLOR, COLORTERM and TERM (TERM=dumb or NO_COLOR: mono). [default: dark, or the config file's `theme`]
cli-help--user = The user, by email
cli-help = A keyboard-driven desk for CSP partner support operators
cli-help-init = Set up a new book: your company and its first Global admin
cli-help-init--company = Your company's name, as customers will see it
cli-help-init--partner-id = Your Microsoft partner id (MPN id, 6 or 7 digits)
cli-help-init--tenant-id = Your company's Microsoft Entra tenant id (a GUID); invitation links name it
cli-help-init--country = Your country or region (ISO code: VN, TR, CN, …)
cli-help-init--cloud = The Microsoft cloud your company lives in
cli-help-init--reseller = How you resell
cli-help-init--advisor = Authorized as an advisor (trial invitations, purchase offers, product keys)
cli-help-init--dap-certified = Certified to offer delegated administration
cli-help-init--admin-name = The first Global admin's name
cli-help-init--admin-email = The first Global admin's email: they sign in with it (`--as`)
cli-help-init--email = Your company's contact email (default: the admin's)
cli-help-init--phone = Your company's phone number
cli-help-demo = Create a realistic demo book and open it
cli-help-demo--customers = How many customers
cli-help-demo--seed = The seed: the same seed on the same day gives the same book
cli-help-demo--no-tui = Only write the book; do not open the app
cli-help-demo--force = Replace the file if it already holds a book
cli-help-export = Print the whole book as JSON (the schema is in the README; `import` restores it)
cli-help-export--json = The whole book as JSON (the default); the flag is taken so scripts can pass it to every command (failures are then JSON too)
cli-help-export--csv = The customers as CSV (the columns of the in-app export) instead of the whole book
cli-help-export--excel = CSV for Excel: a UTF-8 byte order mark and CRLF line ends, so Vietnamese and Chinese names open ungarbled (implies --csv; config `excel = true` makes it the default)
cli-help-backup = A consistent copy of the book into a new file, taken while the book is in use
cli-help-backup--dest = The new file to write (never an existing one)
cli-help-check = Verify every record, every index against its records, and the audit log (reads only)
cli-help-import = Bring your data in: restore an export, or add Partner Center customers and subscriptions, Microsoft Graph admin relationships or a CSV customer list
cli-help-import--files = The files to bring in (all of one format)
cli-help-import--format = The files' format (default: recognised from the first file's content)
cli-help-import--customer = The customer (tenant id or primary domain) a subscriptions file belongs to, when its links do not say
cli-help-import--dry-run = Say what would change, and change nothing
cli-help-snapshot = Run the app headless on a key script and print the final screen, exactly as a terminal shows it. The script runs on a copy of the book in memory: a form it submits changes the copy, never the book
cli-help-snapshot--size = Screen size, WIDTHxHEIGHT
cli-help-snapshot--keys = The key script (see the README: plain characters, <Enter>, <Esc>, <C-s>, <wait>, …)
cli-help-snapshot--format = text (characters only), ansi (with colours, for a terminal) or svg (an image)
cli-help-snapshot--out = Write the screen here instead of standard output
cli-help-snapshot--frames = Print the screen after every step (text), for debugging a script
cli-help-snapshot--now = Freeze the clock at this instant (RFC 3339), for reproducible screens
cli-help-snapshot--commit = Run the script on the book itself, so what it submits is written (audited as any session). Without it a snapshot runs on a copy in memory and never changes the book
cli-help-invite = Request a reseller relationship: prints the invitation's link and email
cli-help-invite--customer = An existing customer, by primary domain
cli-help-invite--company = A prospect's company name
cli-help-invite--contact = The prospect's contact: recorded as its Global admin, and the recipient
cli-help-invite--country = The prospect's country or region (default: the partner's)
cli-help-invite--cloud = The prospect's cloud: public, usgov, germany, 21vianet (default: the partner's)
cli-help-invite--domain = The prospect's initial domain (default: from the contact's email)
cli-help-invite--recipient = Who receives the email (default: the customer's Global admin)
cli-help-invite--no-admin = Leave delegated administration privileges out (refused in the US Government and Germany clouds)
cli-help-invite--send = Mark the invitation sent at once (you send the printed email yourself)
cli-help-invitations = List, revoke or purge invitations
cli-help-invitations-list = List invitations, newest first
cli-help-invitations-list--status = Only this status: draft, sent, accepted, declined, expired, revoked
cli-help-invitations-revoke = Revoke a draft or sent invitation
cli-help-invitations-revoke--id = The invitation, as INV-12 or 12
cli-help-invitations-purge = Remove expired, declined and revoked invitations from the list (the audit log keeps them)
cli-help-offer = Trial invitations, purchase offers and delegated-admin offers (reusable URLs)
cli-help-offer-trial = A trial invitation: exactly one trial subscription from the catalogue
cli-help-offer-trial--customer = Address the email to this customer (by primary domain); the URL stays usable by anyone
cli-help-offer-trial--offer = The trial's offer, by catalogue id or name
cli-help-offer-purchase = A purchase offer: services with exact licence counts, e.g. --line "Power BI Pro=10"
cli-help-offer-purchase--customer = Address the email to this customer (by primary domain); the URL stays usable by anyone
cli-help-offer-purchase--line = One service and its licence count, as OFFER=COUNT (catalogue id or name)
cli-help-offer-admin = A delegated-admin offer, for a customer that has bought already
cli-help-offer-admin--customer = Address the email to this customer (by primary domain); the URL stays usable by anyone
cli-help-offer-catalogue = The catalogue of offers in the book
cli-help-offer-uses = Who used an offer's URL, and what they got
cli-help-offer-uses--id = The offer, as INV-12 or 12
cli-help-accept = Accept an invitation or use an offer URL, as a Global admin of the customer (`--as`)
cli-help-accept--accept-mca = Accept the Microsoft Customer Agreement as part of accepting (needed if not yet accepted)
cli-help-accept--take-admin = Move admin privileges from the partner that holds them now
cli-help-accept--quantity = For a purchase offer: buy a different licence count, as OFFER=COUNT (repeatable)
cli-help-decline = Decline an invitation, as a Global admin of the customer (`--as`)
cli-help-decline--json = Print the declined invitation as JSON
cli-help-customers = List, show or add customers
cli-help-customers-list = Every customer on the partner's list (one line each, or JSON rows)
cli-help-customers-list--filter = Only customers whose name or domain contains this (case- and accent-insensitive)
cli-help-customers-show = One customer's whole record
cli-help-customers-show--customer = Tenant id or primary domain
cli-help-customers-add = Add a customer tenant: you become its reseller, with admin privileges
cli-help-customers-add--company = The company's name, as the customer writes it
cli-help-customers-add--domain = The initial domain's name (`contoso` for contoso.onmicrosoft.com)
cli-help-customers-add--country = Country or region (default: the partner's)
cli-help-customers-add--cloud = public, usgov, germany or 21vianet (default: the partner's)
cli-help-customers-add--admin-email = The email of the customer's first Global admin (its contact for the invitation)
cli-help-customers-add--admin-name = That admin's name (default: taken from the email)
cli-help-customers-remove-reseller = Remove your reseller relationship with a customer (Global admin): refused while any subscription is active, unless `--suspend-active` suspends them in the same step
cli-help-customers-remove-reseller--customer = Tenant id or primary domain
cli-help-customers-remove-reseller--suspend-active = Suspend the active subscriptions first, in the same step (they block the removal)
cli-help-partners = The partner directory and "Check ID"
cli-help-partners-list = The partner directory
cli-help-partners-check = "Check ID": is this partner id well formed and known, and whose is it?
cli-help-partners-add = Add a partner organization to the directory (Global admin, Admin agent)
cli-help-partners-add--country = Its country or region (ISO code: VN, TR, CN, …)
cli-help-partners-add--cloud = Its Microsoft cloud (default: yours)
cli-help-partners-add--kind = What kind of partner it is to the customers it shares with you
cli-help-partners-edit = Change a partner of the directory; what you leave out stays as it is (its id stays)
cli-help-partners-edit--id = The partner's id, as the directory lists it
cli-help-partners-edit--country = Its country or region (ISO code)
cli-help-partners-edit--cloud = Its Microsoft cloud
cli-help-partners-edit--kind = What kind of partner it is
cli-help-por = Partners of record of subscriptions (customer side)
cli-help-por-set = Set the partner of record of a subscription (as a Global admin of the customer, `--as`)
cli-help-por-set--subscription = The subscription, by its id as shown (`SUB-12`)
cli-help-por-set--partner = The partner's id, as "Check ID" finds it
cli-help-por-clear = Remove the partner of record of a subscription
cli-help-por-clear--subscription = The subscription, by its id as shown (`SUB-12`)
cli-help-subscriptions = A customer's subscriptions: list, suspend, reactivate, cancel, licence count, licences of users
cli-help-subscriptions-list = A customer's subscriptions: offer, licences assigned of bought, status, partner of record
cli-help-subscriptions-list--customer = Tenant id or primary domain (a customer user: their own tenant, the default)
cli-help-subscriptions-suspend = Suspend an active or trial subscription (its reseller: you)
cli-help-subscriptions-reactivate = Make a suspended subscription active again
cli-help-subscriptions-cancel = Cancel a subscription: it leaves the record, and its licences leave the users who had them
cli-help-subscriptions-set-quantity = Change the licence count of an active subscription (never below the licences assigned)
cli-help-subscriptions-assign = Give a user of the tenant one of the subscription's licences
cli-help-subscriptions-unassign = Take a user's licence of the subscription back
cli-help-product-keys = Set up a customer's subscription with a product key (advisors)
cli-help-product-keys-redeem = Set up a subscription with a product key (partners authorized as advisors)
cli-help-product-keys-redeem--customer = Tenant id or primary domain
cli-help-product-keys-redeem--key = XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
cli-help-product-keys-redeem--offer = The offer, by catalogue id or name (`offer catalogue` lists them)
cli-help-product-keys-redeem--partner-of-record = Make your company the subscription's partner of record
cli-help-product-keys-redeem--accept-mca = Record that the customer's Global admin accepted the Microsoft Customer Agreement (needed when it has not yet)
cli-help-product-keys-redeem--admin = Offer delegated administration at the same time: a delegated-admin offer for the customer, made with the subscription or not at all (partners certified for it)
cli-help-product-keys-redeem--send = Mark that offer sent at once (you send the printed email yourself)
cli-help-tenant-users = The users of a customer's tenant: list, add, reset a password, Global admin
cli-help-tenant-users-list = The tenant's users, their Global admin role and licences
cli-help-tenant-users-list--customer = Tenant id or primary domain (a customer user: their own tenant, the default)
cli-help-tenant-users-add = Add a user to the tenant (a global administrator there: Full administration, Admin agent)
cli-help-tenant-users-add--customer = The customer, by tenant id or primary domain (a customer user: their own tenant)
cli-help-tenant-users-add--email = The new user's email, in one of the tenant's domains
cli-help-tenant-users-add--name = The new user's display name
cli-help-tenant-users-add--global-admin = Give the new user the Global admin role
cli-help-tenant-users-reset-password = Reset a user's password: prints a one-time temporary password, which the book never keeps
cli-help-tenant-users-reset-password--customer = The customer, by tenant id or primary domain (a customer user: their own tenant)
cli-help-tenant-users-global-admin = Make a user a Global admin of the tenant, or (`--remove`) take the role
cli-help-tenant-users-global-admin--customer = The customer, by tenant id or primary domain (a customer user: their own tenant)
cli-help-tenant-users-global-admin--remove = Take the Global admin role away instead of giving it
cli-help-gdap = Granular admin relationships (GDAP): list, request, approve, extend, end, the expiry forecast, role templates and each customer's access health
cli-help-gdap-list = Granular admin relationships: status as of now, roles, end, auto-extend, approval link
cli-help-gdap-list--customer = Only this customer's (tenant id or primary domain; a customer user: their own)
cli-help-gdap-request = Request a granular admin relationship; prints the approval link the customer opens
cli-help-gdap-request--customer = Tenant id or primary domain of the customer
cli-help-gdap-request--name = The display name: at most 50 characters, unique among your relationships
cli-help-gdap-request--template = Start from a role template (see `gdap templates`)
cli-help-gdap-request--roles = A role by its Microsoft Entra role template id (repeatable; added to the template's)
cli-help-gdap-request--duration = Days, 1 to 730
cli-help-gdap-request--auto-extend = Extend by 180 days at the end (not with Global Administrator)
cli-help-gdap-approve = Approve a pending relationship, as a Global admin of the customer (`--as`)
cli-help-gdap-extend = Turn auto-extend on (by 180 days at the end), or off with --off
cli-help-gdap-extend--off = Turn auto-extend off instead
cli-help-gdap-end = End a relationship, or withdraw a request
cli-help-gdap-expiring = The expiry forecast: what ends within DAYS, in 1 / 7 / 31-day windows, whether it will auto-extend, and why not
cli-help-gdap-expiring--within = Only what ends within this many days (default: everything that will end)
cli-help-gdap-templates = Role templates with their roles' ids; with --diff, the live relationships that differ from one
cli-help-gdap-templates--diff = The template to compare live relationships with (microsoft-default, support, read-only)
cli-help-gdap-health = Access health of customers with granular admin relationships: reseller yes/no, access, roles, and what is missing
cli-help-gdap-health--customer = Only this customer (tenant id or primary domain)
cli-help-gdap-health--problems = Only customers with a problem
cli-help-serve = Serve the book to many operators over SSH, each with their own app
cli-help-serve--listen = Address to listen on
cli-help-serve--authorized-keys = OpenSSH authorized_keys format; each key names its partnerdesk user with `environment="PARTNERDESK_USER=EMAIL"` (or, the older form, its comment). `SIGHUP` re-reads it
cli-help-serve--host-key = The server's host key (made on first start; default: beside the book)
cli-help-serve--max-sessions = Most sessions at once
cli-help-serve--idle-timeout = Close a connection idle this many seconds
cli-help-serve--login-grace-time = Seconds a connection has to log in (as sshd's LoginGraceTime)
cli-help-serve--max-connections = Most connections at once, logged in or not
cli-help-serve--max-startups = Unauthenticated connections, START:RATE:FULL as sshd's MaxStartups: past START a new one is dropped with probability RATE %, rising to 100 % at FULL
cli-help-serve--log-file = Also log to this file (stderr is always logged to), rotated at --log-max-bytes
cli-help-serve--log-max-bytes = Size at which the log file is rotated (to FILE.1, FILE.2, FILE.3)
cli-help-serve--post-quantum-only = Offer only the post-quantum key exchange (mlkem768x25519-sha256): clients older than OpenSSH 9.9 cannot connect
cli-help-audit = The audit log: who changed what, when, before → after
cli-help-audit--since = Only changes at or after this instant (RFC 3339, or a date like 2026-11-01)
cli-help-audit--session = Only the changes of one session (its id is in every record)
cli-help-config = The config file: where it is, every setting with its default, the actions keys can be bound to
cli-help-config--print-default = Print every setting, commented out, with its default (a file to start from)
cli-help-config--actions = Print the actions keys can be bound to: name, keys, what it does
cli-help-completions = Print a shell completion script for bash, zsh, fish, elvish or powershell; for bash: `partnerdesk completions bash > ~/.local/share/bash-completion/completions/partnerdesk`
cli-help-completions--shell = The shell to complete in
cli-help-man = Print the manual page (roff): `partnerdesk man | man -l -`, or save it as `partnerdesk.1` in a `man1` folder of your MANPATH
cli-help-man--out-dir = Write one page per command (`partnerdesk.1`, `partnerdesk-customers-list.1`, …) into this folder instead
cli-help-admin = Your tenant's admin privileges, as a Global admin of the customer (`--as`): remove them from a partner or move them to another
cli-help-admin-remove = Remove the admin privileges a partner holds for your tenant (as a Global admin of the customer, `--as`)
cli-help-admin-remove--customer = Tenant id or primary domain (default: your own tenant)
cli-help-admin-move = Give your tenant's admin privileges to another partner: the one holding them loses them (as a Global admin of the customer, `--as`)
cli-help-admin-move--customer = Tenant id or primary domain (default: your own tenant)
cli-help-admin-move--partner = The partner who gets them, by partner id (`partners check ID` shows whose it is)
cli-help-service-requests = Service requests opened on a customer's behalf
cli-help-service-requests-open = Open a service request on a customer's behalf (Global admin, Admin or Helpdesk agent)
cli-help-service-requests-open--customer = Tenant id or primary domain
cli-help-service-requests-open--title = What is wrong, in one line
cli-help-service-requests-open--description = The details support needs
cli-help-service-requests-open--severity = How much it hurts: a (critical), b (moderate) or c (minimal)
cli-help-company = Your company's profile (a customer's user: its own organization): show or edit it
cli-help-company-show = Your company's profile, as customers see it (a customer's user: its own organization)
cli-help-company-edit = Change your company's profile (Global admin); what you leave out stays as it is
cli-help-company-edit--name = The company's name, as customers see it
cli-help-company-edit--partner-id = Your Microsoft partner id (fixed while the book has customers)
cli-help-company-edit--address = The street address (empty to clear it)
cli-help-company-edit--city = The city (empty to clear it)
cli-help-company-edit--postal-code = The postal code (empty to clear it)
cli-help-company-edit--email = The company's contact email
cli-help-company-edit--phone = The company's phone number (empty to clear it)
cli-help-company-edit--country = Country or region (ISO code: VN, TR, CN, …)
cli-help-company-edit--advisor = Authorized as an advisor: yes or no
cli-help-company-edit--dap-certified = Certified to offer delegated administration: yes or no
cli-help-company-edit--cloud = The Microsoft cloud your company lives in (fixed while the book has customers)
cli-help-company-edit--reseller = How you resell (fixed while the book has customers)
cli-help-debug = Tools for testing partnerdesk itself
cli-help-debug-churn = Commits `count` small audited changes, printing `committed N` after each commit returns: the crash test kills it at random moments and checks that every printed change survived
cli-help--help = Print help
cli-help--version = Print version
cli-help-help = Print this message or the help of the given subcommand(s)

## Help of the commands added with access assignments, bulk GDAP, contacts, users and restoring admin.
cli-help-invite--restore-admin = Ask an existing reseller customer (--customer) to restore delegated administration privileges only, held by another partner or by none
cli-help-accept--keep-admin = Keep admin privileges with the partner that holds them now and accept the reseller relationship alone: the invitation records admin privileges as not granted
cli-help-gdap-assign = Give a partner security group roles of an active relationship (an access assignment); it is pending until Microsoft applies it (`gdap report`)
cli-help-gdap-assign--group = A security group of the book by name or object id, or a new group's object id
cli-help-gdap-assign--group-name = The name of a group new to the book
cli-help-gdap-assign--roles = A role of the relationship by its Microsoft Entra role template id (repeatable; default: every role of the relationship)
cli-help-gdap-unassign = Remove an access assignment: it is being removed until Microsoft reports it removed
cli-help-gdap-unassign--assignment = Its id, as the screens show it (ACC-4)
cli-help-gdap-assignments = Access assignments with their group, roles and status (and why one failed)
cli-help-gdap-report = Record what Microsoft reported of an access assignment in progress: --done (applied, or removed), or --failed REASON (group-not-found, relationship-ended, role-not-held, or Microsoft's own message). --done on a failed one tries it again
cli-help-gdap-report--assignment = Its id, as the screens show it (ACC-4)
cli-help-gdap-report--done = Microsoft applied it (pending → active) or removed it (being removed → removed)
cli-help-gdap-report--failed = Microsoft could not, for this reason
cli-help-gdap-bulk = One action over many customers or relationships, item by item with the rule of a single change, each item's result (done / refused and why) on its own line; no limit of 25. --dry-run says what each item would do and writes nothing
cli-help-gdap-bulk--action = What to do to each item
cli-help-gdap-bulk--tenants = A file of tenant ids (CSV, or one a line: the first GUID of each line)
cli-help-gdap-bulk--customers = A customer by tenant id or primary domain (repeatable)
cli-help-gdap-bulk--relationships = A relationship by id (GDAP-3; repeatable)
cli-help-gdap-bulk--filter = Every listed customer whose name or domain contains TEXT, as the list's filter finds them
cli-help-gdap-bulk--template = The role template of a request (see `gdap templates`)
cli-help-gdap-bulk--prefix = A request's name: this prefix and the customer's domain (at most 50 characters)
cli-help-gdap-bulk--duration = A request's duration in days, 1 to 730
cli-help-gdap-bulk--auto-extend = Requests extend by 180 days at their end (not with Global Administrator)
cli-help-gdap-bulk--dry-run = Say what each item would do; write nothing
cli-help-gdap-groups = The partner's security groups known to the book
cli-help-gdap-group = Add a security group to the book by its object id, or rename it
cli-help-contacts = Support contacts of one customer, several, or all: add, remove, or set exactly
cli-help-contacts-add = Add partner users (Admin or Helpdesk agents, or Global admins) to each customer's list
cli-help-contacts-add--all = Every customer on your customer list
cli-help-contacts-add--email = A partner user, by email (repeatable; `set` with none empties the lists)
cli-help-contacts-remove = Take partner users off each customer's list; the others stay
cli-help-contacts-remove--all = Every customer on your customer list
cli-help-contacts-remove--email = A partner user, by email (repeatable; `set` with none empties the lists)
cli-help-contacts-set = Make each customer's list exactly these partner users; says whom it took off
cli-help-contacts-set--all = Every customer on your customer list
cli-help-contacts-set--email = A partner user, by email (repeatable; `set` with none empties the lists)
cli-help-users = The partner's own users and their roles: list, add, edit, remove
cli-help-users-list = Every partner user with their roles
cli-help-users-add = Add a partner user (needs User management admin or Global admin)
cli-help-users-add--email = The new user's email
cli-help-users-add--role = Own-company role: global_admin, billing_admin, account_admin, user_management_admin, user
cli-help-users-add--supported = Administration of supported companies: none, limited, full
cli-help-users-add--agents = Partner Center agent roles, comma-separated: admin, sales, helpdesk; or none
cli-help-users-edit = Change a partner user's name or roles; what is not given stays
cli-help-users-edit--email = The user, by email
cli-help-users-edit--role = Own-company role: global_admin, billing_admin, account_admin, user_management_admin, user
cli-help-users-edit--supported = Administration of supported companies: none, limited, full
cli-help-users-edit--agents = Partner Center agent roles, comma-separated: admin, sales, helpdesk; or none
cli-help-users-remove = Remove a partner user; refused while they are a support contact of a customer (the refusal names where: `contacts remove` them first)
cli-help-users-remove--email = The user, by email
cli-help-gdap-assignments--customer = Only this customer's (tenant id or primary domain; a customer user: their own)
cli-help-users-add--name = The new user's display name
cli-help-contacts-add--customer = A customer, by tenant id or primary domain (repeatable)
cli-help-contacts-remove--customer = A customer, by tenant id or primary domain (repeatable)
cli-help-contacts-set--customer = A customer, by tenant id or primary domain (repeatable)
cli-help-gdap-assignments--relationship = Only this relationship's (GDAP-3)
cli-help-gdap-group--id = The group's object id in your Microsoft Entra tenant (a GUID)
cli-help-gdap-group--name = Its display name, as Microsoft Entra shows it
cli-help-users-edit--name = A new display name

# Every table in backups, exports and checks
cli-restore-inconsistent = its records do not agree with each other, so nothing was restored: { $problems }
cli-unknown-tables = { $book } holds tables this partnerdesk does not know ({ $tables }): a newer partnerdesk wrote them, and a copy made by this one would leave their records out; use the partnerdesk that wrote the book
