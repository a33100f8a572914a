## Komut satırı: alt komutların söyledikleri, SSH üzerinden retler ve `--help`.

cli-offer-not-in-catalogue = “{ $offer }” katalogda yok; `partnerdesk offer catalogue` kataloğu listeler
cli-key-redeemed = { $company } için { $subscription } kuruldu: { $offer } · { $count } lisans.
cli-admin-held-by = Yönetici izinleri artık { $partner } iş ortağında.
cli-admin-held-by-nobody = Şu anda hiçbir iş ortağı yönetici izinlerine sahip değil.
cli-support-stays-with = Bayi olan { $partner } iş ortağı destekten sorumlu olmaya devam ediyor.
cli-field = { $label }: { $value }
cli-not-in-directory = dizinde { $id } kimlikli bir iş ortağı yok
cli-tenant-gone = kiracınız artık defterde değil
cli-not-a-subscription-id = “{ $text }”, SUB-12 gibi bir abonelik kimliği değil
cli-not-an-invitation-id = “{ $text }”, INV-12 gibi bir davet kimliği değil
cli-not-an-offer = { $id } bu defterde bir teklif değil
cli-name-the-customer = müşteriyi belirtin: --customer TENANT-ID|DOMAIN
cli-no-subscription = defterde { $subscription } aboneliği yok
cli-customer-lacks-subscription = { $company } müşterisinin { $subscription } aboneliği yok
cli-no-subscriptions = { $company } müşterisinin aboneliği yok.
cli-subscription-now = { $company } müşterisinin { $subscription } aboneliği: { $status } · { $assigned }/{ $quantity } lisans atandı
cli-subscription-cancelled = { $company } müşterisinin { $subscription } aboneliği iptal edildi.
cli-subscription-row = { $subscription } { $offer } · { $status } · { $assigned }/{ $quantity } atandı · kayıtlı iş ortağı { $partner } · { $users }
cli-customer-tenant = kiracı { $tenant } · { $region }
cli-customer-subscription = { $id } { $offer } { $assigned }/{ $quantity } { $status } · kayıtlı iş ortağı { $partner }
cli-customer-user = { $admin ->
    [yes] { $name } <{ $email }> (Genel Yönetici)
   *[no] { $name } <{ $email }>
}
cli-tenant-user-row = { $admin ->
    [yes] { $name } <{ $email }> · Genel Yönetici · lisanslar: { $licences }
   *[no] { $name } <{ $email }> · lisanslar: { $licences }
}
cli-tenant-user-added = { $email } artık { $company } kullanıcısı.
cli-temporary-password = { $user } için geçici parola: { $password }
cli-temporary-password-once = Yalnızca bu kez gösterilir ve saklanmaz; kullanıcı ilk oturum açışında kendi parolasını seçer.
cli-global-admin-now = { $admin ->
    [yes] { $email } artık { $company } için Genel Yönetici.
   *[no] { $email } artık { $company } için Genel Yönetici değil.
}
cli-declined = { $invitation } reddedildi.
cli-revoked = { $invitation } iptal edildi.
cli-purged = { $count } davet temizlendi.
cli-admin-flag = yönetici: { $admin ->
    [yes] evet
   *[no] hayır
}
cli-used-by = { $count } müşteri kullandı
cli-invite-whom = müşteriyi belirtin: --customer DOMAIN ya da --company NAME --contact EMAIL ile bir aday müşteri
cli-status-usage = --status { $status }: draft, sent, accepted, declined, expired veya revoked kullanın
cli-line-usage = --line { $line }: OFFER=COUNT yazın, ör. "Power BI Pro=10"
cli-catalogue-no-trial = deneme yok
cli-catalogue-trial = deneme { $licences } × { $days } gün
cli-offer-uses = { $id }: { $count } müşteri kullandı
cli-offer-use = { $admin ->
    [yes] { $at }  { $company }  { $by } tarafından: { $lines }, temsilci yönetici
   *[no] { $at }  { $company }  { $by } tarafından: { $lines }
}
cli-offer-used = { $invitation } kullanıldı: { $customer }, { $partner } tarafından gönderilen { $kind } teklifini kabul etti.
cli-offer-bought = { $subscription }  { $offer } × { $count }, kayıtlı iş ortağı { $partner }
cli-offer-changed = { $offer }: teklif edilen { $offered } yerine { $bought } lisans.
cli-offer-admin = { $partner } artık temsilci yönetici izinlerine sahip.
cli-offer-url-uses = Bu URL'yi { $count } müşteri kullandı.
cli-por-customer-side = kayıtlı iş ortağını müşteri belirler: --as ile müşterinin bir Genel Yöneticisini verin
cli-since-usage = --since { $text }: 2026-11-01 gibi bir tarih ya da 2026-11-01T09:00:00Z gibi bir an yazın
cli-check-migrated = { $book }: şema v{ $version }; { $when } tarihinde güncellendi ({ $migration }).
cli-check-clean = { $book }: { $count } kayıt denetlendi, sorun bulunmadı.
cli-damaged = { $book } hasarlı: sorunlar yukarıda listelendi
cli-backup-failed-check = { $path } konumundaki yedek denetimden geçemedi: { $problems }
cli-backed-up = { $path } konumuna yedeklendi ve denetimden geçti: { $customers } müşteri, { $invitations } davet, { $audit } denetim kaydı.
cli-demo-read-only = --read-only demo defteri oluşturamaz: `demo` bir defter yazar
cli-demo-exists = { $path } zaten bir defter içeriyor; yeni bir demoyla değiştirmek için --force verin
cli-demo-opening = { $path } konumundaki mevcut demo defteri açılıyor (yenisi için --force verin).
cli-demo-progress = { $bar } { $done }/{ $total } müşteri, { $eta } kaldı
cli-demo-cannot-place = demo defteri { $path } konumuna konamıyor
cli-demo-made = { $path } konumunda demo defteri ({ $seconds } sn): { $customers } müşteri, { $users } iş ortağı kullanıcısı, { $invitations } davet.
cli-import-read-only = --read-only içe aktaramaz: içe aktarma deftere yazar (ne yapacağını görmek için --dry-run kullanın)
cli-restore-one-file = geri yükleme tek bir dışa aktarma dosyası okur; tek bir FILE verin
cli-restore-progress = { $spinner } { $done } kayıt geri yüklendi
cli-restored = { $file } dosyasından { $book } defterine { $dry_run ->
    [yes] geri yüklenecek
   *[no] geri yüklendi
}: { $customers } müşteri, { $invitations } davet, { $users } iş ortağı kullanıcısı, { $relationships } yönetici ilişkisi, { $audit } denetim kaydı.
cli-import-progress = { $bar } { $done }/{ $total } öğe
cli-cannot-read = { $path } okunamıyor: { $error }
cli-import-unknown-format = { $path }: biçimi anlaşılamıyor; --format ile belirtin (export, pc-customers, pc-subscriptions, gdap, csv)
cli-imported = { $files } ({ $format }) { $dry_run ->
    [yes] içe aktarılacak
   *[no] içe aktarıldı
}: { $added } eklendi, { $updated } güncellendi, { $unchanged } değişmedi, { $refused } reddedildi.
cli-import-refused = reddedildi: { $file } { $at }: { $reason }
cli-init-read-only = --read-only defter kuramaz: `init` bir defter yazar
cli-init-done = { $company }, { $book } konumunda kuruldu.
cli-init-signed-in = { $name } ({ $email }), Genel Yönetici olarak oturum açıldı: `partnerdesk --db { $book }` ile açın.
cli-init-import = Müşterilerinizi `partnerdesk import --db { $book } FILE` ile getirin (bkz. `partnerdesk import --help`).
cli-config-no-home = yapılandırma dosyasını tutacak bir ana dizin yok
cli-config-missing = henüz yok: `partnerdesk config --print-default > FILE` bir tane oluşturur
cli-config-in-force = okundu, geçerli
cli-config-refused = reddedildi: { $error }
cli-no-data-dir = partnerdesk verileri için bir ana dizin bulunamıyor; --db PATH verin
cli-brought-up-to-date = { $book }: güncellendi ({ $migration }).
cli-export-partner-only = defterin tamamı iş ortağınındır: müşteri kullanıcısı olarak değil, iş ortağı kullanıcısı olarak dışa aktarın
cli-man-written = Kılavuz sayfaları { $dir } içine yazıldı.
cli-serve-no-as = serve her operatörü SSH anahtarıyla oturum açtırır (--authorized-keys); --as burada geçerli değil
cli-size-usage = --size { $size }: { $why }
cli-size-form = GENİŞLİKxYÜKSEKLİK olarak yazın, ör. 120x35
cli-size-width = genişlik bir sayı değil
cli-size-height = yükseklik bir sayı değil
cli-size-range = bir ekran her yönde 1 ile 1000 hücre arasındadır
cli-now-usage = --now { $now }: 2026-11-25T09:00:00Z gibi bir an yazın
cli-cannot-write = { $path } yazılamıyor
cli-unclosed-quote = komutta kapanmamış bir tırnak var
cli-remote-no-db-or-as = SSH üzerinden bir komut, sunulan defterde anahtarınızın kullanıcısı olarak çalışır: --db ve --as geçerli değil
cli-remote-server-only = `{ $command }` sunucunun dosyalarıyla çalışır, SSH üzerinden değil: sunucunun kendisinde çalıştırın (defter `serve` içinde açık)
cli-heading-usage = Kullanım:
cli-heading-commands = Komutlar
cli-heading-arguments = Bağımsız değişkenler
cli-heading-options = Seçenekler
