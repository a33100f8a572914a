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

## `partnerdesk check` (và lần khôi phục bị nó từ chối): mỗi vấn đề nêu bảng và khóa của nó

check-unknown-table = bảng { $table }: không phải bảng mà partnerdesk này biết (do một partnerdesk mới hơn ghi?), nên các bản ghi của nó không được kiểm tra; partnerdesk này sẽ từ chối sao lưu hoặc xuất
check-unreadable = bảng { $table }: không đọc được: { $error }
check-unreadable-past = bảng { $table }: không đọc được quá điểm này: { $error }
check-damaged = { $damaged }: { $cause }
record-damaged = bảng { $table }: bản ghi bị hỏng ({ $why }), nên không được hiển thị; `partnerdesk check` liệt kê mọi bản ghi bị hỏng
record-damaged-at = bảng { $table }, khóa { $key }: bản ghi bị hỏng ({ $why }), nên không được hiển thị; `partnerdesk check` liệt kê mọi bản ghi bị hỏng
record-too-short = quá ngắn để là một bản ghi
record-checksum = tổng kiểm tra không khớp
record-unreadable = không đọc được
record-holds-country = nó chứa mã quốc gia { $code }, không theo ISO 3166-1
record-holds-language = nó chứa ngôn ngữ “{ $language }”, ngôn ngữ mà partnerdesk không hỗ trợ
record-holds-zone = nó chứa múi giờ “{ $zone }”, múi giờ không có trong cơ sở dữ liệu múi giờ
check-misfiled = bảng { $table }, khóa { $key }: chứa { $held ->
    [tenant] đối tượng thuê { $holds }
    [offer] ưu đãi { $holds }
    [record] bản ghi { $holds }
    [name] “{ $holds }”
   *[id] { $holds }
}
check-audit-gap = bảng { $table }: nhật ký nhảy từ bản ghi { $from } sang { $to }
check-no-such-user = bảng { $table }, khóa { $key }: không chỉ đến người dùng đối tác nào của sổ
check-no-such-partner = bảng { $table }, khóa { $key }: không chỉ đến đối tác nào trong danh bạ
check-no-such-invitation = bảng { $table }, khóa { $key }: không chỉ đến lời mời nào của sổ
check-empty = bảng { $table }, khóa { $key }: trống (lẽ ra không được giữ lại)
check-row-not-made = không tạo được dòng danh sách của { $company } ({ $tenant })
check-row-mismatch = bảng { $table }: dòng danh sách của { $company } ({ $tenant }) không khớp với bản ghi của nó
check-row-without-customer = bảng { $table }: dòng danh sách của { $company } ({ $tenant }) không có bản ghi khách hàng
check-held-twice = { $subscription } thuộc về hai khách hàng: { $first } và { $second }
check-holder-wrong = bảng { $table }, khóa { $key }: ghi { $tenant } là chủ của { $subscription }, nhưng { $holder } mới là chủ
check-holder-of-nothing = bảng { $table }, khóa { $key }: ghi { $tenant } là chủ của { $subscription }, nhưng không khách hàng nào sở hữu thuê bao này
check-holder-missing = bảng { $table }: thiếu { $subscription } của { $tenant }
check-use-misfiled = bảng { $table }, khóa { $key }: chứa lần dùng { $invitation } của { $tenant }
check-terms-without-invitation = bảng { $table }, khóa { $key }: điều khoản của { $invitation }, lời mời mà sổ không có
check-uses-miscounted = bảng { $table }, khóa { $key }: đếm { $counted } lần dùng, { $uses_table } có { $found }
check-uses-without-terms = bảng { $table }: các lần dùng { $invitation }, mà sổ không có điều khoản
check-no-such-relationship = bảng { $table }, khóa { $key }: chỉ đến { $relationship }, mối quan hệ mà sổ không có
check-other-customer = bảng { $table }, khóa { $key }: chỉ đến khách hàng { $customer }, nhưng { $relationship } thuộc về { $holder }
check-no-such-group = bảng { $table }, khóa { $key }: chỉ đến nhóm bảo mật { $group }, nhóm mà sổ không có
check-unknown-external-kind = bảng { $table }, khóa { $key }: không phải loại ID bên ngoài mà partnerdesk lưu
check-external-dangling = bảng { $table }, khóa { $key }: chỉ đến { $id }, mục mà sổ không có
check-not-a-book = bảng meta, khóa "kind": không phải của một sổ partnerdesk
check-schema-missing = bảng meta, khóa "schema_version": bị thiếu, lẽ ra là { $expected }
check-schema-other = bảng meta, khóa "schema_version": { $found }, lẽ ra là { $expected }
check-schema-unreadable = bảng meta, khóa "schema_version": { $error }
check-migration-log-unreadable = bảng meta, khóa { $key }: { $error }
check-counter-damaged = bảng meta, khóa { $key }: bộ đếm bị hỏng
check-counter-behind = bảng meta, khóa "next_{ $series }": ID tiếp theo là { $next }, nhưng { $highest } đã được dùng
check-relationship-listed = bảng { $table }: liệt kê mối quan hệ { $relationship } cho đối tượng thuê { $tenant }, nhưng đối tượng thuê đó không có mối quan hệ này
check-relationship-missing = bảng { $table }: thiếu mối quan hệ { $relationship } của đối tượng thuê { $tenant }
check-index-extra = bảng { $table }, khóa { $key }: trỏ đến { $value }, mà không bản ghi nào nêu
check-index-missing = bảng { $table }: thiếu { $key } → { $value }

