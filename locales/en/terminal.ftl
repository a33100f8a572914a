# partnerdesk — en: terminal behaviour: mouse, command line, scripts over SSH, search modes, files for other programs.
# Same ids and arguments in every locale (tests: i18n::tests).

## Fuzzy filter (`:fuzzy`, config `fuzzy`)
fuzzy-prompt = Fuzzy:{" "}
fuzzy-on = Fuzzy filter on: the letters you type match in order, across words (bmdn finds Bình Minh Đà Nẵng), best matches first. :fuzzy turns it off.
fuzzy-off = Fuzzy filter off: the filter finds the text as you type it.
fuzzy-ranking = ranking…

## Jump to a subscription (`:sub SUB-12`)
command-no-subscription = There is no subscription { $id } on this list.
