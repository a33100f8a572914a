# partnerdesk — tr: administering a customer from its record: subscriptions, users, licences, contacts, company profile, region and cloud.
# Same ids and arguments in every locale (tests: i18n::tests).

## Kural 3: CSP bölgeleri ve bulutlar.
csp-region-africa = Afrika
csp-region-asia-pacific = Asya ve Pasifik
csp-region-australia = Avustralya
csp-region-brazil = Brezilya
csp-region-canada = Kanada
csp-region-europe = Avrupa
csp-region-india = Hindistan
csp-region-japan = Japonya
csp-region-korea = Kore
csp-region-latin-america-caribbean = Latin Amerika ve Karayipler
csp-region-middle-east-central-eastern-europe = Orta Doğu, Orta ve Doğu Avrupa
csp-region-new-zealand = Yeni Zelanda
csp-region-russia = Rusya
csp-region-taiwan = Tayvan
csp-region-united-states = Amerika Birleşik Devletleri
msg-customer-other-cloud = { $company } şu bulutta: { $cloud }; { $partner } şu bulutta: { $partner_cloud } ve yalnızca kendi bulutundaki müşterilerle işlem yapar.
msg-customer-other-region = { $company } şurada: { $country_name } ({ $country }), { $partner } kuruluşunun CSP bölgesinin ({ $region }) dışında; bir iş ortağı yalnızca kendi ülkesindeki veya CSP bölgesindeki müşterilerle işlem yapar.
msg-customer-other-country = { $company } şurada: { $country_name } ({ $country }); { $partner } kendi başına bir CSP pazarı olan şu ülkede: { $partner_country_name } ({ $partner_country }) ve yalnızca oradaki müşterilerle işlem yapar.

## Müşteri kaydından kiracı yönetimi: retler.
msg-tenant-no-admin-privileges = { $company } için yönetici izinleriniz yok: kullanıcılarını kendi Genel Yöneticileri yönetir ya da ona bir temsilci yönetici teklifi gönderin.
msg-tenant-no-tenant-role = Rolleriniz desteklenen şirketleri yönetmenize izin vermiyor: Tam yönetim ya da Sınırlı yönetim veya bir aracı rolü isteyin.
msg-tenant-not-reseller = { $company } müşterisinin bayisi değilsiniz: aboneliklerini yalnızca onları satan iş ortağı değiştirir.
msg-tenant-bought-through-partner = Bir iş ortağı aracılığıyla alınan abonelikleri o iş ortağı değiştirir: bayinize başvurun.
msg-tenant-no-such-subscription = { $company } müşterisinin { $subscription } aboneliği yok.
msg-tenant-no-such-user = { $email }, { $company } kiracısının kullanıcısı değil.
msg-tenant-user-exists = { $email } zaten bu kiracının kullanıcısı.
msg-tenant-is-suspended = { $subscription } askıya alındı: önce yeniden etkinleştirin.
msg-tenant-has-expired = { $subscription } süresi doldu: artık hiçbir şey onu değiştiremez.
msg-tenant-is-trial = { $subscription } bir deneme: satın alınana kadar lisans sayısı sabittir.
msg-tenant-is-active = { $subscription } etkin: yeniden etkinleştirilecek bir şey yok.
msg-tenant-quantity-unchanged = { $subscription } zaten { $quantity } lisansa sahip.
msg-tenant-below-assigned = en az { $assigned } olmalı: { $subscription } aboneliğinin { $assigned } lisansı atanmış; önce atamaları kaldırın
msg-tenant-all-assigned = { $subscription } aboneliğinin { $quantity } lisansının tümü atanmış: lisans ekleyin ya da önce birinin atamasını kaldırın.
msg-tenant-already-assigned = { $email } zaten { $subscription } lisansına sahip.
msg-tenant-not-assigned = { $email } kullanıcısının { $subscription } lisansı yok.
msg-tenant-reset-needs-global = { $email } bir Genel Yönetici: bir yöneticinin parolasını yalnızca Tam yönetim sıfırlar.
msg-tenant-needs-global = Bu, kiracının bir genel yöneticisini gerektirir (Tam yönetim veya Yönetici aracısı); Sınırlı yönetim yalnızca parola sıfırlar.
msg-tenant-already-global-admin = { $email } zaten Genel Yönetici.
msg-tenant-not-global-admin = { $email } Genel Yönetici değil.
msg-tenant-last-global-admin = { $email }, { $company } kiracısının son Genel Yöneticisi: önce başka bir kullanıcıyı Genel Yönetici yapın.

