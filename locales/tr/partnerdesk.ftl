# partnerdesk — Türkçe (tr). Terimler locales/GLOSSARY.md tablosuna uyar. Adlara ek
# getirmemek için cümleler "ile", "için" gibi ayrı sözcüklerle kurulur.

## screens, sentences with values
too-small = Terminal { $width }×{ $height }; partnerdesk en az { $min_w }×{ $min_h } ister. Pencereyi büyütün ya da çıkmak için q tuşuna basın.
customers-count = { $count } müşteri
support-duty = Bayi { $partner } yönetici izinlerine sahip değil, ancak destekten sorumlu olmaya devam ediyor
scroll-position = satır { $first }–{ $last } / { $total }
showing-status = Gösterilen davetler: { $status } (sonraki için f)
only-status = yalnızca { $status } (f: sonraki durum)
transcript-heading = partnerdesk oturumu { $session }: sırasıyla değişiklikler
transcript-copied = Bu oturumda { $count } değişiklik ({ $session }), metin olarak kopyalandı; JSON için `partnerdesk audit --session { $session } --json`.
key-language = sonraki dil
language-now = Dil: { $language }. Sonraki dile geçmek için L.
sorted-by = sıralama: { $column }
count-customers = { $shown } / { $total } müşteri
count-customers-loading = { $shown } / { $total } müşteri — listenin geri kalanı okunuyor…
count-invitations = { $shown } / { $total } davet
count-partners = { $shown } / { $total } iş ortağı
count-users = { $shown } / { $total } kullanıcı
count-relationships = { $shown } / { $total } yönetici ilişkisi
count-events = { $shown } / { $total } son değişiklik

## customers, sentences
remove-reseller-prompt = { $company } ile bayi ilişkiniz kaldırılsın mı?
customer-saved = { $company }: bilgiler kaydedildi.
request-opened = Hizmet isteği açıldı (müşteri: { $company }); kayıtta listeleniyor.
subscription-added = Abonelik kuruldu: { $company }.
reseller-removed = { $company } ile bayi ilişkiniz kaldırıldı.
marked = { $count } işaretli
bulk-outcome = { $done } müşteri için destek kişileri ayarlandı.
bulk-outcome-refused = { $done } müşteri için destek kişileri ayarlandı; { $refused } reddedildi — { $which }.
bulk-stopped = { $done } müşteriden sonra durdu: { $why }
bulk-progress = Destek kişileri ayarlanıyor: { $done } / { $total } müşteri (durdurmak için Esc){" "}
bulk-cancelled = Esc ile durduruldu: { $done } müşteri için destek kişileri ayarlandı, { $left } müşteri değişmedi
bulk-cancelled-refused = Esc ile durduruldu: { $done } müşteri için destek kişileri ayarlandı, { $left } müşteri değişmedi; { $refused } reddedildi
export-progress = Dışa aktarılıyor: { $done } / { $total } müşteri (durdurmak için Esc){" "}
export-cancelled = Dışa aktarma { $done } müşteriden sonra Esc ile durduruldu; dosyaları silindi.
exported = { $count } müşteri dışa aktarıldı: { $json } ve { $csv }.
export-failed = Dışa aktarılamadı: { $why }.
support-duty-offer = Bayi { $partner } yönetici izinlerine sahip değil, ancak destekten sorumlu olmaya devam ediyor — o, müşteri adına hizmet isteği açar

## invitations, sentences
revoke-prompt = { $id } iptal edilsin mi? (müşteri: { $customer })
purge-prompt = Süresi dolmuş, reddedilmiş ve iptal edilmiş { $count } davet temizlensin mi?
decline-prompt = { $id } reddedilsin mi?
not-waiting = { $id } durumu: { $status }; yalnızca gönderilmiş bir davet kabul edilebilir.
not-editable = { $id } durumu: { $status }; yalnızca taslak veya gönderilmiş bir davetin düzenlenecek e-postası vardır.
mca-hint = { $company } bunu henüz kabul etmedi; bu daveti kabul etmek onu şirket adına da kabul eder.
move-admin-hint = Şu anda { $holder } sahip; yalnızca bir iş ortağı sahip olabilir. { $partner } iş ortağına taşımak için işaretleyin.
accept-where = bulutunuzdaki müşteriler şurada kabul eder: { $portal }
drafted = { $id } taslağı hazırlandı (müşteri: { $customer }). E-postayı düzenleyin, kopyalayın (Ctrl-Y) veya posta uygulamanızda açın (Ctrl-O), gönderin, sonra Ctrl-S tuşuna basın.
marked-sent = { $id } gönderildi: { $to }; bağlantı { $days } gün daha geçerli.
accepted = Kabul edildi: { $partner } artık bayiniz. (Microsoft portallarında bu işlem şurada yapılır: { $portal }.)
accepted-with-admin = Kabul edildi: { $partner } artık temsilci yönetici izinleriyle bayiniz. (Microsoft portallarında bu işlem şurada yapılır: { $portal }.)
draft-saved = { $id }: taslak kaydedildi.
revoked = { $id } iptal edildi: bağlantısı artık çalışmıyor.
purged = { $count } davet temizlendi; geçmişleri denetim günlüğünde kalır.
declined = { $id } reddedildi.
saved-eml = E-posta { $path } olarak kaydedildi; posta uygulamanızda açın, gönderin, sonra Ctrl-S tuşuna basın.
eml-failed = { $path } kaydedilemedi: { $why }. Bunun yerine e-postayı Ctrl-Y ile kopyalayın.
invitation-title = { $id } — { $kind }
invitation-from = { $id } · gönderen: { $partner }
admin-asked = yönetici izinleri istendi
admin-not-asked = yönetici izinleri istenmedi
at-by = { $at } · { $by }
created-by = { $at } · { $by } ({ $days } gün önce)
subscriptions-count = { $count } abonelik
holds-admin-for = { $partner }, { $since } tarihinden beri { $company } için yönetici izinlerine sahip.
holds-admin-since = { $partner }, { $since } tarihinden beri yönetici izinlerine sahip (veren: { $by })
mca-accepted = MCA kabul edildi: { $by }, { $on }
tenant-is-syndication = Bu kiracı mevcut bir Syndication müşterisi.
tenant-is-cpc = Bu kiracı mevcut bir CPC müşterisi.
por = kayıtlı iş ortağı { $id } { $name }
licences = lisanslar: { $list }

## offers, sentences
up-to = — (en fazla { $max })
trial-option = { $name } — { $licences } lisans, { $days } gün
offer-drafted = { $id } taslağı hazırlandı: URL'si her müşteri için çalışır. E-postayı düzenleyin, kopyalayın (Ctrl-Y) veya posta uygulamanızda açın (Ctrl-O), gönderin ya da paylaşın, sonra Ctrl-S tuşuna basın.
offer-sent = { $id } gönderildi; URL'si { $days } gün daha istenen sayıda müşteri tarafından kullanılabilir.
offer-from = { $id } · { $kind } · gönderen: { $partner }
offered-licences = teklif edilen { $offered }; 1 ile { $max } arasında satın alabilirsiniz
offer-used = { $id } kabul edildi.
offer-used-admin = { $id } kabul edildi; { $partner } artık temsilci yönetici izinlerine sahip.
offer-used-subscriptions = { $id } kabul edildi: { $count } abonelik kuruldu, kayıtlı iş ortağı { $partner }.
offer-used-subscriptions-admin = { $id } kabul edildi: { $count } abonelik kuruldu, kayıtlı iş ortağı { $partner }; { $partner } artık temsilci yönetici izinlerine de sahip.
used-by = { $count } müşteri
offer-includes-dap = temsilci yönetim: { $partner }
bought-nothing = kabul edildi
bought-nothing-admin = kabul edildi, temsilci yönetim
bought = { $counts } lisans
bought-admin = { $counts } lisans, temsilci yönetim

