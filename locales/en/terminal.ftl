# partnerdesk — en: terminal behaviour: mouse, command line, scripts over SSH, search modes, files for other programs.
# Same ids and arguments in every locale (tests: i18n::tests).

## Fuzzy filter (`:fuzzy`, config `fuzzy`)
fuzzy-prompt = Fuzzy:{" "}
fuzzy-on = Fuzzy filter on: the letters you type match in order, across words (bmdn finds Bình Minh Đà Nẵng), best matches first. :fuzzy turns it off.
fuzzy-off = Fuzzy filter off: the filter finds the text as you type it.
fuzzy-ranking = ranking…

## Jump to a subscription (`:sub SUB-12`)
command-no-subscription = There is no subscription { $id } on this list.

## Quitting while a bulk action or an export runs (`q`, `Ctrl-C`)
quit-during-bulk = Quit while the bulk action runs?
quit-during-bulk-detail = { $left ->
    [one] { $done } of { $total } done so far, and they stay done. Quitting stops it here: the last one is left as it is. n or Esc lets it go on.
   *[other] { $done } of { $total } done so far, and they stay done. Quitting stops it here: the other { $left } are left as they are. n or Esc lets it go on.
}
quit-during-export = Quit while the export runs?
quit-during-export-detail = { $total ->
    [one] { $done } of { $total } customer written so far. Quitting stops the export and removes its unfinished files. n or Esc lets it go on.
   *[other] { $done } of { $total } customers written so far. Quitting stops the export and removes its unfinished files. n or Esc lets it go on.
}

## `x` over SSH: the export reaches the operator's machine through ssh
export-over-ssh = Over SSH nothing is written on the server. On your own machine, put the export at the end of the ssh command you signed in with: ssh -p PORT you@server partnerdesk export --excel > customers.csv (or … partnerdesk customers list --json).

## `partnerdesk export` on a terminal: how much is written (stderr)
export-written-progress = { $spinner } Exporting: { $written } written ({ $rate }, { $elapsed })

## A book held by another process (after open-locked): how a script reaches a served book
open-locked-served = While `partnerdesk serve` holds it, send the command through the server: ssh -p PORT you@server partnerdesk followed by the same command.

## The config file's date_format
date-format-invalid = “{ $pattern }” is not a date format: write the day %d, the month %m and the year %Y (or %y), each once, between - / . or spaces, as in "%d.%m.%Y"
