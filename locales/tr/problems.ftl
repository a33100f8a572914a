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