## partners, permissions, setup: sentences
checked = Kimliği denetle: { $id } = { $name }.
partner-saved = { $name }: kaydedildi.
por-set = { $sub }: kayıtlı iş ortağı artık { $partner }.
por-cleared = { $sub }: kayıtlı iş ortağı yok.
remove-advisor-prompt = { $partner } ile danışman ilişkisi sonlandırılsın mı?
disabled-reseller-removal = Bayi ilişkisini kaldır — kullanılamıyor: { $reason }
subscription-choice = { $id } { $offer } (kayıtlı iş ortağı: { $por })
remove-user-prompt = { $name } iş ortağı kullanıcılarından kaldırılsın mı?
terminate-prompt = { $id } “{ $name }” sonlandırılsın mı?
remove-legacy-prompt = { $partner } iş ortağının yönetici izinleri kaldırılsın mı?
user-saved = { $name }: kaydedildi.
user-removed = { $name } kaldırıldı.
relationship-saved = { $id } durumu: { $status }.
admin-moved = { $company } için yönetici izinleri değişti; önceki iş ortağı destekten sorumlu kalır.
set-up = { $company } kuruldu ve { $admin } (Genel Yönetici) olarak oturum açtınız. Müşteri ekleyin (n) veya `partnerdesk import` ile içeri aktarın.

## the domain's values
cloud-public = Genel
cloud-us-government = ABD Kamu
cloud-germany = Almanya
cloud-china21-vianet = 21Vianet
invitation-kind-reseller = Bayi
invitation-kind-trial = Deneme daveti
invitation-kind-purchase-offer = Satın alma teklifi
invitation-kind-delegated-admin-offer = Temsilci yönetim teklifi
invitation-kind-reseller-title = Bayi daveti
invitation-kind-reseller-short = Bayi
invitation-kind-trial-short = Deneme
invitation-kind-purchase-offer-short = Satın alma
invitation-kind-delegated-admin-offer-short = Yönetim
invitation-status-draft = Taslak
invitation-status-sent = Gönderildi
invitation-status-accepted = Kabul edildi
invitation-status-declined = Reddedildi
invitation-status-expired = Süresi doldu
invitation-status-revoked = İptal edildi
subscription-status-active = Etkin
subscription-status-trial = Deneme
subscription-status-suspended = Askıda
subscription-status-expired = Süresi doldu
severity-a = A – kritik
severity-b = B – orta
severity-c = C – düşük
relationship-kind-reseller = Bayi
relationship-kind-indirect-reseller = Dolaylı bayi
relationship-kind-advisor = Danışman
relationship-summary-none = —
relationship-summary-reseller = Bayi
relationship-summary-indirect-reseller = Dolaylı bayi
relationship-summary-advisor = Danışman
relationship-summary-reseller-and-advisor = Bayi + danışman
company-role-user = Kullanıcı
company-role-global-admin = Genel Yönetici
company-role-billing-admin = Faturalama yöneticisi
company-role-account-admin = Hesap yöneticisi
company-role-user-management-admin = Kullanıcı yönetimi yöneticisi
supported-company-admin-none = Yok
supported-company-admin-limited = Sınırlı yönetim
supported-company-admin-full = Tam yönetim
directory-kind-direct-reseller = Doğrudan bayi
directory-kind-indirect-provider = Dolaylı sağlayıcı
directory-kind-indirect-reseller = Dolaylı bayi
directory-kind-advisor = Danışman
reseller-choice-none = Bayi değil
reseller-choice-direct = Doğrudan bayi
reseller-choice-indirect = Dolaylı bayi
admin-relationship-status-created = Oluşturuldu
admin-relationship-status-approval-pending = Onay bekliyor
admin-relationship-status-active = Etkin
admin-relationship-status-expiring = Süresi doluyor
admin-relationship-status-expired = Süresi doldu
admin-relationship-status-termination-requested = Sonlandırma istendi
admin-relationship-status-terminated = Sonlandırıldı
invitation-status-in-sentence-draft = taslak
invitation-status-in-sentence-sent = gönderildi
invitation-status-in-sentence-accepted = kabul edildi
invitation-status-in-sentence-declined = reddedildi
invitation-status-in-sentence-expired = süresi doldu
invitation-status-in-sentence-revoked = iptal edildi
admin-relationship-status-in-sentence-created = oluşturuldu
admin-relationship-status-in-sentence-approval-pending = onay bekliyor
admin-relationship-status-in-sentence-active = etkin
admin-relationship-status-in-sentence-expiring = süresi doluyor
admin-relationship-status-in-sentence-expired = süresi doldu
admin-relationship-status-in-sentence-termination-requested = sonlandırma istendi
admin-relationship-status-in-sentence-terminated = sonlandırıldı
invitation-kind-in-sentence-reseller = bayi daveti
invitation-kind-in-sentence-trial = deneme daveti
invitation-kind-in-sentence-purchase-offer = satın alma teklifi
invitation-kind-in-sentence-delegated-admin-offer = temsilci yönetim teklifi
agent-admin = Yönetici aracısı
agent-sales = Satış temsilcisi
agent-helpdesk = Yardım masası aracısı
list-separator = {", "}
role-unknown = Bilinmeyen rol
role-id = rol { $id }
catalogue-offer = { $name } (en fazla { $max })

## screens

tab-customers = Müşteriler
tab-invitations = Davetler
tab-partners = İş ortakları
tab-permissions = İzinler
customer-view = müşteri görünümü
read-only = SALT OKUNUR
help-title = Tuşlar
help-close = Bu yardımı Esc veya ? kapatır
filter-prompt = Filtre:{" "}
filter-hint = filtrelemek için yazın · Enter korur · Esc temizler
empty-book = Bu defter boş.
empty-book-next = `partnerdesk demo` ile örnek bir defter başlatın veya şirketinizi `partnerdesk init --help` ile kurun.
no-customers = Henüz müşteri yok.
no-customers-next = Bayi ilişkisi istemek için r, müşteri eklemek için n tuşuna basın veya listenizi `partnerdesk import` ile getirin.
no-invitations = Henüz davet yok.
no-invitations-next = Bayi ilişkisi istemek için r tuşuna basın; davet burada görünür.
no-directory = Defterde başka iş ortağı yok.
no-directory-next = İş ortakları dizine eklendiğinde burada görünür.
no-users = İş ortağı kullanıcısı yok.
no-match = Filtreyle eşleşen bir şey yok.
no-match-next = Temizlemek için Esc tuşuna basın.
nothing-to-show = Burada gösterilecek bir şey bulunamadı.
col-company = Şirket
col-domain = Birincil etki alanı
col-country = Ülke
col-cloud = Bulut
col-relationship = İlişki
col-admin = Yön.
col-subs = Abon.
col-licences = Lisans
col-id = Kimlik
col-kind = Tür
col-customer = Müşteri
col-status = Durum
col-created-by = Oluşturan
col-age = Yaş
col-expires = Bitiş
col-partner-id = İş ortağı kimliği
col-name = Ad
col-email = E-posta
col-company-role = Şirket rolü
col-supported = Desteklenen şirketler
col-agent = Aracı rolleri
col-when = Ne zaman
col-who = Kim
col-action = İşlem
col-target = Kayıt
col-session = Oturum
col-roles = Roller
col-ends = Bitiş
col-auto = Oto
col-por-for = Kayıtlı iş ortağı olduğu
profile-tenant = Kiracı
our-company = Şirketimiz
directory = İş ortağı dizini
partner-users = İş ortağı kullanıcıları
admin-relationships = Ayrıntılı yönetici ilişkileri
your-partners = İş ortaklarınız
rec-account = Hesap
rec-address = Adres
rec-admin = Yönetici
rec-services = Hizmetler
rec-subscriptions = Abonelikler
rec-users = Kullanıcılar
rec-requests = Hizmet istekleri
rec-partners = İş ortakları
mca-not-yet = MCA henüz kabul edilmedi
global-admin-mark = Genel Yönetici
none = yok
admin-only = Yalnızca yönetici
yes = evet
no = hayır
key-quit = çık
key-tabs = sekmeye git
key-next-tab = sonraki / önceki sekme
key-help = yardım
key-filter = filtre
key-move = gezin
key-page = sayfa yukarı / aşağı
key-ends = ilk / son
key-scroll = kaydır
key-expand = genişlet
key-collapse = kaydı daralt
key-sort = sırayı çevir / sonraki sütun
key-close = kapat
key-filter-keep = filtreyi koru
key-filter-clear = filtreyi temizle
key-filter-backspace = bir karakter sil
key-request = bayilik iste
key-open-invitation = daveti aç
key-edit-draft = e-postayı düzenle
key-revoke = iptal et
key-purge = bitenleri temizle
key-status-filter = duruma göre filtrele
key-resend = yeniden gönder (tekrar kopyala)
key-accept = kabul et
key-decline = reddet
key-submit = gönder
key-next-field = sonraki alan
key-prev-field = önceki alan
key-toggle = aç/kapat / seç
key-cancel = iptal
key-done = bitti: gönderildi işaretle
key-copy = kopyala
key-open-mail = posta uygulamasında aç
key-save-eml = .eml kaydet
key-insert-link = bağlantı ekle
key-switch-field = konu / gövde
key-yes = evet
key-no = hayır
key-back = geri
all-statuses = her durum
nobody-signed-in = Kimse oturum açmadı: bu defterde henüz iş ortağı kullanıcısı yok.
quit-unsaved = Çıkılsın ve düzenlemeleriniz kaybolsun mu?
quit-unsaved-detail = Davet e-postasında kaydedilmemiş değişiklikler var.
key-transcript = bu oturumun değişiklikleri (metin olarak kopyalanır)

