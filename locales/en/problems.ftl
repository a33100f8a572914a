# Problems found in files and books: the authorized keys (`serve`), `check`, imports and the
# config file. Ids here are named by src/ssh/keys.rs, src/store/check.rs, src/import/ and
# src/config.rs.

## The authorized keys and the host key (`partnerdesk serve`)

ssh-auth-refused = authentication refused: { $why }
ssh-refused-unknown-key = unknown key
ssh-refused-rsa-sha1 = RSA with SHA-1 signatures
ssh-refused-expired = the key's expiry-time has passed
ssh-refused-not-from = the address is not in the key's from= list
ssh-refused-not-in-book = the key (line { $line }) names { $email }, who is not in the book
ssh-key-options-malformed = options are malformed ({ $detail })
ssh-key-not-a-key = not an OpenSSH public key ({ $detail })
ssh-key-access-unknown = PARTNERDESK_ACCESS is read-only or read-write, not “{ $value }”
ssh-key-command = command= is not supported: partnerdesk runs only itself
ssh-key-cert-authority = cert-authority is not supported
ssh-key-option-unknown = unknown option “{ $option }”
ssh-key-no-user = no partnerdesk user: add environment="PARTNERDESK_USER=EMAIL" before the key
ssh-key-not-an-option = “{ $word }” is not an option (only read-only is)
ssh-key-expiry-malformed = expiry-time “{ $value }” is not YYYYMMDD[HHMM[SS]]
ssh-key-twice = { $path }: the same key is on line { $first } and line { $second }; a key must name one user
ssh-keys-writable = the authorized keys { $path } may be written by others (mode { $mode }); run `chmod go-w { $path }`
ssh-keys-unreadable = cannot read the authorized keys { $path }
ssh-keys-not-reloaded = SIGHUP: the authorized keys were not changed: { $why }
ssh-host-key-open = the host key { $path } may be read or written by others (mode { $mode }); run `chmod 600 { $path }`
ssh-host-key-unreadable = cannot read the host key { $path }
ssh-host-key-not-a-key = { $path } is not an OpenSSH private key
ssh-host-key-no-random = cannot read the system's random source for a new host key
ssh-host-key-not-encoded = cannot encode the new host key
ssh-host-key-not-written = cannot write the host key { $path }

## `partnerdesk check` (and a restore it refuses): each problem names its table and key

