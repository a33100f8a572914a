# Dosyalarda ve defterlerde bulunan sorunlar: yetkili anahtarlar (`serve`), `check`, içe
# aktarmalar ve yapılandırma dosyası.

## Yetkili anahtarlar ve sunucu anahtarı (`partnerdesk serve`)

ssh-auth-refused = kimlik doğrulama reddedildi: { $why }
ssh-refused-unknown-key = bilinmeyen anahtar
ssh-refused-rsa-sha1 = SHA-1 imzalı RSA
ssh-refused-expired = anahtarın expiry-time süresi doldu
ssh-refused-not-from = adres, anahtarın from= listesinde değil
ssh-refused-not-in-book = anahtar ({ $line }. satır) { $email } kullanıcısını adlandırıyor, ancak bu kullanıcı defterde yok
ssh-key-options-malformed = seçenekler hatalı yazılmış ({ $detail })
ssh-key-not-a-key = bir OpenSSH ortak anahtarı değil ({ $detail })
ssh-key-access-unknown = PARTNERDESK_ACCESS read-only ya da read-write olur, “{ $value }” olamaz
ssh-key-command = command= desteklenmiyor: partnerdesk yalnızca kendisini çalıştırır
ssh-key-cert-authority = cert-authority desteklenmiyor
ssh-key-option-unknown = bilinmeyen seçenek “{ $option }”
ssh-key-no-user = partnerdesk kullanıcısı yok: anahtarın önüne environment="PARTNERDESK_USER=EMAIL" ekleyin
ssh-key-not-an-option = “{ $word }” bir seçenek değil (yalnızca read-only seçenektir)
ssh-key-expiry-malformed = expiry-time “{ $value }” YYYYMMDD[HHMM[SS]] biçiminde değil
ssh-key-twice = { $path }: aynı anahtar { $first }. ve { $second }. satırlarda; bir anahtar tek bir kullanıcıyı adlandırmalı
ssh-keys-writable = { $path } yetkili anahtar dosyasına başkaları yazabiliyor (kip { $mode }); `chmod go-w { $path }` çalıştırın
ssh-keys-unreadable = { $path } yetkili anahtar dosyası okunamıyor
ssh-keys-not-reloaded = SIGHUP: yetkili anahtarlar değiştirilmedi: { $why }
ssh-host-key-open = { $path } sunucu anahtarını başkaları okuyabiliyor ya da yazabiliyor (kip { $mode }); `chmod 600 { $path }` çalıştırın
ssh-host-key-unreadable = { $path } sunucu anahtarı okunamıyor
ssh-host-key-not-a-key = { $path } bir OpenSSH özel anahtarı değil
ssh-host-key-no-random = yeni sunucu anahtarı için sistemin rastgelelik kaynağı okunamıyor
ssh-host-key-not-encoded = yeni sunucu anahtarı kodlanamıyor
ssh-host-key-not-written = { $path } sunucu anahtarı yazılamıyor

## `partnerdesk check` (ve onun reddettiği bir geri yükleme): her sorun tablosunu ve anahtarını söyler

