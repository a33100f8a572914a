# partnerdesk — tr: granular delegated admin (GDAP): role templates, access assignments, approval links, expiry, bulk jobs, access health.
# Same ids and arguments in every locale (tests: i18n::tests).

gdap-approval-link = Onay bağlantısı
gdap-template-matches = şablonun rollerinin tam olarak aynısına sahip
gdap-nothing-ending = Bu sürede sona eren ayrıntılı yönetici ilişkisi yok.
gdap-no-problems = Erişim sorunu olan müşteri yok.
gdap-none-differ = Geçerli her ilişki şablonun rollerinin tam olarak aynısına sahip.
gdap-template-microsoft-default = Microsoft'un varsayılan rolleri
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
