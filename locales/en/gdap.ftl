# partnerdesk — en: granular delegated admin (GDAP): role templates, access assignments, approval links, expiry, bulk jobs, access health.
# Same ids and arguments in every locale (tests: i18n::tests).

gdap-approval-link = Approval link
gdap-template-matches = holds exactly the template's roles
gdap-nothing-ending = No granular admin relationship ends in that time.
gdap-no-problems = No customer has an access problem.
gdap-none-differ = Every live relationship holds exactly the template's roles.
gdap-template-microsoft-default = Microsoft's default roles (indirect providers)
gdap-template-support = Support (least privilege)
gdap-template-read-only = Read only
gdap-window-day = within 1 day
gdap-window-week = within 7 days
gdap-window-month = within 31 days
gdap-window-later = later
gdap-cannot-extend-global-admin = it includes the Global Administrator role
gdap-renewal-auto-extends = auto-extends by 180 days
gdap-renewal-off = ends: auto-extend is off
gdap-renewal-cannot = ends, cannot auto-extend: { $reason }
gdap-renewal-approval-lapses = lapses unless the customer approves
gdap-ends-in = { $days ->
    [0] ends today
    [one] ends in { $days } day
   *[other] ends in { $days } days
}
gdap-access-none = none
gdap-access-pending = pending approval
gdap-access-active = active
gdap-access-expiring = { $days ->
    [one] expiring in { $days } day
   *[other] expiring in { $days } days
}
gdap-problem-without-reseller = GDAP without reseller relationship
gdap-problem-expires-cannot-extend = { $days ->
    [one] { $id } expires in { $days } day, cannot auto-extend: { $reason }
   *[other] { $id } expires in { $days } days, cannot auto-extend: { $reason }
}
gdap-problem-expires-auto-extend-off = { $days ->
    [one] { $id } expires in { $days } day, auto-extend is off
   *[other] { $id } expires in { $days } days, auto-extend is off
}
gdap-problem-approval-lapses = { $days ->
    [one] { $id } is not approved and lapses in { $days } day
   *[other] { $id } is not approved and lapses in { $days } days
}
gdap-reseller-yes = reseller
gdap-reseller-no = no reseller relationship
gdap-template-differs = { $id } differs from { $template }: lacks { $missing }; holds beyond it { $extra }
gdap-pending-age = { $days ->
    [one] waiting { $days } day
   *[other] waiting { $days } days
}, lapses in { $left ->
    [one] { $left } day
   *[other] { $left } days
}
gdap-not-an-id = “{ $text }” is not a relationship id like GDAP-3
gdap-no-such-template = There is no role template “{ $template }”; `partnerdesk gdap templates` lists them.
gdap-not-a-role = “{ $text }” is not the id of a Microsoft Entra built-in role
gdap-no-such-relationship = No granular admin relationship { $id } is in the book.
gdap-no-organization = This book has no partner organization yet.
gdap-rec-access = GDAP access
gdap-access-summary = { $reseller } · GDAP { $access }
gdap-input-template = Role template
gdap-template-hint = roles to start from; tick more below
gdap-no-template = none
gdap-input-security-group = Security group
gdap-input-group-name = Group name
gdap-input-assignment = Access assignment
gdap-msg-assign-not-active = { $id } is { $status }; access assignments are made only on an active relationship.
gdap-msg-role-not-held = { $id } does not hold { $role }: an access assignment gives only roles of its relationship.
gdap-msg-group-assigned-already = { $group } holds { $id }'s roles already through { $assignment }; remove that one first.
gdap-msg-already-removed = { $assignment } is { $status } already.
gdap-msg-not-in-progress = { $assignment } is { $status }: Microsoft has nothing to report on it.
gdap-msg-not-a-group-id = “{ $text }” is neither a security group of the book nor a group object id (a GUID)
gdap-msg-group-named-otherwise = this group is in the book as “{ $name }”; leave the name empty
gdap-msg-new-group-needs-name = a group new to the book needs its name as Microsoft Entra shows it
gdap-msg-assignment-gone = { $assignment } is no longer in the book.
gdap-problem-no-assignment = { $id } is active, but no security group holds its roles
gdap-problem-assignment-failed = { $id } of { $relationship } failed: { $reason }
gdap-key-assign = assign to a group
gdap-key-unassign = remove an assignment
gdap-assign-title = Assign roles to a security group
gdap-unassign-title = Remove an access assignment
gdap-group-hint = a group of the book (name or id), or a new group's object id
gdap-group-name-hint = only for a group new to the book
gdap-assign-roles-hint = roles of this relationship the group's members get
gdap-unassign-detail = Microsoft removes it; the group's members lose these roles in the customer's tenant.
gdap-no-assignments = No access assignment: no security group holds this relationship's roles.
gdap-no-groups = no security group yet
gdap-assignment-pending = pending
gdap-assignment-active = active
gdap-assignment-deleting = being removed
gdap-assignment-deleted = removed
gdap-assignment-error = failed
gdap-assignment-error-group-not-found = the security group is not in your tenant
gdap-assignment-error-relationship-ended = the relationship ended first
gdap-assignment-error-role-not-held = a role is no longer in the relationship
gdap-assignment-error-microsoft = Microsoft says: { $message }
gdap-assignment-error-because = failed: { $reason }
gdap-assignment-saved = { $id } is { $status }.
gdap-unassign-prompt = Remove { $id } from { $group }?
gdap-assignment-line = { $id } · { $group } · { $roles } · { $status }
gdap-assigned-count = { $count ->
    [0] no access assignment
    [one] { $count } access assignment
   *[other] { $count } access assignments
}
gdap-not-an-assignment-id = “{ $text }” is not an access assignment id like ACC-4
gdap-no-such-assignment = No access assignment { $id } is in the book.
gdap-assign = Assign
gdap-remove = Remove
gdap-key-problems-only = access problems only
gdap-col-access = GDAP
gdap-problems-only-on = { $count ->
    [0] No customer has an access problem. (! shows every customer)
    [one] { $count } customer with an access problem. (! shows every customer)
   *[other] { $count } customers with an access problem. (! shows every customer)
}
gdap-problems-only-off = Every customer is shown.
gdap-cell-none = —
gdap-cell-pending = pending
gdap-cell-active = active
gdap-cell-expiring = { $days }d
gdap-problems-only-next = Press ! to show every customer again.
gdap-status-problems-only = access problems only (!)
gdap-msg-remove-ga-not-active = { $id } is { $status }; Microsoft removes the Global Administrator role only from an active relationship.
gdap-msg-no-global-admin = { $id } does not include the Global Administrator role.
gdap-msg-only-global-admin = Global Administrator is the only role of { $id }; end the relationship instead.
gdap-msg-assignment-holds-global-admin = { $assignment } gives a group the Global Administrator role of { $id }; remove that assignment first.
gdap-msg-no-live-relationship = { $company } has no granular admin relationship to change.
gdap-msg-no-tenant-on-line = line { $line } names no tenant id: “{ $text }”
gdap-bulk-would = { $item } · { $company } · would be done
gdap-bulk-done = { $item } · { $company } · done
gdap-bulk-refused = { $item } · { $company } · refused: { $reason }
gdap-bulk-summary = { $done } done, { $refused } refused.
gdap-bulk-summary-dry-run = Dry run: { $done } would be done, { $refused } would be refused; nothing was written.
gdap-bulk-needs-template = A bulk request needs --template (see `partnerdesk gdap templates`).
gdap-cannot-read = Cannot read { $file }: { $reason }
gdap-input-bulk-action = Action
gdap-input-dry-run = Dry run
gdap-key-bulk = GDAP bulk action
gdap-key-export-results = export the results (CSV)
gdap-bulk-title = Granular admin: one action for many customers
gdap-bulk-run = Run
gdap-bulk-request-hint = for a request: the roles to ask each customer for
gdap-bulk-prefix-hint = for a request: its name is this and the customer's domain
gdap-dry-run-hint = say what each item would do; change nothing
gdap-bulk-results = Bulk results
gdap-bulk-outcome-refused = refused
gdap-bulk-outcome-would = would be done
gdap-bulk-outcome-done = done
gdap-no-bulk = No bulk job has run in this session.
gdap-no-bulk-next = Mark customers on the Customers tab (or filter them) and press b.
gdap-col-outcome = Outcome
gdap-col-reason = Reason
gdap-col-item = Item
gdap-count-results = { $shown } of { $total } results
gdap-bulk-request = Request from a role template
gdap-bulk-auto-extend-on = Turn auto-extend on
gdap-bulk-auto-extend-off = Turn auto-extend off
gdap-bulk-remove-global-admin = Remove the Global Administrator role
gdap-bulk-end = End the relationships
gdap-bulk-targets = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
gdap-bulk-cancelled = Stopped: { $done } done, { $refused } refused, { $left } not run.
gdap-bulk-exported = { $rows } results written to { $path }
gdap-bulk-copied = { $rows ->
    [one] The result copied to your clipboard as CSV (over SSH nothing is written on the server).
   *[other] { $rows } results copied to your clipboard as CSV (over SSH nothing is written on the server).
}
gdap-bulk-progress = Granular admin: { $done } of { $total } items (Esc stops){" "}
gdap-bulk-stopped = Stopped after { $done } done: { $why }

