# partnerdesk — tr: granular delegated admin (GDAP): role templates, access assignments, approval links, expiry, bulk jobs, access health.
# Same ids and arguments in every locale (tests: i18n::tests).

gdap-approval-link = Onay bağlantısı
gdap-template-matches = şablonun rollerinin tam olarak aynısına sahip
gdap-nothing-ending = Bu sürede sona eren ayrıntılı yönetici ilişkisi yok.
gdap-no-problems = Erişim sorunu olan müşteri yok.
gdap-none-differ = Geçerli her ilişki şablonun rollerinin tam olarak aynısına sahip.
gdap-template-microsoft-default = Microsoft'un varsayılan rolleri (dolaylı sağlayıcılar)
gdap-template-support = Destek (en az ayrıcalık)
gdap-template-read-only = Salt okunur
gdap-window-day = 1 gün içinde
gdap-window-week = 7 gün içinde
gdap-window-month = 31 gün içinde
gdap-window-later = daha sonra
gdap-cannot-extend-global-admin = Genel Yönetici rolünü içeriyor
gdap-renewal-auto-extends = 180 gün otomatik uzar
gdap-renewal-off = sona erer: otomatik uzatma kapalı
gdap-renewal-cannot = sona erer, otomatik uzatılamaz: { $reason }
gdap-renewal-approval-lapses = müşteri onaylamazsa geçersiz olur
gdap-ends-in = { $days ->
    [0] bugün sona eriyor
   *[other] { $days } gün sonra sona eriyor
}
gdap-access-none = yok
gdap-access-pending = onay bekliyor
gdap-access-active = etkin
gdap-access-expiring = { $days } gün içinde süresi doluyor
gdap-problem-without-reseller = Bayi ilişkisi olmadan GDAP
gdap-problem-expires-cannot-extend = { $id } { $days } gün sonra sona eriyor, otomatik uzatılamaz: { $reason }
gdap-problem-expires-auto-extend-off = { $id } { $days } gün sonra sona eriyor, otomatik uzatma kapalı
gdap-problem-approval-lapses = { $id } onaylanmadı ve { $days } gün sonra geçersiz olacak
gdap-reseller-yes = bayi
gdap-reseller-no = bayi ilişkisi yok
gdap-template-differs = { $id }, { $template } şablonundan farklı: eksik { $missing }; fazla { $extra }
gdap-pending-age = { $days } gündür bekliyor, { $left } gün sonra geçersiz olacak
gdap-not-an-id = “{ $text }”, GDAP-3 gibi bir ilişki kimliği değil
gdap-no-such-template = “{ $template }” adında rol şablonu yok; `partnerdesk gdap templates` şablonları listeler.
gdap-not-a-role = “{ $text }”, Microsoft Entra yerleşik rolünün kimliği değil
gdap-no-such-relationship = Defterde { $id } ayrıntılı yönetici ilişkisi yok.
gdap-no-organization = Bu defterde henüz iş ortağı kuruluşu yok.
gdap-rec-access = GDAP erişimi
gdap-access-summary = { $reseller } · GDAP { $access }
gdap-input-template = Rol şablonu
gdap-template-hint = başlangıç rolleri; aşağıda daha fazlasını işaretleyin
gdap-no-template = yok
gdap-input-security-group = Güvenlik grubu
gdap-input-group-name = Grup adı
gdap-input-assignment = Erişim ataması
gdap-msg-assign-not-active = { $id } durumu: { $status }; erişim atamaları yalnızca etkin bir ilişkide yapılır.
gdap-msg-role-not-held = { $id } { $role } rolüne sahip değil: erişim ataması yalnızca ilişkinin rollerini verir.
gdap-msg-group-assigned-already = { $group }, { $id } rollerine { $assignment } ile zaten sahip; önce onu kaldırın.
gdap-msg-already-removed = { $assignment } zaten { $status }.
gdap-msg-not-in-progress = { $assignment } durumu: { $status }; Microsoft'un bildireceği bir şey yok.
gdap-msg-not-a-group-id = “{ $text }” ne defterdeki bir güvenlik grubu ne de bir grup nesne kimliği (GUID)
gdap-msg-group-named-otherwise = bu grup defterde “{ $name }” adıyla var; adı boş bırakın
gdap-msg-new-group-needs-name = deftere yeni eklenen grubun Microsoft Entra'daki adı gerekir
gdap-msg-assignment-gone = { $assignment } artık defterde değil.
gdap-problem-no-assignment = { $id } etkin, ancak rollerine hiçbir güvenlik grubu sahip değil
gdap-problem-assignment-failed = { $relationship } ilişkisinin { $id } ataması başarısız: { $reason }
gdap-key-assign = gruba ata
gdap-key-unassign = atamayı kaldır
gdap-assign-title = Güvenlik grubuna rol ata
gdap-unassign-title = Erişim atamasını kaldır
gdap-group-hint = defterdeki bir grup (ad veya kimlik) ya da yeni bir grubun nesne kimliği
gdap-group-name-hint = yalnızca deftere yeni eklenen grup için
gdap-assign-roles-hint = grup üyelerinin alacağı, bu ilişkinin rolleri
gdap-unassign-detail = Microsoft atamayı kaldırır; grup üyeleri müşterinin kiracısında bu rolleri kaybeder.
gdap-no-assignments = Erişim ataması yok: bu ilişkinin rollerine hiçbir güvenlik grubu sahip değil.
gdap-no-groups = henüz güvenlik grubu yok
gdap-assignment-pending = beklemede
gdap-assignment-active = etkin
gdap-assignment-deleting = kaldırılıyor
gdap-assignment-deleted = kaldırıldı
gdap-assignment-error = başarısız
gdap-assignment-error-group-not-found = güvenlik grubu kiracınızda yok
gdap-assignment-error-relationship-ended = ilişki daha önce sona erdi
gdap-assignment-error-role-not-held = bir rol artık ilişkide değil
gdap-assignment-error-microsoft = Microsoft'un iletisi: { $message }
gdap-assignment-error-because = başarısız: { $reason }
gdap-assignment-saved = { $id }: { $status }.
gdap-unassign-prompt = { $id }, { $group } grubundan kaldırılsın mı?
gdap-assignment-line = { $id } · { $group } · { $roles } · { $status }
gdap-assigned-count = { $count ->
    [0] erişim ataması yok
   *[other] { $count } erişim ataması
}
gdap-not-an-assignment-id = “{ $text }”, ACC-4 gibi bir erişim ataması kimliği değil
gdap-no-such-assignment = Defterde { $id } erişim ataması yok.
gdap-assign = Ata
gdap-remove = Kaldır
gdap-key-problems-only = yalnızca erişim sorunları
gdap-col-access = GDAP
gdap-problems-only-on = { $count ->
    [0] Erişim sorunu olan müşteri yok. (! tüm müşterileri gösterir)
   *[other] Erişim sorunu olan { $count } müşteri. (! tüm müşterileri gösterir)
}
gdap-problems-only-off = Tüm müşteriler gösteriliyor.
gdap-cell-none = —
gdap-cell-pending = bekliyor
gdap-cell-active = etkin
gdap-cell-expiring = { $days } gün
gdap-problems-only-next = Tüm müşterileri yeniden göstermek için ! tuşuna basın.
gdap-status-problems-only = yalnızca erişim sorunları (!)
gdap-msg-remove-ga-not-active = { $id } durumu: { $status }; Microsoft, Global Administrator rolünü yalnızca etkin bir ilişkiden kaldırır.
gdap-msg-no-global-admin = { $id } Global Administrator rolünü içermiyor.
gdap-msg-only-global-admin = Global Administrator, { $id } ilişkisinin tek rolü; bunun yerine ilişkiyi sonlandırın.
gdap-msg-assignment-holds-global-admin = { $assignment }, { $id } ilişkisinin Global Administrator rolünü bir gruba veriyor; önce o atamayı kaldırın.
gdap-msg-no-live-relationship = { $company } için değiştirilecek ayrıntılı yönetici ilişkisi yok.
gdap-msg-no-tenant-on-line = { $line }. satırda kiracı kimliği yok: “{ $text }”
gdap-bulk-would = { $item } · { $company } · yapılacak
gdap-bulk-done = { $item } · { $company } · yapıldı
gdap-bulk-refused = { $item } · { $company } · reddedildi: { $reason }
gdap-bulk-summary = { $done } yapıldı, { $refused } reddedildi.
gdap-bulk-summary-dry-run = Deneme: { $done } yapılacak, { $refused } reddedilecek; hiçbir şey yazılmadı.
gdap-bulk-needs-template = Toplu istek için --template gerekir (bkz. `partnerdesk gdap templates`).
gdap-cannot-read = { $file } okunamıyor: { $reason }
gdap-input-bulk-action = İşlem
gdap-input-dry-run = Deneme
gdap-key-bulk = toplu GDAP işlemi
gdap-key-export-results = sonuçları dışa aktar (CSV)
gdap-bulk-title = Ayrıntılı yönetici: birçok müşteri için tek işlem
gdap-bulk-run = Çalıştır
gdap-bulk-request-hint = istek için: her müşteriden istenecek roller
gdap-bulk-prefix-hint = istek için: adı bu ve müşterinin etki alanıdır
gdap-dry-run-hint = her öğenin ne olacağını söyle; hiçbir şeyi değiştirme
gdap-bulk-results = Toplu sonuçlar
gdap-bulk-outcome-refused = reddedildi
gdap-bulk-outcome-would = yapılacak
gdap-bulk-outcome-done = yapıldı
gdap-no-bulk = Bu oturumda toplu işlem çalışmadı.
gdap-no-bulk-next = Müşteriler sekmesinde müşterileri işaretleyin (veya filtreleyin) ve b tuşuna basın.
gdap-col-outcome = Sonuç
gdap-col-reason = Neden
gdap-col-item = Öğe
gdap-count-results = { $shown } / { $total } sonuç
gdap-bulk-request = Rol şablonundan iste
gdap-bulk-auto-extend-on = Otomatik uzatmayı aç
gdap-bulk-auto-extend-off = Otomatik uzatmayı kapat
gdap-bulk-remove-global-admin = Global Administrator rolünü kaldır
gdap-bulk-end = İlişkileri sonlandır
gdap-bulk-targets = { $count } müşteri
gdap-bulk-cancelled = Durduruldu: { $done } yapıldı, { $refused } reddedildi, { $left } çalıştırılmadı.
gdap-bulk-exported = { $rows } sonuç { $path } dosyasına yazıldı
gdap-bulk-copied = { $rows } sonuç CSV olarak panoya kopyalandı (SSH üzerinden sunucuya hiçbir şey yazılmaz).
gdap-bulk-progress = Ayrıntılı yönetici: { $done } / { $total } öğe (Esc durdurur){" "}
gdap-bulk-stopped = { $done } öğe yapıldıktan sonra durdu: { $why }