## customers

key-new-customer = yeni müşteri
key-edit-customer = şirket bilgilerini düzenle
key-support-contacts = destek kişileri (işaretli müşterilerin)
key-service-request = müşteri adına hizmet isteği aç
key-product-key = ürün anahtarıyla abonelik kur
key-remove-reseller = bayiliği kaldır
key-mark = işaretle
key-mark-all = gösterilenlerin hepsini / hiçbirini işaretle
key-export = işaretlileri (veya gösterilenleri) JSON ve CSV olarak dışa aktar
new-customer-title = Müşteri ekle
new-customer-submit = müşteriyi ekle
edit-customer-title = Şirket bilgilerini düzenle
save = kaydet
contacts-title = Destek kişileri
service-request-title = Müşteri adına hizmet isteği aç
service-request-submit = isteği aç
product-key-title = Ürün anahtarıyla abonelik kur
product-key-submit = kur
new-customer-domain-hint = kiracının ilk etki alanı: harf ve rakam, .onmicrosoft.com eklenir
por-hint = Şirketinizi bu aboneliğin kayıtlı iş ortağı yapın.
product-key-placeholder = XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
nothing-selected = Hiçbir müşteri seçili değil.
no-export-dir = Bu makinede dışa aktarma klasörü bilinmiyor; `partnerdesk customers list --json` kullanın.

## invitations

read-only-refusal = Bu salt okunur bir oturum: burada hiçbir şey değiştirilemez.
request-title = Bayi ilişkisi iste
request-prospect-title = Yeni bir müşteriden bayi ilişkisi iste
request-submit = daveti hazırla
dap-hint = Temsilci yönetici izinlerini de iste.
recipient-placeholder = müşterinin Genel Yöneticisi
company-placeholder = … Ltd. Şti.
contact-placeholder = admin@musteri.com.tr
contact-hint = Kiracının Genel Yöneticisi; davet buraya gider.
domain-placeholder = ilgili kişinin e-postasından
domain-hint = ad.onmicrosoft.com; boş: ilgili kişinin e-postasından
accept-title = Daveti kabul et
accept-submit = kabul et
includes-dap = temsilci yönetici izinleriyle birlikte bir bayi ilişkisi
includes-reseller = bir bayi ilişkisi (yönetici izinleri olmadan)
revoke-detail = Bağlantı çalışmayı durdurur; davet listede iptal edilmiş olarak kalır.
purge-detail = Listeden çıkarlar; geçmişleri denetim günlüğünde kalır.
decline-detail = İş ortağı reddettiğinizi görür; daha sonra yeni bir davet gönderebilir.
nothing-to-purge = Temizlenecek bir şey yok: süresi dolmuş, reddedilmiş veya iptal edilmiş davet yok.
catalogue-empty = Defterde henüz teklif kataloğu yok; defter oluşturulduğunda veya yükseltildiğinde hazırlanır.
keep-edits = Taslaktaki düzenlemeleriniz korunsun mu?
keep-edits-detail = y taslağı şimdiki haliyle kaydeder, n düzenlemeleri atar, Esc düzenlemeye döner.
discard-edits = Düzenlemeleriniz atılsın mı?
discard-edits-detail = Davet gönderildi; düzenlemeler yalnızca yeniden gönderildi olarak işaretlerseniz (Ctrl-S) korunur.
copied = E-posta panoya kopyalandı. Postanıza yapıştırın, gönderin, sonra Ctrl-S tuşuna basın.
opened-mail-app = Taslak posta uygulamanızda açıldı. Oradan gönderin, sonra burada Ctrl-S tuşuna basın.
mail-link-label = ✉ Taslağı posta uygulamanızda açın
mail-link-over-ssh = ✉ Taslağı posta uygulamanızda açın — SSH üzerinden bu bir bağlantıdır: tıklayın (veya e-postayı Ctrl-Y ile kopyalayın), gönderin, sonra Ctrl-S tuşuna basın.
no-mail-app = Burada posta uygulaması açılamadı; e-postayı Ctrl-Y ile kopyalayın veya Ctrl-W ile kaydedin
no-drafts-dir = Bu makinede taslak klasörü bilinmiyor; bunun yerine e-postayı Ctrl-Y ile kopyalayın.
editor-title = Davet e-postası
editor-to = Kime
editor-subject = Konu
editor-link = Bağlantı
link-intact = ✓ kişiselleştirilmiş bağlantı e-postada
link-missing = ✗ kişiselleştirilmiş bağlantı eksik veya değişmiş — Ctrl-L geri koyar
confirm-title = Onayla
confirm-yes = evet{"   "}
confirm-no = n hayır
confirm-no-esc = n / Esc hayır
inv-created = Oluşturuldu
inv-sent = Gönderildi
inv-answered = Yanıtlandı
auth-direct = doğrudan bayi
auth-indirect = dolaylı bayi
auth-advisor = danışman
auth-dap-certified = temsilci yönetim sertifikalı
profile-region = Bölge
profile-authorized = Yetkili
col-por-on = Kayıtlı iş ortağı olduğu
no-admin-holder = Hiçbir iş ortağı yönetici izinlerine sahip değil.
no-por = kayıtlı iş ortağı yok
no-licences = lisans yok
sr-open = açık
sr-closed = kapalı

## offers

key-trial = deneme daveti
key-purchase-offer = satın alma teklifi
key-admin-offer = temsilci yönetim teklifi
key-use-offer = teklif bağlantısı kullan
key-new-offer-like = buna benzer yeni teklif
trial-title = Deneme daveti
purchase-title = Satın alma teklifi
admin-offer-title = Temsilci yönetim teklifi
offer-submit = URL'yi oluştur ve e-postayı hazırla
use-link-title = Teklif bağlantısı kullan
use-link-submit = bul
use-offer-submit = teklifi kabul et
link-placeholder = e-postadaki URL'yi yapıştırın
recipient-optional = isteğe bağlı: URL herkese açık
purchase-hint = teklif edilecek her hizmet için lisans sayısı; diğerlerini boş bırakın
offer-dap-hint = abonelikleri müşteri adına yönet
admin-offer-includes = satın alınmış aboneliklerin temsilci yönetimi
col-uses = Kullanım
new-offer-hint = n: başka lisans sayılarıyla buna benzer yeni bir teklif

## partners

key-edit-profile = şirket profilini düzenle
key-add-directory = iş ortağı ekle
key-edit-directory = iş ortağını düzenle
key-check-id = kimliği denetle
key-set-por = kayıtlı iş ortağını ayarla
key-remove-partner = iş ortağını kaldır
profile-title = Şirket profili
directory-add-title = Dizine iş ortağı ekle
directory-edit-title = Dizindeki iş ortağını düzenle
check-id-title = Kimliği denetle
check-id-submit = denetle
por-title = Kayıtlı iş ortağı
por-clear-hint = Kaydetmeden önce “Kimliği denetle” çalışır; kayıtlı iş ortağını kaldırmak için boş bırakın
related-admin = Temsilci yönetici
related-por = Kayıtlı iş ortağı
remove-advisor-detail = İş ortağı size danışmanlık yapmayı bırakır; diğer ilişkiler kalır.
no-subscriptions = Bu kuruluşun aboneliği yok.