## Müşteri kaydından kiracı yönetimi: ekranlar ve sonuçlar.
tenant-no-subscriptions = { $company } müşterisinin aboneliği yok.
tenant-no-users = { $company } kiracısının kullanıcısı yok.
tenant-subscription-option = { $id } · { $status } · { $assigned }/{ $quantity } atandı · { $offer }
tenant-user-option = { $email } · { $name }
tenant-user-option-global-admin = { $email } · Genel Yönetici · { $name }
tenant-cancel-prompt = { $company } müşterisinin { $id } ({ $offer }) aboneliği iptal edilsin mi?
tenant-subscription-suspended = { $company } müşterisinin { $id } aboneliği askıya alındı.
tenant-subscription-reactivated = { $company } müşterisinin { $id } aboneliği yeniden etkin.
tenant-subscription-cancelled = { $company } müşterisinin { $id } aboneliği iptal edildi.
tenant-quantity-changed = { $id } artık { $quantity } lisansa sahip.
tenant-licence-assigned = { $email } artık { $id } lisansına sahip.
tenant-licence-unassigned = { $email } kullanıcısının { $id } lisansı geri alındı.
tenant-user-added = { $email } artık { $company } kiracısının kullanıcısı.
tenant-global-admin-given = { $email } artık Genel Yönetici.
tenant-global-admin-taken = { $email } artık Genel Yönetici değil.
tenant-password-reset = { $email } kullanıcısının parolası sıfırlandı.
tenant-suspend-and-remove-prompt = { $count } abonelik ({ $ids }) askıya alınıp { $company } ile bayi ilişkiniz kaldırılsın mı?
tenant-removal-detail = Yönetici izinleriniz ve destek kişileriniz de kaldırılır ve { $company } müşteri listenizden çıkar.
tenant-removal-detail-remains = Yönetici izinleriniz ve destek kişileriniz de kaldırılır; { $company } kalanlarla listenizde kalır: { $remains }.
tenant-granular-remains = ayrıntılı yönetici ilişkisi { $id }
tenant-suspended-and-removed = { $company } müşterisinin { $count } aboneliği askıya alındı ve bayi ilişkiniz kaldırıldı.

## Kayıtlı iş ortağı, müşteri tarafı (kural 10).
msg-partner-unknown-to-customer = { $id } burada bilinen bir iş ortağı değil; kimliği iş ortağıyla doğrulayın.
msg-partner-cannot-be-partner-of-record = { $name } ({ $kind }) kayıtlı iş ortağı olamaz: yalnızca bir bayi veya danışman olabilir.
msg-partner-neither-reseller-nor-advisor = { $name } ne bayi ne danışman olarak yetkilendirilmiş; bu yüzden kayıtlı iş ortağı olamaz.
msg-partner-in-other-cloud = { $name } şu bulutta çalışıyor: { $cloud }; kiracınız şu bulutta: { $customer_cloud }. Kayıtlı iş ortağı, müşterisinin bulutunda çalışır.
por-confirm = { $name }, { $sub } aboneliğinin kayıtlı iş ortağı yapılsın mı?
por-found = Kimlik denetimi { $name } kuruluşunu buldu: { $kind }, { $country_name } ({ $country }), { $cloud } bulutu, iş ortağı kimliği { $id }.

## Müşteri ekleme (kural 7).
customer-added-as-reseller = { $company } eklendi: bayisi sizsiniz; yönetici izinlerini onun Genel Yöneticisi verir (bir temsilci yönetici teklifi gönderin).

