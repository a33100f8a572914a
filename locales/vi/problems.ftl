# Các vấn đề tìm thấy trong tệp và sổ: khóa được ủy quyền (`serve`), `check`, nhập dữ liệu và
# tệp cấu hình.

## Khóa được ủy quyền và khóa máy chủ (`partnerdesk serve`)

ssh-auth-refused = từ chối xác thực: { $why }
ssh-refused-unknown-key = khóa không xác định
ssh-refused-rsa-sha1 = chữ ký RSA với SHA-1
ssh-refused-expired = khóa đã quá expiry-time
ssh-refused-not-from = địa chỉ không có trong danh sách from= của khóa
ssh-refused-not-in-book = khóa (dòng { $line }) chỉ định { $email }, người không có trong sổ
ssh-key-options-malformed = các tùy chọn bị sai định dạng ({ $detail })
ssh-key-not-a-key = không phải khóa công khai OpenSSH ({ $detail })
ssh-key-access-unknown = PARTNERDESK_ACCESS là read-only hoặc read-write, không phải “{ $value }”
ssh-key-command = không hỗ trợ command=: partnerdesk chỉ chạy chính nó
ssh-key-cert-authority = không hỗ trợ cert-authority
ssh-key-option-unknown = tùy chọn không xác định “{ $option }”
ssh-key-no-user = không có người dùng partnerdesk: thêm environment="PARTNERDESK_USER=EMAIL" trước khóa
ssh-key-not-an-option = “{ $word }” không phải là tùy chọn (chỉ read-only là tùy chọn)
ssh-key-expiry-malformed = expiry-time “{ $value }” không có dạng YYYYMMDD[HHMM[SS]]
ssh-key-twice = { $path }: cùng một khóa ở dòng { $first } và dòng { $second }; mỗi khóa chỉ được chỉ định một người dùng
ssh-keys-writable = người khác có thể ghi vào tệp khóa được ủy quyền { $path } (chế độ { $mode }); hãy chạy `chmod go-w { $path }`
ssh-keys-unreadable = không đọc được tệp khóa được ủy quyền { $path }
ssh-keys-not-reloaded = SIGHUP: khóa được ủy quyền không thay đổi: { $why }
ssh-host-key-open = người khác có thể đọc hoặc ghi khóa máy chủ { $path } (chế độ { $mode }); hãy chạy `chmod 600 { $path }`
ssh-host-key-unreadable = không đọc được khóa máy chủ { $path }
ssh-host-key-not-a-key = { $path } không phải khóa riêng OpenSSH
ssh-host-key-no-random = không đọc được nguồn ngẫu nhiên của hệ thống để tạo khóa máy chủ mới
ssh-host-key-not-encoded = không mã hóa được khóa máy chủ mới
ssh-host-key-not-written = không ghi được khóa máy chủ { $path }