## permissions

audit-log = Denetim günlüğü
key-next-view = sonraki görünüm
key-add-user = kullanıcı ekle
key-edit-user = rolleri düzenle
key-remove-user = kullanıcıyı kaldır
key-request-gdap = yönetici ilişkisi iste
key-auto-extend = otomatik uzatma aç/kapat
key-terminate = ilişkiyi sonlandır
key-approve = ilişkiyi onayla
key-remove-admin = yönetici izinlerini kaldır
key-move-admin = yönetici izinlerini başka bir iş ortağına ver
add-user-title = İş ortağı kullanıcısı ekle
edit-user-title = İş ortağı kullanıcısının rollerini düzenle
request-gdap-title = Ayrıntılı yönetici ilişkisi iste
move-admin-title = Yönetici izinlerini başka bir iş ortağına ver
supported-hint = Sınırlı = orada parola yöneticisi; Tam = orada genel yönetici.
duration-hint = gün, 1 ile 730 arası; onaydan sonra sabit
auto-extend-hint = sonunda 180 gün; Genel Yönetici rolüyle olmaz
gdap-customer-hint = müşterinin birincil etki alanı
partner-id-hint = dizindeki bir iş ortağının kimliği (6 veya 7 rakam)
no-relationships = Ayrıntılı yönetici ilişkisi yok.
no-relationships-next = İş ortağı tarafında n bir tane ister.
no-audit = Denetim günlüğü boş.
remove-legacy-detail = İş ortağı artık hizmetlerinizi yönetemez, ancak desteğinizden sorumlu kalır.
terminate-detail = İş ortağının bu ilişki üzerinden erişimi şimdi sona erer.
remove-user-detail = Artık partnerdesk'te oturum açamazlar; yaptıkları denetim günlüğünde kalır.

## setup

advisor-hint = deneme ve satın alma teklifleri için gerekir
provider-tenant-hint = yalnızca dolaylı: sağlayıcının kiracısı
fixed-with-customers = defterde müşteri varken sabit
setup-title = Şirketinizin defterini kurun
setup-submit = Defteri oluştur
setup-tenant-hint = Entra kiracınız; bağlantılar onu anar
setup-admin-hint = siz: ilk Genel Yönetici
setup-phone-hint = isteğe bağlı; müşteriler görür

## The domain's messages (crate::domain::msg), as refusals say them