## Birden çok iş ortağı: yönetici izinlerini başka bir iş ortağında tutmak, geri yüklemek.
admin-key-restore-admin = yönetici izinlerinin geri yüklenmesini iste
admin-restore-title = Temsilci yönetici izinlerinin geri yüklenmesini iste
admin-restore-submit = E-postayı hazırla
admin-includes-restore = yalnızca temsilci yönetici izinleri: bayiniz bunları yeniden üstlenmek istiyor
admin-kind-restore-short = Geri yük
admin-restore-hint-holder = Bayi müşteriniz; yönetici izinleri şu anda { $holder } iş ortağında. Kabul edilirse size taşınır.
admin-restore-hint-none = Bayi müşteriniz; yönetici izinleri şu anda hiçbir iş ortağında değil. Kabul edilirse size verilir.
admin-move-or-keep-hint = Şu anda { $holder } sahip; yalnızca bir iş ortağı sahip olabilir. { $partner } iş ortağına taşımak için işaretleyin; { $holder } iş ortağında tutup yalnızca bayi ilişkisini kabul etmek için boş bırakın (yönetici izinleri verilmez).
admin-not-granted = yönetici izinleri istendi, verilmedi: müşteri izinleri sahibi olan iş ortağında tuttu
admin-restore-asked = yalnızca yönetici izinlerinin geri yüklenmesini istiyor
admin-accepted-restored = Kabul edildi: temsilci yönetici izinleriniz yeniden { $partner } iş ortağında. (Microsoft portallarında bu işlem şurada yapılır: { $portal }.)
admin-accepted-not-granted = Kabul edildi: { $partner } artık bayiniz; yönetici izinleriniz sahibi olan iş ortağında kaldı, bu yüzden verilmedi. (Microsoft portallarında bu işlem şurada yapılır: { $portal }.)
admin-cli-not-granted = Yönetici izinleri { $partner } iş ortağına verilmedi: sahibi olan iş ortağında kalıyor.
msg-inv-admin-choice-needed = İş ortağı { $holder } şu anda { $company } için yönetici izinlerine sahip; aynı anda yalnızca bir iş ortağı sahip olabilir. Seçin: izinleri { $partner } iş ortağına taşıyın ya da { $holder } iş ortağında tutup yalnızca bayi ilişkisini kabul edin.
msg-inv-restore-admin-move = İş ortağı { $holder } şu anda { $company } için yönetici izinlerine sahip; bu istek yalnızca izinleri { $partner } iş ortağına geri yükler, kabul etmek onları taşır: taşımayı seçin ya da olduğu yerde tutmak için isteği reddedin.
msg-inv-restore-needs-reseller = { $company }, { $partner } iş ortağının bayi müşterisi değil: bunun yerine (temsilci yönetici izinleriyle) bir bayi ilişkisi isteyin.
msg-inv-admin-held-already = { $partner } zaten { $company } için yönetici izinlerine sahip: geri yüklenecek bir şey yok.
letter-restore-admin-subject = { $partner }, { $company } kuruluşundan temsilci yönetici izinlerinin geri yüklenmesini istiyor
letter-restore-admin-body =
    Sayın Yetkili,

    { $partner } olarak { $company } için Microsoft Bulut Çözümü Sağlayıcınızız ve size destek sağlamaktan sorumlu olmaya devam ediyoruz. Hizmetlerinizi yeniden sizin adınıza yönetebilmek için temsilci yönetici izinlerimizi geri yüklemenizi rica ediyoruz. Bu izinlere aynı anda yalnızca bir iş ortağı sahip olabilir: şu anda başka bir iş ortağında ise kabul etmek onları { $partner } iş ortağına taşır. Bu izinleri yönetim merkezinizden istediğiniz zaman kaldırabilirsiniz.

    Kabul etmek için { $company } kuruluşunun bir Genel Yöneticisi bu bağlantıyı açar ve { $portal } üzerinde oturum açar:

    { $link }

    Saygılarımızla,
    { $sender }

## Kime, hangi izinler, ne kadar süreyle: müşteri onaylamadan önce söylenir.
admin-move-prompt = { $company } için yönetici izinleri { $partner } iş ortağına taşınsın mı?
admin-approve-prompt = { $id } ({ $name }) onaylansın mı?
admin-grant-everything = Genel Yönetici, dolayısıyla diğer tüm yönetici rolleri
admin-grant-summary =
    { $length ->
        [removed] { $partner } şunları alır: { $roles }; siz kaldırana kadar.
        [extending] { $partner } şunları alır: { $roles }; { $days } gün boyunca, ardından her seferinde 180 gün uzatılır.
       *[days] { $partner } şunları alır: { $roles }; { $days } gün boyunca.
    }
