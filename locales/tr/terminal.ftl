# partnerdesk — tr: terminal behaviour: mouse, command line, scripts over SSH, search modes, files for other programs.
# Same ids and arguments in every locale (tests: i18n::tests).

## Fuzzy filter (`:fuzzy`, config `fuzzy`)
fuzzy-prompt = Bulanık:{" "}
fuzzy-on = Bulanık filtre açık: yazdığınız harfler sırayla ve sözcükler boyunca eşleşir (bmdn, Bình Minh Đà Nẵng'ı bulur), en iyi eşleşmeler önce. :fuzzy kapatır.
fuzzy-off = Bulanık filtre kapalı: filtre metni yazdığınız gibi arar.
fuzzy-ranking = sıralanıyor…

## Jump to a subscription (`:sub SUB-12`)
command-no-subscription = Bu listede { $id } aboneliği yok.

## Quitting while a bulk action or an export runs (`q`, `Ctrl-C`)
quit-during-bulk = Toplu işlem sürerken çıkılsın mı?
quit-during-bulk-detail = Şimdiye dek { $total } öğeden { $done } tanesi tamamlandı ve öyle kalır. Çıkmak işlemi burada durdurur: kalan { $left } öğe olduğu gibi bırakılır. Devam etmesi için n veya Esc.
quit-during-export = Dışa aktarma sürerken çıkılsın mı?
quit-during-export-detail = Şimdiye dek { $total } müşteriden { $done } tanesi yazıldı. Çıkmak dışa aktarmayı durdurur ve yarım kalan dosyaları siler. Devam etmesi için n veya Esc.

## `x` over SSH: the export reaches the operator's machine through ssh
export-over-ssh = SSH üzerinden sunucuya hiçbir şey yazılmaz. Kendi makinenizde, oturum açtığınız ssh komutunun sonuna dışa aktarmayı ekleyin: ssh -p PORT you@server partnerdesk export --excel > customers.csv (veya … partnerdesk customers list --json).

## `partnerdesk export` on a terminal: how much is written (stderr)
export-written-progress = { $spinner } Dışa aktarılıyor: { $written } yazıldı ({ $rate }, { $elapsed })

## A book held by another process (after open-locked): how a script reaches a served book
open-locked-served = Defteri `partnerdesk serve` tutarken komutu sunucu üzerinden gönderin: ssh -p PORT you@server partnerdesk ve ardından aynı komut.

## The config file's date_format
date-format-invalid = “{ $pattern }” bir tarih biçimi değil: gün %d, ay %m ve yıl %Y (veya %y) birer kez, aralarında - / . ya da boşluk olacak şekilde yazın, örneğin "%d.%m.%Y"