msg-admin-name-taken = “{ $name }” zaten başka bir yönetici ilişkinizin adı
msg-admin-choose-role = en az bir rol seçin
msg-admin-auto-extend-with-global-admin = ilişki Genel Yönetici rolünü içerirken kullanılamaz
msg-admin-cannot-approve = { $id } durumu: { $status }; yalnızca bekleyen bir istek onaylanabilir.
msg-admin-legacy-still-granted = { $company } hâlâ eski temsilci yönetici izinleri veriyor; önce bunları kaldırın, sonra { $id } isteğini onaylayın.
msg-admin-cannot-change-auto-extend = { $id } durumu: { $status }; otomatik uzatma yalnızca ilişki oluşturulmuş veya etkinken değişebilir.
msg-admin-already-ended = { $id } zaten şu durumda: { $status }.
msg-admin-no-holder = { $company } için hiçbir iş ortağı yönetici izinlerine sahip değil.
msg-admin-customer-reassigns = Yönetici izinlerini yalnızca müşteri yeniden atar.
msg-admin-holds-already = iş ortağı { $partner } zaten bunlara sahip
msg-admin-unknown-partner = iş ortağı { $partner } defterde bilinmiyor; kimliği denetleyin
msg-admin-no-customer-with-domain = defterde “{ $domain }” etki alanına sahip müşteri yok
msg-book-read-only-book = Bu defter salt okunur açık: burada hiçbir şey değiştirilemez.
msg-book-replaced = { $path } konumundaki defter, partnerdesk açtığından beri değiştirildi veya taşındı, bu yüzden hiçbir şey yazılmadı. O yoldaki defterle çalışmak için partnerdesk'i (veya serve'ü) yeniden başlatın.
msg-book-no-longer-partner-user = { $email } artık bu defterin iş ortağı kullanıcısı değil.
msg-book-no-longer-customer-user = { $email } artık bu müşterinin kullanıcısı değil.
msg-book-no-organization = Bu defterde henüz iş ortağı kuruluşu yok; `partnerdesk demo` çalıştırın veya önce bir tane kurun.
msg-book-customer-gone = O müşteri artık defterde değil.
msg-book-gone = { $what } artık defterde değil.
msg-book-tenant-gone = Kiracınız artık defterde değil.
msg-book-tenant-taken = { $tenant } zaten defterde
msg-book-tenant-twice-in-export = { $tenant } dışa aktarımda iki kez var
msg-book-domain-taken = { $domain } defterdeki başka bir müşteriye ait
msg-book-login-taken = { $email } zaten başka bir müşterinin kullanıcısı
msg-book-profile-changed = şirket profili siz açtıktan sonra başka biri tarafından değiştirildi; değişikliği görmek için yeniden açın.
msg-book-record-changed = { $record } siz açtıktan sonra başka biri tarafından değiştirildi; değişikliği görmek için yeniden açın.
msg-book-record-changed-by = { $record } siz açtıktan sonra değiştirildi (değiştiren: { $by }); değişikliği görmek için yeniden açın.
msg-customer-contact-not-a-user = { $email } bir iş ortağı kullanıcısı değil
msg-customer-cannot-support = { $name } bir Yönetici aracısı veya Yardım masası aracısı değil, bu yüzden müşterilere destek veremez
msg-customer-choose-offer = bir teklif seçin
msg-customer-no-reseller-relationship = { $company } ile bayi ilişkiniz yok.
msg-customer-live-subscriptions = { $company } müşterisinin hâlâ { $count } etkin aboneliği var ({ $ids }); önce bunları askıya alın, sonra ilişkiyi kaldırın.
msg-input-required = gerekli
msg-input-not-one-line = denetim karakteri içermeyen tek bir satır olmalı
msg-input-control-characters = denetim karakteri içermemeli
msg-input-bidi-override = sağdan sola geçersiz kılma karakteri içermemeli
msg-input-line-separators = satır veya paragraf ayırıcı içermemeli
msg-input-invisible-tags = görünmez etiket karakteri içermemeli
msg-input-nothing-visible = görünür karakter içermiyor
msg-input-too-long = çok uzun (en fazla { $max } karakter)
msg-input-domain-not-ascii = a–z harfleri, rakamlar ve kısa çizgi kullanılmalı (uluslararası bir adı xn-- biçiminde girin)
msg-input-domain-needs-dot = “{ $domain }” contoso.com gibi bir nokta içermeli
msg-input-domain-empty-part = “{ $domain }” noktalar arasında boş bir bölüm içeriyor
msg-input-domain-part-too-long = { $max } karakterden uzun bir bölüm içeriyor
msg-input-domain-characters = “{ $domain }” yalnızca harf, rakam, kısa çizgi ve nokta içerebilir
msg-input-domain-hyphen-at-edge = bölümler kısa çizgiyle başlamamalı veya bitmemeli
msg-input-domain-ends-in-number = bir sayıyla değil, bir adla bitmeli
msg-input-initial-domain-suffix = .{ $suffix } ile bitmeli
msg-input-initial-domain-name = .{ $suffix } öncesindeki ad 1–{ $max } harf ve rakam olmalı
msg-input-email-without-at = “{ $text }” bir e-posta adresi değil (@ yok)
msg-input-email-local-length = @ işaretinden önce 1–{ $max } karakter gerekir
msg-input-email-local-characters = “{ $text }”, bir e-posta adresinde @ öncesinde olamayacak karakterler içeriyor
msg-input-partner-id-not-digits = “{ $text }” bir iş ortağı kimliği değil: yalnızca rakam kullanın
msg-input-partner-id-length = iş ortağı kimliği { $min } veya { $max } rakamdır
msg-input-not-positive = pozitif bir tam sayı olmalı
msg-input-not-whole-number = “{ $text }” bir tam sayı değil
msg-input-at-least = en az { $min } olmalı
msg-input-at-most = en fazla { $max } olmalı
msg-input-at-least-days = en az { $min } gün olmalı
msg-input-product-key-shape = XXXXX-XXXXX-XXXXX-XXXXX-XXXXX biçiminde olmalı
msg-input-product-key-character = “{ $character }” bir ürün anahtarında hiç bulunmaz (O/0, I/1 ve ünlüleri denetleyin)
msg-input-phone-characters = yalnızca rakam, boşluk, + - . ( ) içerebilir
msg-input-phone-digits = { $min } ile { $max } arasında rakam gerekir
msg-input-not-a-country = “{ $text }” VN, TR veya CN gibi iki harfli bir ülke kodu değil
msg-input-not-a-tenant-id = “{ $text }” bir kiracı kimliği değil; kiracı kimliği 8b2f7c1e-4a5d-4e3b-9f10-2c6d8e9a0b1c gibi bir GUID'dir
msg-input-cloud-required = gerekli: public, usgov, germany veya 21vianet
msg-input-not-an-iso-country = `{ $text }` VN gibi bir ISO 3166-1 ülke kodu değil
msg-input-not-an-id = `{ $text }` { $prefix }-12 gibi bir kimlik değil
msg-input-not-a-role-id = `{ $text }` bir rol kimliği değil (62e90394-69f5-4237-9190-012177145e10 gibi bir GUID)
msg-offer-partner-offers = Teklifi yalnızca bir iş ortağı kullanıcısı yapabilir.
msg-offer-not-advisor = { $partner } danışman olarak yetkili değil ve deneme davetleri ile satın alma teklifleri danışman yetkisi gerektirir; Genel Yöneticinizden şirket profilini denetlemesini isteyin.
msg-offer-not-certified = { $partner } temsilci yönetim sağlamak için sertifikalı değil; şirket profili bunu belirttiğinde teklif edilebilir.
msg-offer-one-trial = bir deneme daveti tam olarak bir deneme aboneliği taşır; bir teklif seçin
msg-offer-no-trial = { $offer } için deneme yok; başka bir teklif seçin veya satın alma teklifi gönderin
msg-offer-reseller-not-offered = Bayi ilişkisi teklif edilmez, istenir.
msg-offer-no-lines = en az bir hizmet seçin ve lisans sayısını girin
msg-offer-twice = { $offer } teklifte iki kez var; bir kez girin
msg-offer-line-licences = { $offer }: { $problem }
msg-offer-already-admin = { $company } zaten { $partner } iş ortağına temsilci yönetici izinleri veriyor.
msg-offer-no-subscription-yet = { $company } müşterisinin henüz aboneliği yok; temsilci yönetim teklifi bir satın almadan sonra gelir. Bunun yerine temsilci yönetimli bir deneme daveti veya satın alma teklifi gönderin.
msg-offer-customer-uses = Bir teklifi iş ortağı değil, müşteri kullanır.
msg-offer-customer-admin-uses = Bir teklifi müşterinin Genel Yöneticisi kullanır; bu kişi olarak oturum açın (--as).
msg-offer-used-already = { $company }, { $id } teklifini { $on } tarihinde zaten kullandı; başka bir şeye ihtiyacınız varsa { $partner } iş ortağından yeni bir teklif isteyin.
msg-offer-has-offer-already = { $company } zaten { $offer } sahibi ({ $subscription }, { $status }); deneme, henüz sahip olunmayan bir teklif içindir.
msg-offer-reseller-invitation = { $id } bir bayi davetidir, teklif değildir.
msg-offer-not-part-of = { $offer } bu teklifin parçası değil
msg-offer-trial-count-fixed = denemenin lisans sayısı { $count } olarak sabit; denemeden sonra, satın alırken değiştirin
msg-offer-not-in-catalogue = { $offer } katalogda yok
msg-offer-not-a-link = bu bir partnerdesk bağlantısı değil; size gönderilen URL'nin tamamını yapıştırın
msg-offer-unknown-link = defterde bu bağlantıya sahip teklif yok; temizlenmiş olabilir
msg-offer-link-is-reseller = { $id } bir bayi davetidir, teklif değildir
msg-offer-terms-lost = { $id } teklif ettiği içeriği kaybetti
msg-partner-unknown-id = { $id } defterde bilinen bir iş ortağı değil; kimliği denetleyin veya önce iş ortağını dizine ekleyin (İş ortakları sekmesi, n)
msg-partner-add-unknown = { $id } defterde bilinmiyor: dizine eklemek için iş ortağı bilgilerini doldurun veya Esc.
msg-partner-fixed-partner-id = defterde müşteri varken sabittir: her ilişki ve kayıtlı iş ortağı bunu anar
msg-partner-fixed-cloud = defterde müşteri varken sabittir: her müşteri bu bulutta alındı
msg-partner-fixed-reseller = defterde müşteri varken sabittir: her bayi ilişkisi ve davet bağlantısı bununla yapıldı
msg-partner-own-id = { $id } sizin kendi iş ortağı kimliğiniz
msg-partner-in-directory = { $id } dizinde zaten { $name } olarak var
msg-partner-id-cannot-change = dizindeki bir iş ortağının kimliği değişemez; bunun yerine yeni kimliği ekleyin
msg-partner-not-in-directory = İş ortağı { $id } artık dizinde değil.
msg-partner-not-a-subscription = { $subscription }, { $company } müşterisinin bir aboneliği değil
msg-partner-already-partner-of-record = kayıtlı iş ortağı zaten bu; değişecek bir şey yok
msg-partner-customer-cannot-remove-reseller = Müşteri bir bayi ilişkisini kendisi kaldıramaz: { $partner } iş ortağından kaldırmasını isteyin (etkin abonelik kalmadığında Genel Yöneticisi kaldırabilir).
msg-partner-not-an-advisor = İş ortağı { $partner }, { $company } müşterisinin danışmanı değil.
msg-setup-neither-reseller-nor-advisor = ne bayi ne danışman olan bir iş ortağının ilgileneceği müşterisi olmaz; birini seçin
msg-setup-set-up-already = Bu defter zaten { $partner } iş ortağına ait (iş ortağı kimliği { $id }); bir defter bir kez kurulur. Bunun yerine şirket profilini düzenleyin (İş ortakları sekmesi, p).
msg-setup-book-in-use = { $path } zaten { $partner } defterini tutuyor; geri yükleme yeni bir defter oluşturur: başka bir --db verin veya önce o defteri taşıyın
msg-setup-book-has-records = { $path } zaten kayıt içeriyor; geri yükleme yeni bir defter oluşturur: başka bir --db verin
msg-user-global-admin-role = Genel Yönetici rolünü yalnızca bir Genel Yönetici verebilir veya alabilir
msg-user-already-user = { $email } zaten bir iş ortağı kullanıcısı
msg-user-last-global-admin = { $name } son Genel Yönetici; önce başka birini Genel Yönetici yapın
msg-user-own-roles = kendi rollerinizi değiştiremezsiniz; başka bir Genel Yöneticiye başvurun
msg-user-not-a-user = { $email } bir iş ortağı kullanıcısı değil.
msg-user-no-longer-user = { $email } artık bir iş ortağı kullanıcısı değil.
msg-user-remove-yourself = Kendinizi kaldıramazsınız; başka bir yöneticiye başvurun.
msg-user-last-global-admin-removed = { $name } son Genel Yönetici ve kaldırılamaz.
msg-user-managed-by-partner = İş ortağı kullanıcılarını iş ortağı yönetir.
msg-inv-partner-requests = Bayi ilişkisini yalnızca bir iş ortağı kullanıcısı isteyebilir.
msg-inv-not-reseller = { $partner } bayi olarak yetkili değil; Genel Yöneticinizden şirket profilini denetlemesini isteyin.
msg-inv-admin-required = { $partner } { $cloud } bulutunda; orada bayi ilişkisi her zaman temsilci yönetici izinlerini içerir.
msg-inv-already-reseller = { $company } ile { $partner } arasında zaten bir bayi ilişkisi var.
msg-inv-already-waiting = { $id } zaten { $company } için bekliyor ({ $status }); yeniden göndermek için açın veya önce iptal edin.
msg-inv-cannot-send = { $id } durumu: { $status }; yalnızca taslak veya gönderilmiş bir davet gönderilebilir.
msg-inv-link-changed = kişiselleştirilmiş bağlantı eksik veya değişmiş; tam olarak eski haliyle geri koyun (Ctrl-L ekler).
msg-inv-cannot-revoke = { $id } durumu: { $status }; yalnızca taslak veya gönderilmiş bir davet iptal edilebilir.
msg-inv-no-longer-draft = { $id } artık bir taslak değil.
msg-inv-customer-accepts = Daveti iş ortağı değil, müşteri kabul eder.
msg-inv-used-through-link = { $id } bir { $kind }; bağlantısıyla kullanılır, bayi daveti olarak kabul edilmez.
msg-inv-not-sent-to = { $id }, { $company } müşterisine gönderilmedi.
msg-inv-ineligible-syndication = { $company } mevcut bir Syndication müşterisi, bu yüzden bayi ilişkisini kabul edemez.
msg-inv-ineligible-cpc = { $company } mevcut bir CPC müşterisi, bu yüzden bayi ilişkisini kabul edemez.
msg-inv-not-sent-yet = { $id } henüz gönderilmedi; iş ortağı önce taslağı bitirmeli.
msg-inv-offer-no-longer-open = { $id } durumu: { $status }; artık kullanılamaz. { $partner } iş ortağından yeni bir teklif isteyin.
msg-inv-no-longer-open = { $id } durumu: { $status }; artık kabul edilemez. { $partner } iş ortağından yeni bir davet isteyin.
msg-inv-mca-not-accepted = { $company } bunu henüz kabul etmedi; bu daveti kabul ederken onu da kabul edin.
msg-inv-admin-held-elsewhere = İş ortağı { $holder } şu anda { $company } için yönetici izinlerine sahip; aynı anda yalnızca bir iş ortağı sahip olabilir. Bunları { $partner } iş ortağına taşımayı açıkça seçin.
msg-inv-offer-not-declined = { $id } her müşteriye açık bir teklif bağlantısı; reddedilecek bir şey yok — kullanmamanız yeterli.
msg-inv-not-waiting-for = { $id }, { $company } için beklemiyor.
msg-inv-no-recipient = gerekli: bu müşterinin kayıtlı Genel Yöneticisi yok
msg-inv-not-a-link = Bu bir partnerdesk davet bağlantısı değil; e-postadaki bağlantının tamamını yapıştırın.
msg-inv-unknown-link = Defterde bu bağlantıya sahip davet yok; temizlenmiş olabilir.
msg-inv-not-addressed = { $id } bu defterdeki bir müşteriye gönderilmemiş.
msg-perm-partner = { $op } için gereken: { $roles }; sizin rolleriniz: { $you }.
msg-perm-other-tenant = { $op } için gereken: { $roles }; siz bu müşteride değil, { $company } içinde oturum açtınız.
msg-perm-not-global-admin = { $op } için gereken: { $roles }; { $email }, { $company } için Genel Yönetici değil.
msg-perm-customer = { $op } için gereken: { $roles }; bunu müşteri değil, iş ortağı yapar.
op-request-reseller = Bayi ilişkisi istemek
op-edit-invitation = Daveti düzenlemek veya göndermek
op-revoke-invitation = Daveti iptal etmek
op-purge-invitations = Eski davetleri temizlemek
op-send-offer = Deneme daveti veya teklif göndermek
op-add-customer = Müşteri eklemek
op-edit-customer = Müşteri bilgilerini düzenlemek
op-assign-support-contact = Destek kişileri atamak
op-open-service-request = Müşteri adına hizmet isteği açmak
op-add-subscription = Abonelik kurmak
op-remove-reseller = Bayi ilişkisini kaldırmak
op-manage-partner-users = İş ortağı kullanıcılarını ve rollerini yönetmek
op-edit-company-profile = Şirket profilini düzenlemek
op-manage-directory = İş ortağı dizinini yönetmek
op-manage-admin-relationships = Yönetici ilişkileri oluşturmak veya sonlandırmak
op-accept-invitation = Daveti kabul etmek
op-set-partner-of-record = Kayıtlı iş ortağını ayarlamak
op-manage-customer-admin-privileges = Bir iş ortağının yönetici izinlerini kaldırmak veya yeniden atamak
roles-admin-or-sales-agent = Yönetici aracısı veya Satış temsilcisi rolü ya da Genel Yönetici
roles-send-offer = Yönetici aracısı veya Satış temsilcisi rolü, desteklediğiniz şirketlerde yönetici erişimi ya da Genel Yönetici
roles-admin-agent-or-global = Yönetici aracısı rolü veya Genel Yönetici
roles-admin-or-helpdesk-agent = Yönetici aracısı veya Yardım masası aracısı rolü ya da Genel Yönetici
roles-any-agent = Yönetici, Satış veya Yardım masası aracısı rolü ya da Genel Yönetici
roles-global-admin = Genel Yönetici
roles-global-or-user-management-admin = Genel Yönetici veya Kullanıcı yönetimi yöneticisi
roles-admin-agent = Yönetici aracısı rolü
roles-customer-global-admin = müşteri kiracısının bir Genel Yöneticisi
subscription-status-in-sentence-active = etkin
subscription-status-in-sentence-trial = deneme
subscription-status-in-sentence-suspended = askıda
subscription-status-in-sentence-expired = süresi doldu