## İş ortağının kendi rol şablonları ve onay e-postası.
gdap-template-microsoft-default-direct = Microsoft'un varsayılan rolleri (doğrudan iş ortakları, dolaylı bayiler)
gdap-template-saved = { $count ->
    [0] { $name } kaydedildi; geçerli her ilişki şablonun rollerinin tam olarak aynısına sahip.
   *[other] { $name } kaydedildi; geçerli { $count } ilişki bu şablondan farklı.
}
gdap-template-removed = { $name } kaldırıldı; bu şablondan istenen ilişkiler rollerini korur.
gdap-msg-template-name-built-in = “{ $name }”, Microsoft şablonlarından birinin anahtarı; başka bir ad seçin
gdap-msg-template-exists = “{ $name }” rol şablonu defterde zaten var; bunun yerine onu değiştirin
gdap-msg-template-needs-roles = bir rol şablonu en az bir rol içerir
gdap-msg-no-such-template = Defterde “{ $name }” adında rol şablonu yok.
gdap-msg-not-awaiting-approval = { $id } durumu: { $status }; onay yalnızca müşterinin onayını bekleyen bir ilişki için istenir.
gdap-key-approval-email = onay isteğini e-postayla gönder
gdap-approval-sent = { $id }: onay e-postası gönderildi; müşteri onaylamazsa istek { $days } gün sonra geçersiz olur.
gdap-letter-role = • { $role }
gdap-letter-approval-subject = { $partner }, Microsoft kiracınızda yönetici rolleri istiyor
gdap-letter-approval-body =
    Sayın { $company } yöneticisi,

    { $partner }, hizmetlerinize { $days } gün boyunca yalnızca aşağıdaki rollerle destek verebilmek için Microsoft kiracınızda ayrıntılı temsilci yönetici ayrıcalıkları (GDAP) istiyor:

    { $roles }

    İlişkinin adı “{ $name }”. Onaylamak için { $company } kuruluşunun bir Genel Yöneticisi bu bağlantıyı açar ve Microsoft 365 yönetim merkezinde oturum açar:

    { $link }

    Onaylanmazsa istek { $lapses } tarihinde geçersiz olur. İlişkiyi istediğiniz zaman yönetim merkezinizden sonlandırabilirsiniz.

    Saygılarımızla,
    { $sender }