check-unknown-table = { $table } tablosu: bu partnerdesk'in bildiği bir tablo değil (daha yeni bir partnerdesk mi yazdı?), bu yüzden kayıtları denetlenmedi; bu partnerdesk ile yedek ya da dışa aktarma reddedilir
check-unreadable = { $table } tablosu: okunamıyor: { $error }
check-unreadable-past = { $table } tablosu: bu noktadan sonrası okunamıyor: { $error }
check-damaged = { $damaged }: { $cause }
record-damaged = { $table } tablosu: kayıt hasarlı ({ $why }), bu yüzden gösterilmiyor; `partnerdesk check` tüm hasarlı kayıtları listeler
record-damaged-at = { $table } tablosu, { $key } anahtarı: kayıt hasarlı ({ $why }), bu yüzden gösterilmiyor; `partnerdesk check` tüm hasarlı kayıtları listeler
record-too-short = bir kayıt olamayacak kadar kısa
record-checksum = sağlama toplamı uyuşmuyor
record-unreadable = okunamıyor
record-holds-country = ISO 3166-1 olmayan { $code } ülke kodunu tutuyor
record-holds-language = partnerdesk'in konuşmadığı “{ $language }” dilini tutuyor
record-holds-zone = saat dilimi veritabanında olmayan “{ $zone }” saat dilimini tutuyor
check-misfiled = { $table } tablosu, { $key } anahtarı: { $held ->
    [tenant] { $holds } kiracısını
    [offer] { $holds } teklifini
    [record] { $holds } kaydını
    [name] “{ $holds }” adını
   *[id] { $holds } değerini
} tutuyor
check-audit-gap = { $table } tablosu: günlük { $from } kaydından { $to } kaydına atlıyor
check-no-such-user = { $table } tablosu, { $key } anahtarı: defterdeki hiçbir iş ortağı kullanıcısını adlandırmıyor
check-no-such-partner = { $table } tablosu, { $key } anahtarı: dizindeki hiçbir iş ortağını adlandırmıyor
check-no-such-invitation = { $table } tablosu, { $key } anahtarı: defterdeki hiçbir daveti adlandırmıyor
check-empty = { $table } tablosu, { $key } anahtarı: boş (saklanmamalıydı)
check-row-not-made = { $company } ({ $tenant }) için liste satırı oluşturulamadı
check-row-mismatch = { $table } tablosu: { $company } ({ $tenant }) liste satırı kaydıyla uyuşmuyor
check-row-without-customer = { $table } tablosu: { $company } ({ $tenant }) liste satırının müşteri kaydı yok
check-held-twice = { $subscription } iki müşteride birden: { $first } ve { $second }
check-holder-wrong = { $table } tablosu, { $key } anahtarı: { $subscription } aboneliğinin sahibi olarak { $tenant } kiracısını gösteriyor, oysa sahibi { $holder }
check-holder-of-nothing = { $table } tablosu, { $key } anahtarı: { $subscription } aboneliğinin sahibi olarak { $tenant } kiracısını gösteriyor, oysa hiçbir müşteride bu abonelik yok
check-holder-missing = { $table } tablosu: { $tenant } kiracısının { $subscription } aboneliği eksik
check-use-misfiled = { $table } tablosu, { $key } anahtarı: { $tenant } kiracısının { $invitation } kullanımını tutuyor
check-terms-without-invitation = { $table } tablosu, { $key } anahtarı: { $invitation } koşulları, ancak defterde bu davet yok
check-uses-miscounted = { $table } tablosu, { $key } anahtarı: { $counted } kullanım sayıyor, { $uses_table } tablosunda { $found } var
check-uses-without-terms = { $table } tablosu: { $invitation } kullanımları var, ancak defterde koşulları yok
check-no-such-relationship = { $table } tablosu, { $key } anahtarı: { $relationship } ilişkisini adlandırıyor, ancak defterde bu ilişki yok
check-other-customer = { $table } tablosu, { $key } anahtarı: { $customer } müşterisini adlandırıyor, ancak { $relationship } ilişkisi { $holder } ile
check-no-such-group = { $table } tablosu, { $key } anahtarı: { $group } güvenlik grubunu adlandırıyor, ancak defterde bu grup yok
check-unknown-external-kind = { $table } tablosu, { $key } anahtarı: partnerdesk'in sakladığı bir dış kimlik türü değil
check-external-dangling = { $table } tablosu, { $key } anahtarı: { $id } değerini adlandırıyor, ancak defterde bu yok
check-not-a-book = meta tablosu, "kind" anahtarı: bir partnerdesk defterine ait değil
check-schema-missing = meta tablosu, "schema_version" anahtarı: eksik, { $expected } olmalı
check-schema-other = meta tablosu, "schema_version" anahtarı: { $found }, { $expected } olmalı
check-schema-unreadable = meta tablosu, "schema_version" anahtarı: { $error }
check-migration-log-unreadable = meta tablosu, { $key } anahtarı: { $error }
check-counter-damaged = meta tablosu, { $key } anahtarı: sayaç hasarlı
check-counter-behind = meta tablosu, "next_{ $series }" anahtarı: sonraki kimlik { $next }, ancak { $highest } zaten kullanımda
check-relationship-listed = { $table } tablosu: { $tenant } kiracısı için { $relationship } ilişkisini listeliyor, ancak kiracının böyle bir ilişkisi yok
check-relationship-missing = { $table } tablosu: { $tenant } kiracısının { $relationship } ilişkisi eksik
check-index-extra = { $table } tablosu, { $key } anahtarı: { $value } değerini gösteriyor, ancak hiçbir kayıt onu adlandırmıyor
check-index-missing = { $table } tablosu: { $key } → { $value } eksik

