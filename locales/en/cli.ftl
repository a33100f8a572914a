## The command line: what the subcommands say, their refusals over SSH, and `--help`.

cli-offer-not-in-catalogue = “{ $offer }” is not in the catalogue; `partnerdesk offer catalogue` lists it
cli-key-redeemed = { $subscription } set up for { $company }: { $offer } · { $count ->
    [one] { $count } licence
   *[other] { $count } licences
}.
cli-admin-held-by = Admin privileges are now with partner { $partner }.
cli-admin-held-by-nobody = No partner holds admin privileges now.
cli-support-stays-with = Partner { $partner }, the reseller, stays responsible for support.
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