## The names of the inputs a refusal points at

input-admin-email = Yönetici e-postası
input-admin-name = Yönetici adı
input-cloud = Bulut
input-company = Şirket
input-company-role = Şirket rolü
input-contact-email = İlgili kişi e-postası
input-country = Ülke
input-delegated-admin = Temsilci yönetici
input-description = Açıklama
input-domain = Etki alanı
input-duration = Süre
input-email = E-posta
input-kind = Tür
input-licences = Lisanslar
input-link = Bağlantı
input-mca = Microsoft Müşteri Sözleşmesi
input-name = Ad
input-offer = Teklif
input-partner = İş ortağı
input-partner-id = İş ortağı kimliği
input-phone = Telefon
input-product-key = Ürün anahtarı
input-provider-tenant = Sağlayıcı kiracısı
input-recipient = Alıcı
input-reseller = Bayi
input-roles = Roller
input-subject = Konu
input-support-contacts = Destek kişileri
input-tenant-id = Kiracı kimliği
input-title = Başlık
input-address = Adres
input-admin-agent = Yönetici aracısı
input-advisor = Danışman olarak yetkili
input-auto-extend = Otomatik uzatma
input-city = Şehir
input-customer = Müşteri
input-dap-certified = Temsilci yönetim sertifikalı
input-helpdesk-agent = Yardım masası aracısı
input-includes = İçerir
input-invitation = Davet
input-move-admin = Yönetici izinlerini taşı
input-partner-of-record = Kayıtlı iş ortağı
input-postal-code = Posta kodu
input-sales-agent = Satış temsilcisi
input-severity = Önem derecesi
input-subscription = Abonelik
input-supported-companies = Desteklenen şirketler
input-trial = Deneme
input-used-by = Kullanan
input-where = Nerede
refusal-about = { $input }: { $msg }

## The invitation and offer emails, in the customer's language (src/text/letters.rs).