## The partner's own role templates, and the approval email.
gdap-template-microsoft-default-direct = Microsoft's default roles (direct partners, indirect resellers)
gdap-template-saved = { $count ->
    [0] { $name } is saved; every live relationship holds exactly its roles.
    [one] { $name } is saved; { $count } live relationship differs from it.
   *[other] { $name } is saved; { $count } live relationships differ from it.
}
gdap-template-removed = { $name } is removed; relationships requested from it keep their roles.
gdap-msg-template-name-built-in = “{ $name }” is the key of one of Microsoft's templates; choose another name
gdap-msg-template-exists = a role template “{ $name }” is in the book already; change that one instead
gdap-msg-template-needs-roles = a role template holds at least one role
gdap-msg-no-such-template = No role template “{ $name }” is in the book.
gdap-msg-not-awaiting-approval = { $id } is { $status }; only a relationship waiting for the customer's approval is asked for.
gdap-key-approval-email = email the approval request
gdap-approval-sent = { $days ->
    [one] { $id }: the approval email is sent; the request lapses in { $days } day unless the customer approves.
   *[other] { $id }: the approval email is sent; the request lapses in { $days } days unless the customer approves.
}
gdap-letter-role = • { $role }
gdap-letter-approval-subject = { $partner } asks for administrator roles in your Microsoft tenant
gdap-letter-approval-body =
    Dear { $company } administrator,

    { $partner } asks for granular delegated admin privileges (GDAP) in your Microsoft tenant, so that we can support your services with only these roles, for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }:

    { $roles }

    The relationship is named “{ $name }”. To approve it, a Global admin of { $company } opens this link and signs in to the Microsoft 365 admin center:

    { $link }

    The request lapses on { $lapses } unless it is approved. You can end the relationship at any time in your admin center.

    Kind regards,
    { $sender }