check-unknown-table = table { $table }: not a table this partnerdesk knows (a newer partnerdesk wrote it?), so its records are not checked; a backup or an export by this partnerdesk is refused
check-unreadable = table { $table }: cannot be read: { $error }
check-unreadable-past = table { $table }: cannot be read past this point: { $error }
check-damaged = { $damaged }: { $cause }
record-damaged = table { $table }: the record is damaged ({ $why }), so it is not shown; `partnerdesk check` lists every damaged record
record-damaged-at = table { $table }, key { $key }: the record is damaged ({ $why }), so it is not shown; `partnerdesk check` lists every damaged record
record-too-short = it is too short to be a record
record-checksum = its checksum does not match
record-unreadable = it cannot be read
record-holds-country = it holds the country code { $code }, which is not ISO 3166-1
record-holds-language = it holds the language “{ $language }”, which partnerdesk does not speak
record-holds-zone = it holds the time zone “{ $zone }”, which the time zone database lacks
check-misfiled = table { $table }, key { $key }: holds { $held ->
    [tenant] tenant { $holds }
    [offer] offer { $holds }
    [record] record { $holds }
    [name] “{ $holds }”
   *[id] { $holds }
}
check-audit-gap = table { $table }: the log jumps from record { $from } to { $to }
check-no-such-user = table { $table }, key { $key }: names no partner user of the book
check-no-such-partner = table { $table }, key { $key }: names no partner of the directory
check-no-such-invitation = table { $table }, key { $key }: names no invitation of the book
check-empty = table { $table }, key { $key }: is empty (it should not be kept)
check-row-not-made = the list row of { $company } ({ $tenant }) could not be made
check-row-mismatch = table { $table }: the list row of { $company } ({ $tenant }) does not match its record
check-row-without-customer = table { $table }: a list row for { $company } ({ $tenant }) has no customer record
check-held-twice = { $subscription } is held by two customers: { $first } and { $second }
check-holder-wrong = table { $table }, key { $key }: names { $tenant } as the holder of { $subscription }, which { $holder } holds
check-holder-of-nothing = table { $table }, key { $key }: names { $tenant } as the holder of { $subscription }, which no customer holds
check-holder-missing = table { $table }: { $subscription } of { $tenant } is missing
check-use-misfiled = table { $table }, key { $key }: holds { $tenant }'s use of { $invitation }
check-terms-without-invitation = table { $table }, key { $key }: the terms of { $invitation }, which the book does not hold
check-uses-miscounted = table { $table }, key { $key }: counts { $counted } uses, { $uses_table } has { $found }
check-uses-without-terms = table { $table }: uses of { $invitation }, whose terms the book does not hold
check-no-such-relationship = table { $table }, key { $key }: names { $relationship }, which the book does not hold
check-other-customer = table { $table }, key { $key }: names the customer { $customer }, but { $relationship } is with { $holder }
check-no-such-group = table { $table }, key { $key }: names the security group { $group }, which the book does not hold
check-unknown-external-kind = table { $table }, key { $key }: not a kind of outside id partnerdesk keeps
check-external-dangling = table { $table }, key { $key }: names { $id }, which the book does not hold
check-not-a-book = table meta, key "kind": is not a partnerdesk book's
check-schema-missing = table meta, key "schema_version": missing, not { $expected }
check-schema-other = table meta, key "schema_version": { $found }, not { $expected }
check-schema-unreadable = table meta, key "schema_version": { $error }
check-migration-log-unreadable = table meta, key { $key }: { $error }
check-counter-damaged = table meta, key { $key }: the counter is damaged
check-counter-behind = table meta, key "next_{ $series }": the next id is { $next }, but { $highest } is in use already
check-relationship-listed = table { $table }: lists relationship { $relationship } for tenant { $tenant }, which it does not hold
check-relationship-missing = table { $table }: relationship { $relationship } of tenant { $tenant } is missing
check-index-extra = table { $table }, key { $key }: points to { $value }, which no record names
check-index-missing = table { $table }: { $key } → { $value } is missing

## The config file

config-refused-at = config file { $path }, line { $line }: { $why }
config-refused = config file { $path }: { $why }
config-unreadable = cannot read the config file { $path }
config-unknown-key = unknown key “{ $key }”; the keys are { $keys }
config-not-one-key = “{ $key }” for { $action } is not one key (write it as in key scripts: "R", "<C-o>", "<F2>")
config-no-key = { $action } is given no key

## `partnerdesk import`: files refused whole, items refused one by one