letter-reseller-subject = { $partner } sizi Microsoft bayi ilişkisine davet ediyor ({ $company })
letter-reseller-body =
    Sayın Yetkili,

    { $partner } olarak { $company } için Microsoft Bulut Çözümü Sağlayıcınız olmak istiyoruz; böylece abonelik satın almanıza ve çevrimiçi hizmetlerinizi yönetmenize yardımcı olabiliriz.

    Kabul etmek için { $company } kuruluşunun bir Genel Yöneticisi bu bağlantıyı açar ve { $portal } üzerinde oturum açar:

    { $link }

    Microsoft Müşteri Sözleşmesi'ni henüz kabul etmediyseniz, bu daveti kabul ederken sözleşmeyi de kabul etmeniz istenecektir.

    Saygılarımızla,
    { $sender }
    { $partner }
letter-reseller-body-admin =
    Sayın Yetkili,

    { $partner } olarak { $company } için Microsoft Bulut Çözümü Sağlayıcınız olmak istiyoruz; böylece abonelik satın almanıza ve çevrimiçi hizmetlerinizi yönetmenize yardımcı olabiliriz.

    İstek, temsilci yönetici izinlerini de içerir; böylece { $partner } hizmetlerinizi sizin adınıza yönetebilir. Bu izinleri yönetim merkezinizden istediğiniz zaman kaldırabilirsiniz.

    Kabul etmek için { $company } kuruluşunun bir Genel Yöneticisi bu bağlantıyı açar ve { $portal } üzerinde oturum açar:

    { $link }

    Microsoft Müşteri Sözleşmesi'ni henüz kabul etmediyseniz, bu daveti kabul ederken sözleşmeyi de kabul etmeniz istenecektir.

    Saygılarımızla,
    { $sender }
    { $partner }
letter-offer-greeting = Sayın Yetkili ({ $company }),
letter-offer-greeting-anyone = Merhaba,
letter-trial-subject = { $offer } ürününü { $days } gün ücretsiz deneyin
letter-trial-offer =
    { $partner } sizi Microsoft çevrimiçi hizmetlerini { $days } gün ücretsiz denemeye davet ediyor:

    { $lines }
letter-purchase-subject = { $partner } size özel Microsoft 365 teklifi
letter-purchase-offer =
    { $partner } sizin için bu teklifi hazırladı:

    { $lines }

    Satın alırken lisans sayısını değiştirebilirsiniz.
letter-administration-subject = { $partner } Microsoft hizmetlerinizi yönetmeyi teklif ediyor
letter-administration-offer = { $partner }, destek ekibimizin size doğrudan yardımcı olabilmesi için Microsoft aboneliklerinizi sizin adınıza yönetmeyi teklif ediyor.
letter-offer-admin-line = Teklif temsilci yönetimi içerir: { $partner } aboneliği sizin adınıza yönetecek. Bunu yönetim merkezinizden istediğiniz zaman kaldırabilirsiniz.
letter-offer-close =
    Kabul etmek için kuruluşunuzun bir Genel Yöneticisi bu bağlantıyı açar ve oturum açar:

    { $link }

    Saygılarımızla,
    { $sender }
    { $partner }
letter-offer-line = {"  "}• { $name } — { $count } lisans

## Microsoft portals, as Microsoft names them in this language

portal-m365-admin-center = Microsoft 365 yönetim merkezi
portal-office-admin-portal = Microsoft Office Yönetici portalı
portal-21vianet-admin-center = 21Vianet yönetim merkezi

## The lists' narrow columns and the partner's region

anyone-with-link = Bağlantıya sahip herkes
age-days = { $days } g
expires-in-days = { $days } g içinde
region = { $country } ({ $code }) · { $cloud } bulut

## More of permissions and customers

gdap-name-placeholder = … için yardım masası
auto-extend-on = { $id } otomatik uzatılıyor.
auto-extend-off = { $id } otomatik uzatılmıyor.
export-stopped = dışa aktarma durdu
opened-by = açan: { $who }, { $on }

## Opening and writing the book file (src/text/book.rs)

open-locked = { $path } başka bir partnerdesk işleminde açık; onu kapatın veya operatörlerin defteri `partnerdesk serve` üzerinden paylaşmasını sağlayın.
open-not-a-book = { $path } bir partnerdesk defteri değil; bir defterin yolunu ya da yeni bir defter için yeni bir dosya adı verin.
open-newer-schema = { $path } daha yeni bir partnerdesk tarafından yazıldı (şema v{ $found }; bu sürüm en fazla v{ $supported } okur); açmak için partnerdesk'i yükseltin.
open-missing = { $path } konumunda defter yok; şirketinizin defterini `partnerdesk init --db { $path } …` ile kurun veya `partnerdesk demo` deneyin.
open-needs-repair = { $path } düzgün kapatılmadı ve onarılması gerekiyor (yazma gerektirir): bir kez --read-only olmadan açın (veya `partnerdesk serve` açsın).
open-needs-upgrade = { $path } daha eski bir partnerdesk tarafından yazıldı: güncellemek için bir kez --read-only olmadan açın.
open-is-directory = { $path } bir klasör; içindeki bir defter dosyasının yolunu verin.
open-unavailable = { $path } açılamıyor: { $reason }.
file-permission-denied = izin reddedildi
file-read-only-file-system = dosya sistemi salt okunur
file-disk-full = disk dolu
file-damaged = dosya hasarlı ({ $detail })
write-storage = Defter yazılamadı, hiçbir şey değişmedi: { $error }

## The customer record's lines

domain-and-tenant = { $domain }  ·  kiracı { $tenant }
address-and-contacts = { $address }  ·  destek kişileri: { $contacts }
record-region = { $country } ({ $code })  ·  { $cloud } bulut

## Administering a customer from its record, the audit event, the command line
tenant-key-suspend = askıya al
tenant-key-reactivate = yeniden etkinleştir
tenant-key-quantity = lisans sayısı
tenant-key-cancel-subscription = aboneliği iptal et
tenant-key-assign = lisans ata
tenant-key-unassign = lisans atamasını kaldır
tenant-key-add-tenant-user = kullanıcı ekle
tenant-key-reset-password = parolayı sıfırla
tenant-key-global-admin = Genel Yönetici rolü
tenant-suspend-title = Aboneliği askıya al
tenant-suspend-submit = askıya al
tenant-reactivate-title = Aboneliği yeniden etkinleştir
tenant-reactivate-submit = yeniden etkinleştir
tenant-quantity-title = Lisans sayısını değiştir
tenant-quantity-submit = değiştir
tenant-cancel-title = Aboneliği iptal et
tenant-cancel-submit = iptal et…
tenant-assign-title = Lisans ata
tenant-assign-submit = ata
tenant-unassign-title = Lisans atamasını kaldır
tenant-unassign-submit = kaldır
tenant-add-tenant-user-title = Kullanıcı ekle
tenant-add-tenant-user-submit = kullanıcıyı ekle
tenant-reset-title = Parola sıfırla
tenant-reset-submit = sıfırla
tenant-reset-hint = Tek kullanımlık geçici bir parola oluşturulur ve bir kez gösterilir; defter onu asla saklamaz.
tenant-password-title = Geçici parola
tenant-password-done = tamam
tenant-password-hint = Bunu şimdi kullanıcıya verin: yalnızca bu kez gösterilir ve saklanmaz. Kullanıcı ilk oturum açışta kendi parolasını seçer.
tenant-global-admin-title = Genel Yönetici yap veya kaldır
tenant-global-admin-submit = kaydet
tenant-make-global-admin = Genel Yönetici yap
tenant-remove-global-admin = Genel Yöneticiliği kaldır
tenant-quantity-hint = atanmış lisans sayısından az olamaz
tenant-add-user-global-hint = Yeni kullanıcıya kiracıda Genel Yönetici rolü verin.
tenant-cancel-detail = Kayıttan çıkar ve lisansları sahip olan kullanıcılardan geri alınır; denetim günlüğü onu saklar.
record-scroll-hint = kaydırmak için ↑↓ PgUp PgDn
key-command-line = komut satırı: adıyla her eylem, :customer ALAN-ADI, :inv INV-12, :theme light, :lang vi, :tz Europe/Istanbul
key-run-command = çalıştır
key-complete = tamamla
command-title = Komut
key-audit-event = önce → sonra
audit-event-title = Denetim kaydı { $seq } — { $action }
audit-via = Oturum açma yolu
audit-changes = Değişenler (önce → sonra)
audit-nothing-recorded = Bu kayıt hiçbir alan içermiyor.
audit-whole = değer
key-mca-hint = Genel Yöneticisi Microsoft Müşteri Sözleşmesi'ni kabul etti: kabulde olduğu gibi şimdi kaydedilir. Ürün anahtarı için gereklidir.
key-dap-hint = Aynı anda yetkilendirilmiş yönetim önerin: bu müşteri için Davetler'de bir yetkilendirilmiş yönetici teklifi taslağı hazırlanır.
msg-customer-product-key-needs-advisor = Ürün anahtarları danışman olarak yetkilendirilmiş iş ortakları içindir; { $partner } değil (şirket profili hangi yetkilere sahip olduğunuzu gösterir).
msg-customer-mca-needed-for-key = { $company } henüz Microsoft Müşteri Sözleşmesi'ni kabul etmedi: Genel Yöneticisi kabul ettiğinde bunu işaretleyin.
op-manage-subscriptions = Bir müşterinin aboneliklerini değiştirmek
op-manage-tenant-users = Bir müşterinin kullanıcılarını yönetmek
roles-manage-subscriptions = Admin, Sales veya Helpdesk agent rolü, Tam yönetim ya da Genel Yönetici
roles-manage-tenant-users = Tam veya Sınırlı yönetim, Admin ya da Helpdesk agent rolü veya Genel Yönetici (kendi kiracısında: bir Genel Yönetici)
input-global-admin = Genel Yönetici
input-temporary-password = Geçici parola
input-user = Kullanıcı