admin-grant-taken-from = { $holder } bu izinleri kaybeder: aynı anda yalnızca bir iş ortağı sahip olabilir.
admin-grant-support = { $reseller } bayiniz olarak destekten sorumlu olmaya devam eder.

## Birçok müşteride destek kişileri: ekle, kaldır veya değiştir.
admin-input-contacts-mode = Değişiklik
admin-contacts-mode-add = İşaretlileri her listeye ekle
admin-contacts-mode-remove = İşaretlileri her listeden kaldır
admin-contacts-mode-replace = Her listeyi işaretlilerle değiştir
admin-contacts-mode-hint = Değiştir, işaretlenmemiş her destek kişisini kaldırır; sonuç kimlerin kaldırıldığını söyler.
admin-contacts-changed =
    { $changed ->
        [one] 1 müşterinin destek kişileri değişti
       *[other] { $changed } müşterinin destek kişileri değişti
    }: { $added } eklendi.
admin-contacts-removed = Kaldırılanlar: { $which }.
admin-contacts-removed-from =
    { $count ->
        [one] { $email }, 1 müşteriden
       *[other] { $email }, { $count } müşteriden
    }
msg-user-still-support-contact = { $name }, { $count } müşterinin destek kişisi ({ $companies }): önce onu bu listelerden çıkarın (Müşteriler: işaretle, c, Kaldır; ya da partnerdesk contacts remove), sonra kullanıcıyı kaldırın.
admin-cli-user-line = { $name } <{ $email }> · { $roles } · { $supported }
admin-cli-users-bad-value = { $flag } { $value }: geçerli bir değer değil (bkz. partnerdesk users --help).
admin-cli-users-no-user = Defterde { $email } adlı bir iş ortağı kullanıcısı yok.

## Müşterinin İş Ortakları sekmesi: her iş ortağının rolleri ve iletişim bilgileri.
admin-related-granular = Ayrıntılı yönetici
admin-partner-contact-hint = Müşterilerinin gördüğü: e-posta, telefon ve adres (her biri boş kalabilir).
admin-contact-unknown = bilinmiyor
admin-granular-only = Yalnızca ayrıntılı

## partners add|edit: iş ortağının müşterilerinin gördüğü iletişim bilgileri (seed 001).
cli-help-partners-add--email = İş ortağının müşterilerinin gördüğü iletişim e-postası (silmek için boş)
cli-help-partners-add--phone = İş ortağının telefon numarası (silmek için boş)
cli-help-partners-add--address = İş ortağının sokak adresi (silmek için boş)
cli-help-partners-add--city = İş ortağının şehri (silmek için boş)
cli-help-partners-add--postal-code = İş ortağının posta kodu (silmek için boş)
cli-help-partners-edit--email = İş ortağının müşterilerinin gördüğü iletişim e-postası (silmek için boş)
cli-help-partners-edit--phone = İş ortağının telefon numarası (silmek için boş)
cli-help-partners-edit--address = İş ortağının sokak adresi (silmek için boş)
cli-help-partners-edit--city = İş ortağının şehri (silmek için boş)
cli-help-partners-edit--postal-code = İş ortağının posta kodu (silmek için boş)

## Müşterinin yönetici izinlerini değiştirmesi ve destekten kimin sorumlu kaldığı (kural 9).
admin-changed = { $company } için yönetici izinleri değişti.
admin-changed-reseller-supports = { $company } için yönetici izinleri değişti; bayisi { $reseller } destekten sorumlu kalır.
advisor-removed = { $partner } artık { $company } için danışman değil.
remove-admin-detail-reseller-supports = İş ortağı artık hizmetlerinizi yönetemez; bayiniz { $reseller } desteğinizden sorumlu kalır.
remove-admin-detail-alone = İş ortağı artık hizmetlerinizi yönetemez.