import-invalid-file = { $file }: not a valid { $format } file: { $reason }
import-invalid-file-at = { $file }: not a valid { $format } file: { $reason } (at { $at })
import-at-byte = byte { $byte }
import-at-line = line { $line }
import-at-line-column = line { $line }, column { $column }
import-at-item = item { $item }
import-no-organization = this book has no partner organization yet: set it up with `partnerdesk init` before importing
import-export-not-merged = { $file }: an export is restored into a new book, not merged
import-domain-taken = the domain { $domain } belongs to { $company } (tenant { $tenant }) in the book
import-login-taken = { $email } is already a user of another customer in the book
import-customer-missing = the customer { $customer } is not in the book; import the customer list (pc-customers) first
import-tenant-missing = the customer tenant { $tenant } is not in the book; import the customer list (pc-customers) first
import-partner-unknown = partner of record { $partner } is not a partner known to the book; add it to the directory first (Partners tab, n), then import again
import-subscription-gone = Partner Center subscription { $external } was imported as { $id }, which { $company } no longer has
import-licences-assigned = { $assigned ->
    [one] { $id } has { $assigned } licence assigned to users, more than the { $quantity } in the file; unassign it first
   *[other] { $id } has { $assigned } licences assigned to users, more than the { $quantity } in the file; unassign them first
}
import-name-taken = “{ $name }” is already the name of { $other }; a partner's admin relationships have unique names
import-csv-not-utf8 = it is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”
import-csv-missing-columns = the header row has no { $missing } column (it has: { $columns })
import-csv-cells = a row has { $cells } cells where the header has { $expected }
import-required = { $field }: is required
import-offer-required = { $field }: is required (or { $or }, or { $or_else })
import-field = { $field }: { $why }
import-country-code = { $field }: “{ $value }” is not a two-letter country code like VN, TR or CN
import-country-iso = { $field }: “{ $value }” is not an ISO country code
import-cloud = { $field }: “{ $value }” is not public, usgov, germany or 21vianet
import-not-reseller = { $field }: { $partner } is not authorized as a reseller
import-relationship-kind = { $field }: “{ $value }” is not reseller, advisor, none or syndication
import-pc-relationship = { $field }: “{ $value }” is not one Partner Center uses
import-not-customers = expected Partner Center's customers response: { $shape }
import-not-customers-because = expected Partner Center's customers response: { $shape }: { $why }
import-no-customer = the file does not say which customer these subscriptions belong to; name it with --customer TENANT
import-quantity = { $field }: { $quantity } is not a licence count from 0 to { $max }
import-pc-status = { $field }: “{ $value }” — partnerdesk keeps active, suspended and deleted (expired) subscriptions; import it again once Partner Center shows one of those
import-not-rfc3339 = “{ $value }” is not an RFC 3339 time
import-duration-range = { $field }: { $days } days is not between { $min } and { $max } days
import-auto-extend = { $field }: { $days } days; Microsoft extends by { $extends } days or not at all
import-duration-iso = { $field }: “{ $value }” is not an ISO 8601 duration like P730D
import-duration-whole-days = { $field }: “{ $value }” is not a whole number of days
import-role-id = { $field }: “{ $value }” is not a role id (a GUID)
import-no-roles = { $field }: a relationship grants at least one role
import-graph-status = { $field }: “{ $value }” is not a status Microsoft Graph documents
import-restore-not-placed = cannot put the restored book at { $path }: { $error }
import-export-inconsistent = { $file }: the restored records do not agree with each other: { $problems }
import-export-no-schema = { $file }: not a partnerdesk export: it has no schema_version
import-export-no-organization = { $file }: not a partnerdesk export: it has no organization
import-export-version = this export has schema version { $version }; this partnerdesk restores version { $restores }
import-export-null-organization = the export has no organization: nothing to restore
import-export-unknown-field = unknown field “{ $field }”: this is not a partnerdesk export of schema version { $version }
import-user-language = partner user { $email }: language “{ $language }” is not one partnerdesk speaks
import-user-zone = partner user { $email }: time zone “{ $zone }” is not in the time zone database
import-partner-contact = partner { $partner }: contact: { $why }
import-partner-contact-form = partner { $partner }: contact is not written as partnerdesk writes it (lower case, trimmed)
import-customer-field = customer { $tenant }: { $field }: { $why }
import-customer-domain-case = customer { $tenant }: primary_domain { $domain } is not written in lower case
import-customer-user-case = customer { $tenant }: user { $email } is not written in lower case

## serve --max-startups, and the schema version record
serve-startups-not-number = “{ $text }” is not a number
serve-startups-form = write START:RATE:FULL (as sshd's MaxStartups), e.g. 64:30:256
serve-startups-range = START must be at least 1 and at most FULL
schema-version-damaged = the schema version record is damaged