cli-help-gdap-template = Make or change one of your own role templates (--role, --from), or remove it (--remove); says how many live relationships differ from it
cli-help-gdap-template--name = Its name: at most 50 characters, not the key of one of Microsoft's templates
cli-help-gdap-template--roles = A role by its Microsoft Entra role template id (repeatable)
cli-help-gdap-template--from = Start from another template's roles (see `gdap templates`)
cli-help-gdap-template--remove = Remove the template; relationships requested from it keep their roles
cli-help-gdap-approval-email = The approval email of a relationship waiting for the customer: to its Global admin, in the customer's language, with the approval link
cli-help-gdap-approval-email--relationship = Its id, as the screens show it (GDAP-3)
gdap-role-templates = Role templates
gdap-count-templates = { $shown } of { $total } templates
gdap-key-new-template = new template
gdap-key-edit-template = change its roles
gdap-key-remove-template = remove the template
gdap-new-template-title = New role template
gdap-edit-template-title = Change a role template's roles
gdap-template-name-placeholder = Tier 1 helpdesk
gdap-built-in-fixed = Microsoft's templates are fixed; press n to make your own from one.
gdap-remove-template-detail = Relationships requested from it keep their roles.
gdap-col-from = From
gdap-col-differ = Differ
gdap-from-microsoft = Microsoft
gdap-from-partner = yours
gdap-remove-template-prompt = Remove the role template { $name }?
gdap-more-differ = { $count ->
    [one] … and { $count } more relationship
   *[other] … and { $count } more relationships
}
gdap-expiring = Expiring
gdap-col-window = Within
gdap-col-at-the-end = At the end
gdap-template-row-differs = { $id } ({ $customer }): lacks { $missing }; holds beyond it { $extra }
gdap-approval-email-title = Approval email
