## Dòng lệnh: những gì các lệnh con nói, các từ chối qua SSH và `--help`.

cli-offer-not-in-catalogue = “{ $offer }” không có trong danh mục; `partnerdesk offer catalogue` liệt kê danh mục
cli-key-redeemed = Đã thiết lập { $subscription } cho { $company }: { $offer } · { $count } giấy phép.
cli-admin-held-by = Quyền của người quản trị hiện thuộc về đối tác { $partner }.
cli-admin-held-by-nobody = Hiện không đối tác nào giữ quyền của người quản trị.
cli-support-stays-with = Đối tác { $partner }, đại lý, vẫn chịu trách nhiệm hỗ trợ.
cli-field = { $label }: { $value }
cli-not-in-directory = không có đối tác nào có ID { $id } trong danh bạ
cli-tenant-gone = đối tượng thuê của bạn không còn trong sổ
cli-not-a-subscription-id = “{ $text }” không phải là ID thuê bao như SUB-12
cli-not-an-invitation-id = “{ $text }” không phải là ID lời mời như INV-12
cli-not-an-offer = { $id } không phải là một ưu đãi trong sổ này
cli-name-the-customer = hãy nêu khách hàng: --customer TENANT-ID|DOMAIN
cli-no-subscription = không có thuê bao { $subscription } nào trong sổ
cli-customer-lacks-subscription = { $company } không có thuê bao { $subscription }
cli-no-subscriptions = { $company } không có thuê bao nào.
cli-subscription-now = { $subscription } của { $company }: { $status } · đã gán { $assigned }/{ $quantity } giấy phép
cli-subscription-cancelled = { $subscription } của { $company } đã bị hủy.
cli-subscription-row = { $subscription } { $offer } · { $status } · đã gán { $assigned }/{ $quantity } · đối tác bản ghi { $partner } · { $users }
cli-customer-tenant = đối tượng thuê { $tenant } · { $region }
cli-customer-subscription = { $id } { $offer } { $assigned }/{ $quantity } { $status } · đối tác bản ghi { $partner }
cli-customer-user = { $admin ->
    [yes] { $name } <{ $email }> (quản trị toàn cầu)
   *[no] { $name } <{ $email }>
}
cli-tenant-user-row = { $admin ->
    [yes] { $name } <{ $email }> · quản trị toàn cầu · giấy phép: { $licences }
   *[no] { $name } <{ $email }> · giấy phép: { $licences }
}
cli-tenant-user-added = { $email } giờ là người dùng của { $company }.
cli-temporary-password = Mật khẩu tạm thời cho { $user }: { $password }
cli-temporary-password-once = Mật khẩu chỉ hiện một lần này và không được lưu; người dùng tự chọn mật khẩu khi đăng nhập lần đầu.
cli-global-admin-now = { $admin ->
    [yes] { $email } giờ là quản trị toàn cầu của { $company }.
   *[no] { $email } không còn là quản trị toàn cầu của { $company }.
}
cli-declined = Đã từ chối { $invitation }.
cli-revoked = Đã thu hồi { $invitation }.
cli-purged = Đã dọn { $count } lời mời.
cli-admin-flag = quản trị: { $admin ->
    [yes] có
   *[no] không
}
cli-used-by = { $count } khách hàng đã dùng
cli-invite-whom = hãy nêu khách hàng: --customer DOMAIN, hoặc một khách hàng tiềm năng với --company NAME --contact EMAIL
cli-status-usage = --status { $status }: dùng draft, sent, accepted, declined, expired hoặc revoked
cli-line-usage = --line { $line }: hãy ghi OFFER=COUNT, ví dụ "Power BI Pro=10"
cli-catalogue-no-trial = không dùng thử
cli-catalogue-trial = dùng thử { $licences } × { $days } ngày
cli-offer-uses = { $id }: { $count } khách hàng đã dùng
cli-offer-use = { $admin ->
    [yes] { $at }  { $company }  bởi { $by }: { $lines }, quyền quản trị được ủy quyền
   *[no] { $at }  { $company }  bởi { $by }: { $lines }
}
cli-offer-used = Đã dùng { $invitation }: { $customer } đã chấp nhận { $kind } từ { $partner }.
cli-offer-bought = { $subscription }  { $offer } × { $count }, đối tác bản ghi { $partner }
cli-offer-changed = { $offer }: { $bought } giấy phép thay vì { $offered } giấy phép được chào.
cli-offer-admin = { $partner } giờ giữ quyền quản trị được ủy quyền.
cli-offer-url-uses = { $count } khách hàng đã dùng URL này.
cli-por-customer-side = đối tác bản ghi do khách hàng đặt: hãy dùng --as với một quản trị toàn cầu của khách hàng
cli-since-usage = --since { $text }: hãy ghi một ngày như 2026-11-01 hoặc một thời điểm như 2026-11-01T09:00:00Z
cli-check-migrated = { $book }: lược đồ v{ $version }; đã cập nhật vào { $when } ({ $migration }).
cli-check-clean = { $book }: đã kiểm tra { $count } bản ghi, không thấy vấn đề nào.
cli-damaged = { $book } bị hỏng: các vấn đề được liệt kê ở trên
cli-backup-failed-check = bản sao lưu tại { $path } không qua được kiểm tra: { $problems }
cli-backed-up = Đã sao lưu vào { $path } và bản sao lưu đã qua kiểm tra: { $customers } khách hàng, { $invitations } lời mời, { $audit } bản ghi nhật ký kiểm tra.
cli-demo-read-only = --read-only không thể tạo sổ demo: `demo` ghi một sổ
cli-demo-exists = { $path } đã chứa một sổ; dùng --force để thay bằng một bản demo mới
cli-demo-opening = Đang mở sổ demo có sẵn tại { $path } (dùng --force để tạo bản mới).
cli-demo-progress = { $bar } { $done }/{ $total } khách hàng, còn { $eta }
cli-demo-cannot-place = không thể đặt sổ demo tại { $path }
cli-demo-made = Sổ demo tại { $path } ({ $seconds } giây): { $customers } khách hàng, { $users } người dùng đối tác, { $invitations } lời mời.
cli-import-read-only = --read-only không thể nhập: việc nhập ghi vào sổ (dùng --dry-run để xem việc nhập sẽ làm gì)
cli-restore-one-file = việc khôi phục đọc một tệp xuất; hãy đưa một FILE
cli-restore-progress = { $spinner } đã khôi phục { $done } bản ghi
cli-restored = { $dry_run ->
    [yes] Sẽ khôi phục
   *[no] Đã khôi phục
} từ { $file } vào { $book }: { $customers } khách hàng, { $invitations } lời mời, { $users } người dùng đối tác, { $relationships } mối quan hệ quản trị, { $audit } bản ghi nhật ký kiểm tra.
cli-import-progress = { $bar } { $done }/{ $total } mục
cli-cannot-read = không thể đọc { $path }: { $error }
cli-import-unknown-format = { $path }: không nhận ra định dạng; hãy nêu bằng --format (export, pc-customers, pc-subscriptions, gdap, csv)
cli-imported = { $dry_run ->
    [yes] Sẽ nhập
   *[no] Đã nhập
} { $files } ({ $format }): thêm { $added }, cập nhật { $updated }, giữ nguyên { $unchanged }, từ chối { $refused }.
cli-import-refused = bị từ chối: { $file } { $at }: { $reason }
cli-init-read-only = --read-only không thể thiết lập sổ: `init` ghi một sổ
cli-init-done = Đã thiết lập { $company } tại { $book }.
cli-init-signed-in = Đã đăng nhập với tư cách { $name } ({ $email }), quản trị toàn cầu: mở sổ bằng `partnerdesk --db { $book }`.
cli-init-import = Đưa khách hàng của bạn vào bằng `partnerdesk import --db { $book } FILE` (xem `partnerdesk import --help`).
cli-config-no-home = không có thư mục chính để giữ tệp cấu hình
cli-config-missing = chưa có: `partnerdesk config --print-default > FILE` tạo một tệp
cli-config-in-force = đã đọc, đang có hiệu lực
cli-config-refused = bị từ chối: { $error }
cli-no-data-dir = không tìm thấy thư mục chính cho dữ liệu của partnerdesk; hãy dùng --db PATH
cli-brought-up-to-date = { $book }: đã cập nhật ({ $migration }).
cli-export-partner-only = toàn bộ sổ là của đối tác: hãy xuất với tư cách người dùng đối tác, không phải người dùng của khách hàng
cli-man-written = Đã ghi các trang hướng dẫn vào { $dir }.
cli-serve-no-as = serve đăng nhập từng người vận hành bằng khóa SSH của họ (--authorized-keys); --as không áp dụng
cli-size-usage = --size { $size }: { $why }
cli-size-form = hãy ghi dạng RỘNGxCAO, như 120x35
cli-size-width = chiều rộng không phải là số
cli-size-height = chiều cao không phải là số
cli-size-range = màn hình rộng và cao từ 1 đến 1000 ô
cli-now-usage = --now { $now }: hãy ghi một thời điểm như 2026-11-25T09:00:00Z
cli-cannot-write = không thể ghi { $path }
cli-unclosed-quote = lệnh có một dấu ngoặc kép chưa đóng
cli-remote-no-db-or-as = qua SSH, lệnh làm việc trên sổ đang được phục vụ với tư cách người dùng của khóa bạn: --db và --as không áp dụng
cli-remote-server-only = `{ $command }` làm việc trên các tệp của máy chủ, không qua SSH: hãy chạy trên chính máy chủ (sổ đang mở trong `serve`)
cli-heading-usage = Cách dùng:
cli-heading-commands = Lệnh
cli-heading-arguments = Đối số
cli-heading-options = Tùy chọn