cli-help-gdap-template = Kendi rol şablonlarınızdan birini oluşturun ya da değiştirin (--role, --from) veya kaldırın (--remove); geçerli kaç ilişkinin ondan farklı olduğunu söyler
cli-help-gdap-template--name = Şablonun adı: en fazla 50 karakter, Microsoft şablonlarından birinin anahtarı olamaz
cli-help-gdap-template--roles = Microsoft Entra rol şablonu kimliğiyle bir rol (tekrarlanabilir)
cli-help-gdap-template--from = Başka bir şablonun rolleriyle başla (bkz. `gdap templates`)
cli-help-gdap-template--remove = Şablonu kaldır; ondan istenen ilişkiler rollerini korur
cli-help-gdap-approval-email = Müşteriyi bekleyen bir ilişkinin onay e-postası: Genel Yöneticisine, müşterinin dilinde, onay bağlantısıyla
cli-help-gdap-approval-email--relationship = Ekranlarda gösterildiği gibi kimliği (GDAP-3)
gdap-role-templates = Rol şablonları
gdap-count-templates = { $shown } / { $total } şablon
gdap-key-new-template = yeni şablon
gdap-key-edit-template = rollerini değiştir
gdap-key-remove-template = şablonu kaldır
gdap-new-template-title = Yeni rol şablonu
gdap-edit-template-title = Rol şablonunun rollerini değiştir
gdap-template-name-placeholder = 1. düzey yardım masası
gdap-built-in-fixed = Microsoft'un şablonları sabittir; birinden kendi şablonunuzu oluşturmak için n tuşuna basın.
gdap-remove-template-detail = Bu şablondan istenen ilişkiler rollerini korur.
gdap-col-from = Kaynak
gdap-col-differ = Farklı
gdap-from-microsoft = Microsoft
gdap-from-partner = sizin
gdap-remove-template-prompt = { $name } rol şablonu kaldırılsın mı?
gdap-more-differ = … ve { $count } ilişki daha
gdap-expiring = Sona erecekler
gdap-col-window = Süre
gdap-col-at-the-end = Sonunda
gdap-template-row-differs = { $id } ({ $customer }): eksik { $missing }; fazla { $extra }
gdap-approval-email-title = Onay e-postası