## the command line, the config file's key bindings, and the language of a session
config-unknown-action = “{ $action }” adında bir eylem yok (`partnerdesk config --actions` hepsini listeler; sekmeler ve hareket tuşları kendi tuşlarını korur)
config-key-taken = { $key } orada zaten “{ $other }” eyleminin tuşu; onu da yeniden atayın ya da başka bir tuş seçin
command-needs = :{ $command } için { $argument } gerekir
command-unknown = “{ $command }” diye bir komut yok; birkaç harften sonra Tab, öyle başlayanları listeler.
command-no-customer = Listede “{ $wanted }” etki alanına veya kiracı kimliğine sahip müşteri yok.
command-no-invitation = Bu listede { $id } daveti yok.
command-language = partnerdesk { $language } dilini konuşmuyor; :lang en, vi, tr veya zh-CN alır.
zone-now = Saatler artık { $zone } saat diliminde gösteriliyor.
zone-is = Saatler { $zone } diliminde; değiştirmek için :tz AD (ör. Europe/Istanbul).
zone-unknown = “{ $zone }” bir saat dilimi değil; :tz, Europe/Istanbul gibi bir ad alır.
subscription-added-with-offer = Abonelik kuruldu: { $company }; temsilci yönetici teklifi { $offer } Davetler'de gönderilmeyi bekleyen bir taslak.
clipboard-subject = Konu: { $subject }
ssh-no-pty = partnerdesk bir terminal gerektirir: `ssh -t` ile yeniden bağlanın.
ssh-no-pty-key = partnerdesk bir terminal gerektirir ve bu anahtarın terminal açmasına izin verilmiyor (no-pty ya da pty'siz restrict).
ssh-busy = partnerdesk: çok fazla oturum açık; birazdan yeniden deneyin.

## the subcommands (src/text/cli.rs)
cli-no-organization = bu defterde henüz bir iş ortağı kuruluşu yok
cli-quantity-for-offers = --quantity satın alma teklifleri içindir; bu bağlantı bir bayi daveti
cli-mca-accepted = Microsoft Müşteri Sözleşmesi de bununla birlikte kabul edildi.
cli-no-customer = defterde kiracı kimliği veya etki alanı { $key } olan müşteri yok
cli-no-customer-domain = defterde etki alanı { $domain } olan müşteri yok
cli-cloud-usage = --cloud { $cloud }: public, usgov, germany veya 21vianet kullanın
cli-accepted = { $admin ->
    [yes] { $invitation } kabul edildi: { $partner } artık { $customer } müşterisinin bayisi, temsilci yönetici izinleriyle birlikte.
   *[no] { $invitation } kabul edildi: { $partner } artık { $customer } müşterisinin bayisi.
}
cli-admin-moved = Yönetici izinleri { $from } iş ortağından taşındı.
cli-portal = (Microsoft'un portallarında bu müşteri kabulü { $portal } içinde yapar.)
cli-stays-listed = { $company } listenizde kalıyor: başka bir ilişki sürüyor.
cli-customer-added = { $company }, { $domain } olarak eklendi (kiracı { $tenant }).
cli-customer-added-no-admin = Bayisi sizsiniz, yönetici izinleri olmadan: bunları onun Genel Yöneticisi verir. İstemek için: partnerdesk invite --customer { $domain } --restore-admin

## Languages and time zones in the config file and the command line's text output
config-zone-unknown = “{ $zone }” saat dilimi veritabanında bulunan bir saat dilimi değil; Europe/Istanbul gibi bir ad yazın.
config-language-unknown = partnerdesk “{ $language }” dilini konuşmuyor; şunlardan birini kullanın: { $languages }.
catalogue-offer-line = { $id }  { $name } en çok { $licences }  { $trial } { $services }
session-unknown-user = { $email } bu defterde ne bir iş ortağı kullanıcısı ne de bir müşterinin kullanıcısı; adresi denetleyin ya da kullanıcıları `partnerdesk export` ile listeleyin.

## The SSH server's own lines, for whoever runs `serve`
ssh-serving = { $listen } üzerinde { $keys } anahtar için hizmet veriliyor; sunucu anahtarı { $fingerprint } ({ $path })
ssh-file-limit-raised = açık dosya sınırı { $before } değerinden { $after } değerine yükseltildi
ssh-key-line-skipped = { $path } satır { $line } atlandı: { $why }

## What bringing an older book up to date did (the migration log)
migration-schema = şema v{ $from } → v{ $to }
migration-steps = { $schema }: { $steps }
migration-separator = ;{" "}
migration-list-rows = { $customers } müşterinin liste satırları yeniden oluşturuldu
migration-catalogue-kept = teklif kataloğu olduğu gibi bırakıldı
migration-catalogue-added = { $offers } tekliflik varsayılan katalog eklendi
migration-audit-reduced = { $records } denetim kaydı yalnızca değişen alanlarına indirildi
migration-checksums = { $tables } tablonun { $records } kaydına sağlama toplamı eklendi
migration-operator-settings = operatörlerin kendi dilleri için bir tablo eklendi

## The language of a reseller request's email, chosen in the request form (or --email-lang)
input-email-language = E-posta dili
email-language-by-country = müşterinin ülkesinin dili
email-language-of-country = { $language } (ülkesinin dili)
cli-help-invite--email-lang = E-postanın dili: en, vi, tr veya zh-CN (varsayılan: müşterinin ülkesinin dili)

## An offer's page: what it offers
offered-line = { $name } — { $licences } lisans
offered-trial-line = { $name } — { $licences } lisans, { $days } gün

## A form's checkbox that cannot be changed
field-locked = kilitli

## Key scripts (`snapshot --keys`, the config file's keys)
keyscript-bad = “{ $token }” konumunda hatalı tuş betiği: { $reason }
keyscript-resize = yeniden boyutlandırma <resize:80x24> biçiminde yazılır
keyscript-width = genişlik bir sayı değil
keyscript-height = yükseklik bir sayı değil
keyscript-size = ekran her yönde 1 ile 1000 hücre arasıdır
keyscript-unknown-key = bilinmeyen tuş adı (bkz. `partnerdesk snapshot --help`)
keyscript-unclosed = bir < işaretinin kapanış > işareti yok (< işaretinin kendisi için <lt> yazın)

## When the desk stops on an internal error (the terminal is restored first)
crash-stopped = { $location } konumunda bir iç hata nedeniyle durdu: { $message }
crash-changes-safe = Daha önce kaydedilen her değişiklik defterde güvende.
crash-log = Günlük { $log } konumunda; lütfen bir hata raporuna ekleyin.
