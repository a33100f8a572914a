# partnerdesk — tr: terminal behaviour: mouse, command line, scripts over SSH, search modes, files for other programs.
# Same ids and arguments in every locale (tests: i18n::tests).

## Fuzzy filter (`:fuzzy`, config `fuzzy`)
fuzzy-prompt = Bulanık:{" "}
fuzzy-on = Bulanık filtre açık: yazdığınız harfler sırayla ve sözcükler boyunca eşleşir (bmdn, Bình Minh Đà Nẵng'ı bulur), en iyi eşleşmeler önce. :fuzzy kapatır.
fuzzy-off = Bulanık filtre kapalı: filtre metni yazdığınız gibi arar.
fuzzy-ranking = sıralanıyor…

## Jump to a subscription (`:sub SUB-12`)
command-no-subscription = Bu listede { $id } aboneliği yok.