## Yapılandırma dosyası

config-refused-at = yapılandırma dosyası { $path }, satır { $line }: { $why }
config-refused = yapılandırma dosyası { $path }: { $why }
config-unreadable = { $path } yapılandırma dosyası okunamıyor
config-unknown-key = bilinmeyen anahtar “{ $key }”; geçerli anahtarlar: { $keys }
config-not-one-key = { $action } için “{ $key }” tek bir tuş değil (tuş betiklerindeki gibi yazın: "R", "<C-o>", "<F2>")
config-no-key = { $action } için hiçbir tuş verilmemiş

## `partnerdesk import`: tümüyle reddedilen dosyalar, tek tek reddedilen öğeler

import-invalid-file = { $file }: geçerli bir { $format } dosyası değil: { $reason }
import-invalid-file-at = { $file }: geçerli bir { $format } dosyası değil: { $reason } (konum: { $at })
import-at-byte = bayt { $byte }
import-at-line = satır { $line }
import-at-line-column = satır { $line }, sütun { $column }
import-at-item = öğe { $item }
import-no-organization = bu defterde henüz iş ortağı kuruluşu yok: içe aktarmadan önce `partnerdesk init` ile kurun
import-export-not-merged = { $file }: bir dışa aktarma yeni bir deftere geri yüklenir, birleştirilmez
import-domain-taken = { $domain } etki alanı defterde { $company } müşterisine ait (kiracı { $tenant })
import-login-taken = { $email } defterde zaten başka bir müşterinin kullanıcısı
import-customer-missing = { $customer } müşterisi defterde yok; önce müşteri listesini (pc-customers) içe aktarın
import-tenant-missing = { $tenant } müşteri kiracısı defterde yok; önce müşteri listesini (pc-customers) içe aktarın
import-partner-unknown = { $partner } kayıtlı iş ortağı defterin bildiği bir iş ortağı değil; önce dizine ekleyin (İş ortakları sekmesi, n), sonra yeniden içe aktarın
import-subscription-gone = İş Ortağı Merkezi aboneliği { $external }, { $id } olarak içe aktarılmıştı, ancak { $company } müşterisinde artık yok
import-licences-assigned = { $id } aboneliğinde kullanıcılara atanmış { $assigned } lisans var, dosyadaki { $quantity } sayısından fazla; önce atamaları kaldırın
import-name-taken = “{ $name }” zaten { $other } ilişkisinin adı; bir iş ortağının yönetici ilişkilerinin adları benzersizdir
import-csv-not-utf8 = bu bir UTF-8 metni değil; elektronik tablodan “CSV UTF-8” olarak kaydedin
import-csv-missing-columns = başlık satırında { $missing } sütunu yok (var olanlar: { $columns })
import-csv-cells = bir satırda { $cells } hücre var, başlıkta ise { $expected }
import-required = { $field }: zorunlu
import-offer-required = { $field }: zorunlu (ya da { $or } ya da { $or_else })
import-field = { $field }: { $why }
import-country-code = { $field }: “{ $value }”, VN, TR ya da CN gibi iki harfli bir ülke kodu değil
import-country-iso = { $field }: “{ $value }” bir ISO ülke kodu değil
import-cloud = { $field }: “{ $value }”; public, usgov, germany ya da 21vianet değil
import-not-reseller = { $field }: { $partner } bayi olarak yetkilendirilmemiş
import-relationship-kind = { $field }: “{ $value }”; reseller, advisor, none ya da syndication değil
import-pc-relationship = { $field }: “{ $value }” İş Ortağı Merkezi'nin kullandığı bir değer değil
import-not-customers = İş Ortağı Merkezi'nin müşteri yanıtı bekleniyordu: { $shape }
import-not-customers-because = İş Ortağı Merkezi'nin müşteri yanıtı bekleniyordu: { $shape }: { $why }
import-no-customer = dosya bu aboneliklerin hangi müşteriye ait olduğunu söylemiyor; --customer TENANT ile belirtin
import-quantity = { $field }: { $quantity }, 0 ile { $max } arasında bir lisans sayısı değil
import-pc-status = { $field }: “{ $value }” — partnerdesk etkin, askıya alınmış ve silinmiş (süresi dolmuş) abonelikleri tutar; İş Ortağı Merkezi bunlardan birini gösterdiğinde yeniden içe aktarın
import-not-rfc3339 = “{ $value }” bir RFC 3339 zamanı değil
import-duration-range = { $field }: { $days } gün, { $min } ile { $max } gün arasında değil
import-auto-extend = { $field }: { $days } gün; Microsoft ya { $extends } gün uzatır ya da hiç uzatmaz
import-duration-iso = { $field }: “{ $value }”, P730D gibi bir ISO 8601 süresi değil
import-duration-whole-days = { $field }: “{ $value }” tam gün sayısı değil
import-role-id = { $field }: “{ $value }” bir rol kimliği (GUID) değil
import-no-roles = { $field }: bir ilişki en az bir rol verir
import-graph-status = { $field }: “{ $value }”, Microsoft Graph'ın belgelediği bir durum değil
import-restore-not-placed = geri yüklenen defter { $path } konumuna konamıyor: { $error }
import-export-inconsistent = { $file }: geri yüklenen kayıtlar birbiriyle uyuşmuyor: { $problems }
import-export-no-schema = { $file }: bir partnerdesk dışa aktarması değil: schema_version yok
import-export-no-organization = { $file }: bir partnerdesk dışa aktarması değil: kuruluş yok
import-export-version = bu dışa aktarmanın şema sürümü { $version }; bu partnerdesk { $restores } sürümünü geri yükler
import-export-null-organization = dışa aktarmada kuruluş yok: geri yüklenecek bir şey yok
import-export-unknown-field = bilinmeyen alan “{ $field }”: bu, { $version } şema sürümlü bir partnerdesk dışa aktarması değil
import-user-language = iş ortağı kullanıcısı { $email }: “{ $language }” dili partnerdesk'in konuştuğu bir dil değil
import-user-zone = iş ortağı kullanıcısı { $email }: “{ $zone }” saat dilimi saat dilimi veritabanında yok
import-partner-contact = iş ortağı { $partner }: iletişim: { $why }
import-partner-contact-form = iş ortağı { $partner }: iletişim bilgileri partnerdesk'in yazdığı gibi yazılmamış (küçük harf, kırpılmış)
import-customer-field = müşteri { $tenant }: { $field }: { $why }
import-customer-domain-case = müşteri { $tenant }: primary_domain { $domain } küçük harfle yazılmamış
import-customer-user-case = müşteri { $tenant }: { $email } kullanıcısı küçük harfle yazılmamış

## serve --max-startups, and the schema version record
serve-startups-not-number = “{ $text }” bir sayı değil
serve-startups-form = START:RATE:FULL biçiminde yazın (sshd'nin MaxStartups ayarı gibi), ör. 64:30:256
serve-startups-range = START en az 1 ve en çok FULL olmalıdır
schema-version-damaged = şema sürümü kaydı bozuk
