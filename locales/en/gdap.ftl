# partnerdesk — en: granular delegated admin (GDAP): role templates, access assignments, approval links, expiry, bulk jobs, access health.
# Same ids and arguments in every locale (tests: i18n::tests).

gdap-approval-link = Approval link
gdap-template-matches = holds exactly the template's roles
gdap-nothing-ending = No granular admin relationship ends in that time.
gdap-no-problems = No customer has an access problem.
gdap-none-differ = Every live relationship holds exactly the template's roles.
gdap-template-microsoft-default = Microsoft's default roles
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