## Tệp cấu hình

config-refused-at = tệp cấu hình { $path }, dòng { $line }: { $why }
config-refused = tệp cấu hình { $path }: { $why }
config-unreadable = không đọc được tệp cấu hình { $path }
config-unknown-key = khóa không xác định “{ $key }”; các khóa hợp lệ là { $keys }
config-not-one-key = “{ $key }” cho { $action } không phải là một phím (viết như trong kịch bản phím: "R", "<C-o>", "<F2>")
config-no-key = { $action } không được gán phím nào

## `partnerdesk import`: tệp bị từ chối toàn bộ, mục bị từ chối từng cái

import-invalid-file = { $file }: không phải tệp { $format } hợp lệ: { $reason }
import-invalid-file-at = { $file }: không phải tệp { $format } hợp lệ: { $reason } (tại { $at })
import-at-byte = byte { $byte }
import-at-line = dòng { $line }
import-at-line-column = dòng { $line }, cột { $column }
import-at-item = mục { $item }
import-no-organization = sổ này chưa có tổ chức đối tác: hãy thiết lập bằng `partnerdesk init` trước khi nhập
import-export-not-merged = { $file }: bản xuất được khôi phục vào một sổ mới, không được gộp
import-domain-taken = tên miền { $domain } thuộc về { $company } (đối tượng thuê { $tenant }) trong sổ
import-login-taken = { $email } đã là người dùng của một khách hàng khác trong sổ
import-customer-missing = khách hàng { $customer } không có trong sổ; hãy nhập danh sách khách hàng (pc-customers) trước
import-tenant-missing = đối tượng thuê của khách hàng { $tenant } không có trong sổ; hãy nhập danh sách khách hàng (pc-customers) trước
import-partner-unknown = đối tác bản ghi { $partner } không phải là đối tác mà sổ biết; hãy thêm vào danh bạ trước (thẻ Đối tác, n), rồi nhập lại
import-subscription-gone = thuê bao { $external } của Trung tâm đối tác đã được nhập thành { $id }, nhưng { $company } không còn thuê bao này
import-licences-assigned = { $id } có { $assigned } giấy phép đã gán cho người dùng, nhiều hơn { $quantity } trong tệp; hãy bỏ gán trước
import-name-taken = “{ $name }” đã là tên của { $other }; các mối quan hệ quản trị của một đối tác phải có tên riêng
import-csv-not-utf8 = đây không phải văn bản UTF-8; hãy lưu từ bảng tính dưới dạng “CSV UTF-8”
import-csv-missing-columns = dòng tiêu đề không có cột { $missing } (các cột hiện có: { $columns })
import-csv-cells = một dòng có { $cells } ô trong khi tiêu đề có { $expected }
import-required = { $field }: là bắt buộc
import-offer-required = { $field }: là bắt buộc (hoặc { $or }, hoặc { $or_else })
import-field = { $field }: { $why }
import-country-code = { $field }: “{ $value }” không phải mã quốc gia hai chữ cái như VN, TR hoặc CN
import-country-iso = { $field }: “{ $value }” không phải mã quốc gia ISO
import-cloud = { $field }: “{ $value }” không phải public, usgov, germany hoặc 21vianet
import-not-reseller = { $field }: { $partner } không được ủy quyền làm đại lý
import-relationship-kind = { $field }: “{ $value }” không phải reseller, advisor, none hoặc syndication
import-pc-relationship = { $field }: “{ $value }” không phải giá trị mà Trung tâm đối tác dùng
import-not-customers = cần phản hồi danh sách khách hàng của Trung tâm đối tác: { $shape }
import-not-customers-because = cần phản hồi danh sách khách hàng của Trung tâm đối tác: { $shape }: { $why }
import-no-customer = tệp không cho biết các thuê bao này thuộc khách hàng nào; hãy nêu bằng --customer TENANT
import-quantity = { $field }: { $quantity } không phải số giấy phép từ 0 đến { $max }
import-pc-status = { $field }: “{ $value }” — partnerdesk lưu các thuê bao đang hoạt động, bị tạm ngưng và đã xóa (hết hạn); hãy nhập lại khi Trung tâm đối tác hiển thị một trong các trạng thái đó
import-not-rfc3339 = “{ $value }” không phải thời điểm RFC 3339
import-duration-range = { $field }: { $days } ngày không nằm trong khoảng từ { $min } đến { $max } ngày
import-auto-extend = { $field }: { $days } ngày; Microsoft gia hạn thêm { $extends } ngày hoặc không gia hạn
import-duration-iso = { $field }: “{ $value }” không phải khoảng thời gian ISO 8601 như P730D
import-duration-whole-days = { $field }: “{ $value }” không phải số ngày nguyên
import-role-id = { $field }: “{ $value }” không phải ID vai trò (một GUID)
import-no-roles = { $field }: một mối quan hệ phải cấp ít nhất một vai trò
import-graph-status = { $field }: “{ $value }” không phải trạng thái mà Microsoft Graph mô tả
import-restore-not-placed = không thể đặt sổ đã khôi phục tại { $path }: { $error }
import-export-inconsistent = { $file }: các bản ghi được khôi phục không khớp với nhau: { $problems }
import-export-no-schema = { $file }: không phải bản xuất partnerdesk: không có schema_version
import-export-no-organization = { $file }: không phải bản xuất partnerdesk: không có tổ chức
import-export-version = bản xuất này có phiên bản lược đồ { $version }; partnerdesk này khôi phục phiên bản { $restores }
import-export-null-organization = bản xuất không có tổ chức: không có gì để khôi phục
import-export-unknown-field = trường không xác định “{ $field }”: đây không phải bản xuất partnerdesk với phiên bản lược đồ { $version }
import-user-language = người dùng đối tác { $email }: ngôn ngữ “{ $language }” không phải ngôn ngữ partnerdesk hỗ trợ
import-user-zone = người dùng đối tác { $email }: múi giờ “{ $zone }” không có trong cơ sở dữ liệu múi giờ
import-partner-contact = đối tác { $partner }: thông tin liên hệ: { $why }
import-partner-contact-form = đối tác { $partner }: thông tin liên hệ không được viết như partnerdesk viết (chữ thường, đã cắt khoảng trắng)
import-customer-field = khách hàng { $tenant }: { $field }: { $why }
import-customer-domain-case = khách hàng { $tenant }: primary_domain { $domain } không được viết bằng chữ thường
import-customer-user-case = khách hàng { $tenant }: người dùng { $email } không được viết bằng chữ thường

## serve --max-startups, and the schema version record
serve-startups-not-number = “{ $text }” không phải là số
serve-startups-form = hãy viết START:RATE:FULL (như MaxStartups của sshd), ví dụ 64:30:256
serve-startups-range = START phải ít nhất là 1 và không lớn hơn FULL
schema-version-damaged = bản ghi phiên bản lược đồ bị hỏng
