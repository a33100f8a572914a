# partnerdesk — Tiếng Việt (vi). Thuật ngữ theo locales/GLOSSARY.md.

## screens, sentences with values
too-small = Cửa sổ dòng lệnh là { $width }×{ $height }; partnerdesk cần ít nhất { $min_w }×{ $min_h }. Hãy phóng to, hoặc nhấn q để thoát.
customers-count = { $count } khách hàng
support-duty = { $partner }, đại lý, không giữ quyền của người quản trị nhưng vẫn chịu trách nhiệm hỗ trợ
scroll-position = dòng { $first }–{ $last } / { $total }
showing-status = Đang hiện lời mời: { $status } (f: trạng thái tiếp theo)
only-status = chỉ { $status } (f: trạng thái tiếp theo)
transcript-heading = Phiên partnerdesk { $session }: các thay đổi theo thứ tự
transcript-copied = { $count } thay đổi trong phiên này ({ $session }), đã sao chép dạng văn bản; `partnerdesk audit --session { $session } --json` cho JSON.
key-language = ngôn ngữ tiếp theo
language-now = Ngôn ngữ: { $language }. Nhấn L để chuyển sang ngôn ngữ tiếp theo.
sorted-by = sắp xếp theo { $column }
count-customers = { $shown } / { $total } khách hàng
count-customers-loading = { $shown } / { $total } khách hàng — đang đọc phần còn lại của danh sách…
count-invitations = { $shown } / { $total } lời mời
count-partners = { $shown } / { $total } đối tác
count-users = { $shown } / { $total } người dùng
count-relationships = { $shown } / { $total } mối quan hệ quản trị
count-events = { $shown } / { $total } thay đổi gần đây

## customers, sentences
remove-reseller-prompt = Xóa mối quan hệ đại lý của bạn với { $company }?
customer-saved = { $company }: đã lưu thông tin.
request-opened = Đã mở yêu cầu dịch vụ thay mặt cho { $company }; yêu cầu được liệt kê trong hồ sơ.
subscription-added = Đã thiết lập thuê bao cho { $company }.
reseller-removed = Đã xóa mối quan hệ đại lý của bạn với { $company }.
marked = Đã đánh dấu { $count }
bulk-outcome = Đã đặt người liên hệ hỗ trợ cho { $done } khách hàng.
bulk-outcome-refused = Đã đặt người liên hệ hỗ trợ cho { $done } khách hàng; { $refused } bị từ chối — { $which }.
bulk-stopped = Đã dừng sau { $done } khách hàng: { $why }
bulk-progress = Đang đặt người liên hệ hỗ trợ: { $done } / { $total } khách hàng (Esc để dừng){" "}
bulk-cancelled = Đã dừng bằng Esc: đặt người liên hệ hỗ trợ cho { $done } khách hàng, { $left } khách hàng chưa thay đổi
bulk-cancelled-refused = Đã dừng bằng Esc: đặt người liên hệ hỗ trợ cho { $done } khách hàng, { $left } khách hàng chưa thay đổi; { $refused } bị từ chối
export-progress = Đang xuất: { $done } / { $total } khách hàng (Esc để dừng){" "}
export-cancelled = Đã dừng xuất bằng Esc sau { $done } khách hàng; các tệp đã bị xóa.
exported = Đã xuất { $count } khách hàng ra { $json } và { $csv }.
export-failed = Không thể xuất: { $why }.
support-duty-offer = { $partner }, đại lý, không giữ quyền của người quản trị nhưng vẫn chịu trách nhiệm hỗ trợ — nhấn o để mở yêu cầu dịch vụ thay mặt cho khách hàng

## invitations, sentences
revoke-prompt = Thu hồi { $id } gửi { $customer }?
purge-prompt = Dọn { $count } lời mời đã hết hạn, bị từ chối hoặc bị thu hồi?
decline-prompt = Từ chối { $id }?
not-waiting = { $id } đang ở trạng thái { $status }; chỉ lời mời đã gửi mới có thể được chấp nhận.
not-editable = { $id } đang ở trạng thái { $status }; chỉ lời mời nháp hoặc đã gửi mới có email để sửa.
mca-hint = { $company } chưa chấp nhận thỏa thuận này; chấp nhận lời mời này là chấp nhận thỏa thuận thay mặt cho công ty.
move-admin-hint = { $holder } đang giữ quyền này; chỉ một đối tác được giữ. Đánh dấu để chuyển quyền sang { $partner }.
accept-where = khách hàng trong đám mây của bạn chấp nhận tại { $portal }
drafted = Đã soạn { $id } cho { $customer }. Sửa email, sao chép (Ctrl-Y) hoặc mở trong ứng dụng email (Ctrl-O), gửi đi, rồi nhấn Ctrl-S.
marked-sent = { $id } đã được gửi tới { $to }; liên kết còn hiệu lực { $days } ngày nữa.
accepted = Đã chấp nhận: { $partner } giờ là đại lý của bạn. (Trong cổng thông tin của Microsoft, việc này được thực hiện tại { $portal }.)
accepted-with-admin = Đã chấp nhận: { $partner } giờ là đại lý của bạn, có quyền quản trị được ủy quyền. (Trong cổng thông tin của Microsoft, việc này được thực hiện tại { $portal }.)
draft-saved = { $id }: đã lưu thư nháp.
revoked = Đã thu hồi { $id }: liên kết không còn hoạt động.
purged = Đã dọn { $count } lời mời; nhật ký kiểm tra vẫn giữ lịch sử.
declined = Đã từ chối { $id }.
saved-eml = Đã lưu email thành { $path }; mở trong ứng dụng email, gửi đi, rồi nhấn Ctrl-S.
eml-failed = Không thể lưu { $path }: { $why }. Hãy sao chép email bằng Ctrl-Y.
invitation-title = { $id } — { $kind }
invitation-from = { $id } từ { $partner }
admin-asked = có yêu cầu quyền của người quản trị
admin-not-asked = không yêu cầu quyền của người quản trị
at-by = { $at }, bởi { $by }
created-by = { $at }, bởi { $by } ({ $days } ngày trước)
subscriptions-count = { $count } thuê bao
holds-admin-for = { $partner } có quyền của người quản trị cho { $company } từ { $since }.
holds-admin-since = { $partner } có quyền của người quản trị từ { $since } (cấp bởi { $by })
mca-accepted = { $by } đã chấp nhận MCA ngày { $on }
tenant-is-syndication = Đối tượng thuê này là khách hàng Syndication hiện có.
tenant-is-cpc = Đối tượng thuê này là khách hàng CPC hiện có.
por = đối tác bản ghi { $id } { $name }
licences = giấy phép: { $list }

## offers, sentences
up-to = — (tối đa { $max })
trial-option = { $name } — { $licences } giấy phép, { $days } ngày
offer-drafted = Đã soạn { $id }: URL dùng được cho mọi khách hàng. Sửa email, sao chép (Ctrl-Y) hoặc mở trong ứng dụng email (Ctrl-O), gửi hoặc đăng lên, rồi nhấn Ctrl-S.
offer-sent = Đã gửi { $id }; URL dùng được cho bất kỳ số khách hàng nào trong { $days } ngày nữa.
offer-from = { $id } · { $kind } từ { $partner }
offered-licences = đề xuất { $offered }; bạn có thể mua từ 1 đến { $max }
offer-used = Đã chấp nhận { $id }.
offer-used-admin = Đã chấp nhận { $id }; { $partner } giờ có quyền quản trị được ủy quyền.
offer-used-subscriptions = Đã chấp nhận { $id }: đã thiết lập { $count } thuê bao, { $partner } là đối tác bản ghi.
offer-used-subscriptions-admin = Đã chấp nhận { $id }: đã thiết lập { $count } thuê bao, { $partner } là đối tác bản ghi và giờ có quyền quản trị được ủy quyền.
used-by = { $count } khách hàng
offer-includes-dap = { $partner } quản trị được ủy quyền
bought-nothing = đã chấp nhận
bought-nothing-admin = đã chấp nhận, có quản trị được ủy quyền
bought = { $counts } giấy phép
bought-admin = { $counts } giấy phép, có quản trị được ủy quyền

## partners, permissions, setup: sentences
checked = Kiểm tra ID: { $id } là { $name }.
partner-saved = { $name }: đã lưu.
por-set = { $sub }: đối tác bản ghi giờ là { $partner }.
por-cleared = { $sub }: không có đối tác bản ghi.
remove-advisor-prompt = Kết thúc mối quan hệ tư vấn với { $partner }?
disabled-reseller-removal = Xóa mối quan hệ đại lý — không khả dụng: { $reason }
subscription-choice = { $id } { $offer } (đối tác bản ghi: { $por })
remove-user-prompt = Xóa { $name } khỏi người dùng đối tác?
terminate-prompt = Kết thúc { $id } “{ $name }”?
remove-legacy-prompt = Xóa quyền của người quản trị của { $partner }?
user-saved = { $name }: đã lưu.
user-removed = Đã xóa { $name }.
relationship-saved = { $id } giờ ở trạng thái { $status }.
admin-moved = Đã thay đổi quyền của người quản trị của { $company }; đối tác trước vẫn chịu trách nhiệm hỗ trợ.
set-up = Đã thiết lập { $company }, và bạn đã đăng nhập với tư cách { $admin }, quản trị toàn cầu. Thêm khách hàng (n) hoặc nhập danh sách bằng `partnerdesk import`.

## the domain's values
cloud-public = Công cộng
cloud-us-government = Chính phủ Hoa Kỳ
cloud-germany = Đức
cloud-china21-vianet = 21Vianet
invitation-kind-reseller = Đại lý
invitation-kind-trial = Thư mời dùng thử
invitation-kind-purchase-offer = Thư chào hàng mua
invitation-kind-delegated-admin-offer = Đề nghị quản trị ủy quyền
invitation-kind-reseller-title = Lời mời đại lý
invitation-kind-reseller-short = Đại lý
invitation-kind-trial-short = Dùng thử
invitation-kind-purchase-offer-short = Mua
invitation-kind-delegated-admin-offer-short = Quản trị
invitation-status-draft = Nháp
invitation-status-sent = Đã gửi
invitation-status-accepted = Đã chấp nhận
invitation-status-declined = Bị từ chối
invitation-status-expired = Hết hạn
invitation-status-revoked = Đã thu hồi
subscription-status-active = Hoạt động
subscription-status-trial = Dùng thử
subscription-status-suspended = Tạm ngưng
subscription-status-expired = Hết hạn
severity-a = A – nghiêm trọng
severity-b = B – trung bình
severity-c = C – nhẹ
relationship-kind-reseller = Đại lý
relationship-kind-indirect-reseller = Đại lý gián tiếp
relationship-kind-advisor = Tư vấn
relationship-summary-none = —
relationship-summary-reseller = Đại lý
relationship-summary-indirect-reseller = Đại lý gián tiếp
relationship-summary-advisor = Tư vấn
relationship-summary-reseller-and-advisor = Đại lý + tư vấn
company-role-user = Người dùng
company-role-global-admin = Quản trị toàn cầu
company-role-billing-admin = Quản trị thanh toán
company-role-account-admin = Quản trị tài khoản
company-role-user-management-admin = Quản trị người dùng
supported-company-admin-none = Không
supported-company-admin-limited = Quản trị hạn chế
supported-company-admin-full = Quản trị đầy đủ
directory-kind-direct-reseller = Đại lý trực tiếp
directory-kind-indirect-provider = Nhà cung cấp gián tiếp
directory-kind-indirect-reseller = Đại lý gián tiếp
directory-kind-advisor = Tư vấn
reseller-choice-none = Không phải đại lý
reseller-choice-direct = Đại lý trực tiếp
reseller-choice-indirect = Đại lý gián tiếp
admin-relationship-status-created = Đã tạo
admin-relationship-status-approval-pending = Chờ phê duyệt
admin-relationship-status-active = Hoạt động
admin-relationship-status-expiring = Sắp hết hạn
admin-relationship-status-expired = Hết hạn
admin-relationship-status-termination-requested = Đã yêu cầu kết thúc
admin-relationship-status-terminated = Đã kết thúc
invitation-status-in-sentence-draft = nháp
invitation-status-in-sentence-sent = đã gửi
invitation-status-in-sentence-accepted = đã chấp nhận
invitation-status-in-sentence-declined = bị từ chối
invitation-status-in-sentence-expired = hết hạn
invitation-status-in-sentence-revoked = đã thu hồi
admin-relationship-status-in-sentence-created = đã tạo
admin-relationship-status-in-sentence-approval-pending = chờ phê duyệt
admin-relationship-status-in-sentence-active = hoạt động
admin-relationship-status-in-sentence-expiring = sắp hết hạn
admin-relationship-status-in-sentence-expired = hết hạn
admin-relationship-status-in-sentence-termination-requested = đã yêu cầu kết thúc
admin-relationship-status-in-sentence-terminated = đã kết thúc
invitation-kind-in-sentence-reseller = lời mời đại lý
invitation-kind-in-sentence-trial = thư mời dùng thử
invitation-kind-in-sentence-purchase-offer = thư chào hàng mua
invitation-kind-in-sentence-delegated-admin-offer = đề nghị quản trị ủy quyền
agent-admin = Đại lý quản trị
agent-sales = Đại lý bán hàng
agent-helpdesk = Đại lý hỗ trợ
list-separator = {", "}
role-unknown = Vai trò không xác định
role-id = vai trò { $id }
catalogue-offer = { $name } (tối đa { $max })

## screens

tab-customers = Khách hàng
tab-invitations = Lời mời
tab-partners = Đối tác
tab-permissions = Quyền
customer-view = góc nhìn khách hàng
read-only = CHỈ ĐỌC
help-title = Phím
help-close = Esc hoặc ? để đóng trợ giúp này
filter-prompt = Lọc:{" "}
filter-hint = gõ để lọc · Enter giữ · Esc xóa
empty-book = Sổ này đang trống.
empty-book-next = Tạo sổ mẫu bằng `partnerdesk demo`, hoặc thiết lập công ty của bạn bằng `partnerdesk init --help`.
no-customers = Chưa có khách hàng.
no-customers-next = Nhấn r để yêu cầu mối quan hệ đại lý, n để thêm khách hàng, hoặc nhập danh sách bằng `partnerdesk import`.
no-invitations = Chưa có lời mời.
no-invitations-next = Nhấn r để yêu cầu mối quan hệ đại lý; lời mời sẽ xuất hiện ở đây.
no-directory = Sổ chưa biết đối tác nào khác.
no-directory-next = Đối tác xuất hiện ở đây khi được thêm vào danh bạ.
no-users = Không có người dùng đối tác.
no-match = Không có mục nào khớp bộ lọc.
no-match-next = Nhấn Esc để xóa bộ lọc.
nothing-to-show = Không có gì để hiển thị ở đây.
col-company = Công ty
col-domain = Tên miền chính
col-country = QG
col-cloud = Đám mây
col-relationship = Quan hệ
col-admin = Q.trị
col-subs = TB
col-licences = G.phép
col-id = ID
col-kind = Loại
col-customer = Khách hàng
col-status = Trạng thái
col-created-by = Người tạo
col-age = Tuổi
col-expires = Hết hạn
col-partner-id = ID đối tác
col-name = Tên
col-email = Email
col-company-role = Vai trò công ty
col-supported = Công ty được hỗ trợ
col-agent = Vai trò đại lý
col-when = Khi nào
col-who = Ai
col-action = Hành động
col-target = Bản ghi
col-session = Phiên
col-roles = Vai trò
col-ends = Kết thúc
col-auto = Tự
col-por-for = Đối tác bản ghi của
profile-tenant = Đối tượng thuê
our-company = Công ty của chúng tôi
directory = Danh bạ đối tác
partner-users = Người dùng đối tác
admin-relationships = Mối quan hệ quản trị chi tiết
your-partners = Đối tác của bạn
rec-account = Tài khoản
rec-address = Địa chỉ
rec-admin = Quản trị
rec-services = Dịch vụ
rec-subscriptions = Thuê bao
rec-users = Người dùng
rec-requests = Yêu cầu dịch vụ
rec-partners = Đối tác
mca-not-yet = Chưa chấp nhận MCA
global-admin-mark = Quản trị toàn cầu
none = không có
admin-only = Chỉ quản trị
yes = có
no = không
key-quit = thoát
key-tabs = tới thẻ
key-next-tab = thẻ sau / trước
key-help = trợ giúp
key-filter = lọc
key-move = di chuyển
key-page = trang lên / xuống
key-ends = đầu / cuối
key-scroll = cuộn
key-expand = mở rộng
key-collapse = thu gọn
key-sort = đảo thứ tự / cột tiếp
key-close = đóng
key-filter-keep = giữ bộ lọc
key-filter-clear = xóa bộ lọc
key-filter-backspace = xóa một ký tự
key-request = yêu cầu đại lý
key-open-invitation = mở lời mời
key-edit-draft = sửa email
key-revoke = thu hồi
key-purge = dọn mục đã xong
key-status-filter = lọc theo trạng thái
key-resend = gửi lại (sao chép lại)
key-accept = chấp nhận
key-decline = từ chối
key-submit = gửi
key-next-field = trường sau
key-prev-field = trường trước
key-toggle = bật/tắt / chọn
key-cancel = hủy
key-done = xong: đánh dấu đã gửi
key-copy = sao chép
key-open-mail = mở trong ứng dụng email
key-save-eml = lưu .eml
key-insert-link = chèn liên kết
key-switch-field = tiêu đề / nội dung
key-yes = có
key-no = không
key-back = quay lại
all-statuses = mọi trạng thái
nobody-signed-in = Chưa ai đăng nhập: sổ này chưa có người dùng đối tác.
quit-unsaved = Thoát và bỏ các chỉnh sửa?
quit-unsaved-detail = Email lời mời có thay đổi chưa được lưu.
key-transcript = thay đổi của phiên này (sao chép dạng văn bản)

## customers

key-new-customer = khách hàng mới
key-edit-customer = sửa thông tin công ty
key-support-contacts = người liên hệ hỗ trợ (của khách hàng đã đánh dấu)
key-service-request = mở yêu cầu dịch vụ thay mặt khách hàng
key-product-key = thiết lập thuê bao bằng khóa sản phẩm
key-remove-reseller = xóa đại lý
key-mark = đánh dấu
key-mark-all = đánh dấu tất cả / bỏ hết
key-export = xuất mục đã đánh dấu (hoặc đang hiện) ra JSON và CSV
new-customer-title = Thêm khách hàng
new-customer-submit = thêm khách hàng
edit-customer-title = Sửa thông tin công ty
save = lưu
contacts-title = Người liên hệ hỗ trợ
service-request-title = Mở yêu cầu dịch vụ thay mặt khách hàng
service-request-submit = mở yêu cầu
product-key-title = Thiết lập thuê bao bằng khóa sản phẩm
product-key-submit = thiết lập
new-customer-domain-hint = tên miền ban đầu của đối tượng thuê: chữ và số, .onmicrosoft.com được thêm vào
por-hint = Đặt công ty của bạn làm đối tác bản ghi của thuê bao này.
product-key-placeholder = XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
nothing-selected = Chưa chọn khách hàng nào.
no-export-dir = Máy này không có thư mục để xuất; hãy dùng `partnerdesk customers list --json`.

## invitations

read-only-refusal = Đây là phiên chỉ đọc: không thể thay đổi gì ở đây.
request-title = Yêu cầu mối quan hệ đại lý
request-prospect-title = Yêu cầu mối quan hệ đại lý với khách hàng mới
request-submit = soạn lời mời
dap-hint = Đồng thời yêu cầu quyền quản trị được ủy quyền.
recipient-placeholder = quản trị toàn cầu của khách hàng
company-placeholder = Công ty TNHH …
contact-placeholder = admin@khachhang.vn
contact-hint = Quản trị toàn cầu của đối tượng thuê; lời mời được gửi tới đây.
domain-placeholder = lấy từ email người liên hệ
domain-hint = ten.onmicrosoft.com; để trống: lấy từ email người liên hệ
accept-title = Chấp nhận lời mời
accept-submit = chấp nhận
includes-dap = mối quan hệ đại lý, kèm quyền quản trị được ủy quyền
includes-reseller = mối quan hệ đại lý (không có quyền quản trị)
revoke-detail = Liên kết ngừng hoạt động; lời mời vẫn nằm trong danh sách ở trạng thái đã thu hồi.
purge-detail = Các lời mời rời khỏi danh sách; lịch sử vẫn nằm trong nhật ký kiểm tra.
decline-detail = Đối tác sẽ thấy bạn đã từ chối; họ có thể gửi lời mời mới sau.
nothing-to-purge = Không có gì để dọn: không có lời mời nào hết hạn, bị từ chối hoặc bị thu hồi.
catalogue-empty = Sổ chưa có danh mục ưu đãi; danh mục được tạo khi sổ được tạo hoặc nâng cấp.
keep-edits = Giữ các chỉnh sửa thư nháp?
keep-edits-detail = y lưu thư nháp như hiện tại, n bỏ các chỉnh sửa, Esc quay lại sửa.
discard-edits = Bỏ các chỉnh sửa?
discard-edits-detail = Lời mời đã được gửi; chỉnh sửa chỉ được giữ khi bạn đánh dấu đã gửi lại (Ctrl-S).
copied = Đã sao chép email vào bảng tạm. Dán vào thư của bạn, gửi đi, rồi nhấn Ctrl-S.
opened-mail-app = Đã mở thư nháp trong ứng dụng email. Gửi từ đó, rồi nhấn Ctrl-S ở đây.
mail-link-label = ✉ Mở thư nháp trong ứng dụng email
mail-link-over-ssh = ✉ Mở thư nháp trong ứng dụng email — qua SSH đây là một liên kết: nhấp vào (hoặc sao chép email bằng Ctrl-Y), gửi đi, rồi nhấn Ctrl-S.
no-mail-app = Không mở được ứng dụng email ở đây; sao chép email bằng Ctrl-Y, hoặc lưu bằng Ctrl-W
no-drafts-dir = Máy này không có thư mục cho thư nháp; hãy sao chép email bằng Ctrl-Y.
editor-title = Email lời mời
editor-to = Tới
editor-subject = Tiêu đề
editor-link = Liên kết
link-intact = ✓ liên kết cá nhân hóa có trong email
link-missing = ✗ liên kết cá nhân hóa bị thiếu hoặc bị sửa — Ctrl-L chèn lại
confirm-title = Xác nhận
confirm-yes = có{"   "}
confirm-no = n không
confirm-no-esc = n / Esc không
inv-created = Đã tạo
inv-sent = Đã gửi
inv-answered = Đã trả lời
auth-direct = đại lý trực tiếp
auth-indirect = đại lý gián tiếp
auth-advisor = tư vấn
auth-dap-certified = được chứng nhận quản trị ủy quyền
profile-region = Khu vực
profile-authorized = Được ủy quyền
col-por-on = Đối tác bản ghi trên
no-admin-holder = Không đối tác nào có quyền của người quản trị.
no-por = không có đối tác bản ghi
no-licences = không có giấy phép
sr-open = đang mở
sr-closed = đã đóng

## offers

key-trial = thư mời dùng thử
key-purchase-offer = thư chào hàng mua
key-admin-offer = đề nghị quản trị ủy quyền
key-use-offer = dùng liên kết ưu đãi
key-new-offer-like = ưu đãi mới giống ưu đãi này
trial-title = Thư mời dùng thử
purchase-title = Thư chào hàng mua
admin-offer-title = Đề nghị quản trị ủy quyền
offer-submit = tạo URL và soạn email
use-link-title = Dùng liên kết ưu đãi
use-link-submit = tra cứu
use-offer-submit = chấp nhận ưu đãi
link-placeholder = dán URL từ email
recipient-optional = không bắt buộc: URL dùng được cho mọi người
purchase-hint = số giấy phép cho từng dịch vụ; để trống các dịch vụ khác
offer-dap-hint = quản lý thuê bao thay mặt khách hàng
admin-offer-includes = quản trị được ủy quyền cho các thuê bao đã mua
col-uses = Lượt dùng
new-offer-hint = n: ưu đãi mới giống ưu đãi này, với số giấy phép khác

## partners

key-edit-profile = sửa hồ sơ công ty
key-add-directory = thêm đối tác
key-edit-directory = sửa đối tác
key-check-id = kiểm tra ID
key-set-por = đặt đối tác bản ghi
key-remove-partner = xóa đối tác
profile-title = Hồ sơ công ty
directory-add-title = Thêm đối tác vào danh bạ
directory-edit-title = Sửa đối tác trong danh bạ
check-id-title = Kiểm tra ID
check-id-submit = kiểm tra
por-title = Đối tác bản ghi
por-clear-hint = “Kiểm tra ID” chạy trước khi lưu; để trống để xóa đối tác bản ghi
related-admin = Quản trị được ủy quyền
related-por = Đối tác bản ghi
remove-advisor-detail = Đối tác ngừng tư vấn cho bạn; các mối quan hệ khác vẫn giữ.
no-subscriptions = Tổ chức này không có thuê bao.

## permissions

audit-log = Nhật ký kiểm tra
key-next-view = chế độ xem tiếp
key-add-user = thêm người dùng
key-edit-user = sửa vai trò
key-remove-user = xóa người dùng
key-request-gdap = yêu cầu mối quan hệ quản trị
key-auto-extend = tự gia hạn bật/tắt
key-terminate = kết thúc mối quan hệ
key-approve = phê duyệt mối quan hệ
key-remove-admin = xóa quyền của người quản trị
key-move-admin = trao quyền của người quản trị cho đối tác khác
add-user-title = Thêm người dùng đối tác
edit-user-title = Sửa vai trò của người dùng đối tác
request-gdap-title = Yêu cầu mối quan hệ quản trị chi tiết
move-admin-title = Trao quyền của người quản trị cho đối tác khác
supported-hint = Hạn chế = quản trị mật khẩu ở đó; Đầy đủ = quản trị toàn cầu ở đó.
duration-hint = số ngày, 1 đến 730; cố định sau khi phê duyệt
auto-extend-hint = thêm 180 ngày khi hết hạn; không áp dụng với vai trò Global Administrator
gdap-customer-hint = tên miền chính của khách hàng
partner-id-hint = ID đối tác (6 hoặc 7 chữ số) của một đối tác trong danh bạ
no-relationships = Không có mối quan hệ quản trị chi tiết.
no-relationships-next = Ở phía đối tác, nhấn n để yêu cầu.
no-audit = Nhật ký kiểm tra đang trống.
remove-legacy-detail = Đối tác không thể quản trị dịch vụ của bạn nữa, nhưng vẫn chịu trách nhiệm hỗ trợ bạn.
terminate-detail = Quyền truy cập của đối tác qua mối quan hệ này kết thúc ngay bây giờ.
remove-user-detail = Họ không thể đăng nhập partnerdesk nữa; nhật ký kiểm tra giữ những gì họ đã làm.

## setup

advisor-hint = cần cho thư mời dùng thử và thư chào hàng mua
provider-tenant-hint = chỉ gián tiếp: đối tượng thuê của nhà cung cấp
fixed-with-customers = cố định khi sổ đã có khách hàng
setup-title = Thiết lập sổ của công ty bạn
setup-submit = Tạo sổ
setup-tenant-hint = đối tượng thuê Entra của bạn; các liên kết ghi tên nó
setup-admin-hint = bạn: quản trị toàn cầu đầu tiên
setup-phone-hint = không bắt buộc; khách hàng sẽ thấy

## The domain's messages (crate::domain::msg), as refusals say them

msg-admin-name-taken = “{ $name }” đã là tên của một mối quan hệ quản trị khác của bạn
msg-admin-choose-role = hãy chọn ít nhất một vai trò
msg-admin-auto-extend-with-global-admin = không khả dụng khi mối quan hệ có vai trò Global Administrator
msg-admin-cannot-approve = { $id } đang ở trạng thái { $status }; chỉ yêu cầu đang chờ mới có thể được phê duyệt.
msg-admin-legacy-still-granted = { $company } vẫn cấp quyền quản trị được ủy quyền kiểu cũ; hãy xóa quyền đó trước, rồi phê duyệt { $id }.
msg-admin-cannot-change-auto-extend = { $id } đang ở trạng thái { $status }; chỉ có thể đổi tự gia hạn khi mối quan hệ đã tạo hoặc đang hoạt động.
msg-admin-already-ended = { $id } đã ở trạng thái { $status }.
msg-admin-no-holder = Không đối tác nào có quyền của người quản trị cho { $company }.
msg-admin-customer-reassigns = Chỉ khách hàng mới có thể trao lại quyền của người quản trị của mình.
msg-admin-holds-already = đối tác { $partner } đã có quyền này
msg-admin-unknown-partner = sổ không biết đối tác { $partner }; hãy kiểm tra ID
msg-admin-no-customer-with-domain = không có khách hàng nào có tên miền “{ $domain }” trong sổ
msg-book-read-only-book = Sổ này được mở chỉ để đọc: không thể thay đổi gì ở đây.
msg-book-replaced = Sổ tại { $path } đã bị thay thế hoặc di chuyển từ khi partnerdesk mở nó, nên không có gì được ghi. Hãy khởi động lại partnerdesk (hoặc serve) để làm việc với sổ hiện ở đường dẫn đó.
msg-book-no-longer-partner-user = { $email } không còn là người dùng đối tác của sổ này.
msg-book-no-longer-customer-user = { $email } không còn là người dùng của khách hàng này.
msg-book-no-organization = Sổ này chưa có tổ chức đối tác; hãy chạy `partnerdesk demo` hoặc thiết lập trước.
msg-book-customer-gone = Khách hàng đó không còn trong sổ.
msg-book-gone = { $what } không còn trong sổ.
msg-book-tenant-gone = Đối tượng thuê của bạn không còn trong sổ.
msg-book-tenant-taken = { $tenant } đã có trong sổ
msg-book-tenant-twice-in-export = { $tenant } xuất hiện hai lần trong bản xuất
msg-book-domain-taken = { $domain } thuộc về một khách hàng khác trong sổ
msg-book-login-taken = { $email } đã là người dùng của một khách hàng khác
msg-book-profile-changed = hồ sơ công ty đã được người khác thay đổi từ khi bạn mở; hãy mở lại để xem thay đổi.
msg-book-record-changed = { $record } đã được người khác thay đổi từ khi bạn mở; hãy mở lại để xem thay đổi.
msg-book-record-changed-by = { $record } đã được { $by } thay đổi từ khi bạn mở; hãy mở lại để xem thay đổi.
msg-customer-contact-not-a-user = { $email } không phải là người dùng đối tác
msg-customer-cannot-support = { $name } không phải là đại lý quản trị hay đại lý hỗ trợ, nên không thể hỗ trợ khách hàng
msg-customer-choose-offer = hãy chọn một ưu đãi
msg-customer-no-reseller-relationship = { $company } không có mối quan hệ đại lý với bạn.
msg-customer-live-subscriptions = { $company } vẫn còn { $count } thuê bao đang hoạt động ({ $ids }); hãy tạm ngưng trước, rồi xóa mối quan hệ.
msg-input-required = là bắt buộc
msg-input-not-one-line = phải là một dòng, không có ký tự điều khiển
msg-input-control-characters = không được chứa ký tự điều khiển
msg-input-bidi-override = không được chứa ký tự ghi đè phải-sang-trái
msg-input-line-separators = không được chứa ký tự ngắt dòng hoặc ngắt đoạn
msg-input-invisible-tags = không được chứa ký tự thẻ ẩn
msg-input-nothing-visible = không có ký tự nào nhìn thấy được
msg-input-too-long = quá dài (tối đa { $max } ký tự)
msg-input-domain-not-ascii = chỉ dùng chữ a–z, chữ số và dấu gạch nối (nhập tên quốc tế hóa ở dạng xn--)
msg-input-domain-needs-dot = “{ $domain }” cần có dấu chấm, như contoso.com
msg-input-domain-empty-part = “{ $domain }” có phần trống giữa các dấu chấm
msg-input-domain-part-too-long = có phần dài hơn { $max } ký tự
msg-input-domain-characters = “{ $domain }” chỉ được chứa chữ, chữ số, dấu gạch nối và dấu chấm
msg-input-domain-hyphen-at-edge = các phần không được bắt đầu hay kết thúc bằng dấu gạch nối
msg-input-domain-ends-in-number = phải kết thúc bằng tên, không phải số
msg-input-initial-domain-suffix = phải kết thúc bằng .{ $suffix }
msg-input-initial-domain-name = tên trước .{ $suffix } phải có 1–{ $max } chữ và số
msg-input-email-without-at = “{ $text }” không phải địa chỉ email (thiếu @)
msg-input-email-local-length = cần 1–{ $max } ký tự trước @
msg-input-email-local-characters = “{ $text }” có ký tự mà địa chỉ email không thể có trước @
msg-input-partner-id-not-digits = “{ $text }” không phải ID đối tác: chỉ dùng chữ số
msg-input-partner-id-length = ID đối tác có { $min } hoặc { $max } chữ số
msg-input-not-positive = phải là số nguyên dương
msg-input-not-whole-number = “{ $text }” không phải số nguyên
msg-input-at-least = phải ít nhất là { $min }
msg-input-at-most = phải nhiều nhất là { $max }
msg-input-at-least-days = phải ít nhất { $min } ngày
msg-input-product-key-shape = có dạng XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
msg-input-product-key-character = “{ $character }” không bao giờ có trong khóa sản phẩm (kiểm tra O/0, I/1, nguyên âm)
msg-input-phone-characters = chỉ được chứa chữ số, dấu cách, + - . ( )
msg-input-phone-digits = cần từ { $min } đến { $max } chữ số
msg-input-not-a-country = “{ $text }” không phải mã quốc gia hai chữ cái như VN, TR hoặc CN
msg-input-not-a-tenant-id = “{ $text }” không phải ID đối tượng thuê; đó là một GUID như 8b2f7c1e-4a5d-4e3b-9f10-2c6d8e9a0b1c
msg-input-cloud-required = là bắt buộc: public, usgov, germany hoặc 21vianet
msg-input-not-an-iso-country = `{ $text }` không phải mã quốc gia ISO 3166-1 như VN
msg-input-not-an-id = `{ $text }` không phải ID dạng { $prefix }-12
msg-input-not-a-role-id = `{ $text }` không phải ID vai trò (một GUID như 62e90394-69f5-4237-9190-012177145e10)
msg-offer-partner-offers = Chỉ người dùng đối tác mới có thể đưa ra ưu đãi.
msg-offer-not-advisor = { $partner } chưa được ủy quyền làm tư vấn, mà thư mời dùng thử và thư chào hàng mua cần ủy quyền tư vấn; hãy nhờ quản trị toàn cầu của bạn kiểm tra hồ sơ công ty.
msg-offer-not-certified = { $partner } chưa được chứng nhận cung cấp quản trị được ủy quyền; có thể đề nghị khi hồ sơ công ty ghi nhận điều đó.
msg-offer-one-trial = thư mời dùng thử chỉ mang đúng một thuê bao dùng thử; hãy chọn một ưu đãi
msg-offer-no-trial = { $offer } không có bản dùng thử; hãy chọn ưu đãi khác, hoặc gửi thư chào hàng mua
msg-offer-reseller-not-offered = Mối quan hệ đại lý được yêu cầu, không phải được chào.
msg-offer-no-lines = hãy chọn ít nhất một dịch vụ và nhập số giấy phép
msg-offer-twice = { $offer } xuất hiện hai lần trong ưu đãi; chỉ nhập một lần
msg-offer-line-licences = { $offer }: { $problem }
msg-offer-already-admin = { $company } đã cấp cho { $partner } quyền quản trị được ủy quyền.
msg-offer-no-subscription-yet = { $company } chưa có thuê bao; đề nghị quản trị ủy quyền đi sau một lần mua. Hãy gửi thư mời dùng thử hoặc thư chào hàng mua kèm quản trị được ủy quyền.
msg-offer-customer-uses = Ưu đãi được khách hàng sử dụng, không phải đối tác.
msg-offer-customer-admin-uses = Ưu đãi được quản trị toàn cầu của khách hàng sử dụng; hãy đăng nhập với tư cách đó (--as).
msg-offer-used-already = { $company } đã dùng { $id } ngày { $on }; hãy nhờ { $partner } gửi ưu đãi mới nếu bạn cần thứ khác.
msg-offer-has-offer-already = { $company } đã có { $offer } ({ $subscription }, { $status }); dùng thử dành cho ưu đãi chưa có.
msg-offer-reseller-invitation = { $id } là lời mời đại lý, không phải ưu đãi.
msg-offer-not-part-of = ưu đãi { $offer } không thuộc ưu đãi này
msg-offer-trial-count-fixed = số giấy phép dùng thử cố định là { $count }; hãy đổi sau khi dùng thử, lúc mua
msg-offer-not-in-catalogue = ưu đãi { $offer } không có trong danh mục
msg-offer-not-a-link = đó không phải liên kết partnerdesk; hãy dán toàn bộ URL bạn nhận được
msg-offer-unknown-link = không có ưu đãi nào với liên kết này trong sổ; có thể nó đã bị dọn
msg-offer-link-is-reseller = { $id } là lời mời đại lý, không phải ưu đãi
msg-offer-terms-lost = { $id } đã mất nội dung ưu đãi
msg-partner-unknown-id = { $id } không phải đối tác mà sổ biết; hãy kiểm tra ID, hoặc thêm đối tác vào danh bạ trước (thẻ Đối tác, n)
msg-partner-add-unknown = Sổ không biết { $id }: hãy điền thông tin để thêm đối tác vào danh bạ, hoặc Esc.
msg-partner-fixed-partner-id = cố định khi sổ đã có khách hàng: mọi mối quan hệ và đối tác bản ghi đều ghi nó
msg-partner-fixed-cloud = cố định khi sổ đã có khách hàng: mọi khách hàng đều được nhận trong đám mây này
msg-partner-fixed-reseller = cố định khi sổ đã có khách hàng: mọi mối quan hệ đại lý và liên kết lời mời đều được tạo với nó
msg-partner-own-id = { $id } là ID đối tác của chính bạn
msg-partner-in-directory = { $id } đã có trong danh bạ với tên { $name }
msg-partner-id-cannot-change = không thể đổi ID của đối tác trong danh bạ; hãy thêm ID mới
msg-partner-not-in-directory = Đối tác { $id } không còn trong danh bạ.
msg-partner-not-a-subscription = { $subscription } không phải thuê bao của { $company }
msg-partner-already-partner-of-record = đó đã là đối tác bản ghi; không có gì để thay đổi
msg-partner-customer-cannot-remove-reseller = Khách hàng không thể tự xóa mối quan hệ đại lý: hãy nhờ { $partner } xóa (quản trị toàn cầu của họ có thể làm, khi không còn thuê bao nào hoạt động).
msg-partner-not-an-advisor = Đối tác { $partner } không phải là tư vấn của { $company }.
msg-setup-neither-reseller-nor-advisor = đối tác không phải đại lý cũng không phải tư vấn thì không có khách hàng để chăm sóc; hãy chọn một
msg-setup-set-up-already = Sổ này đã thuộc về { $partner } (ID đối tác { $id }); mỗi sổ chỉ thiết lập một lần. Hãy sửa hồ sơ công ty (thẻ Đối tác, p).
msg-setup-book-in-use = { $path } đã chứa sổ của { $partner }; khôi phục tạo sổ mới: hãy chọn --db khác, hoặc chuyển sổ đó đi trước
msg-setup-book-has-records = { $path } đã chứa bản ghi; khôi phục tạo sổ mới: hãy chọn --db khác
msg-user-global-admin-role = chỉ quản trị toàn cầu mới có thể cấp hoặc thu hồi vai trò quản trị toàn cầu
msg-user-already-user = { $email } đã là người dùng đối tác
msg-user-last-global-admin = { $name } là quản trị toàn cầu cuối cùng; hãy đặt người khác làm quản trị toàn cầu trước
msg-user-own-roles = bạn không thể đổi vai trò của chính mình; hãy nhờ một quản trị toàn cầu khác
msg-user-not-a-user = { $email } không phải là người dùng đối tác.
msg-user-no-longer-user = { $email } không còn là người dùng đối tác.
msg-user-remove-yourself = Bạn không thể tự xóa mình; hãy nhờ một quản trị viên khác.
msg-user-last-global-admin-removed = { $name } là quản trị toàn cầu cuối cùng và không thể bị xóa.
msg-user-managed-by-partner = Người dùng đối tác do đối tác quản lý.
msg-inv-partner-requests = Chỉ người dùng đối tác mới có thể yêu cầu mối quan hệ đại lý.
msg-inv-not-reseller = { $partner } chưa được ủy quyền làm đại lý; hãy nhờ quản trị toàn cầu của bạn kiểm tra hồ sơ công ty.
msg-inv-admin-required = { $partner } ở đám mây { $cloud }, nơi mối quan hệ đại lý luôn bao gồm quyền quản trị được ủy quyền.
msg-inv-already-reseller = { $company } đã có mối quan hệ đại lý với { $partner }.
msg-inv-already-waiting = { $id } đang chờ { $company } ({ $status }); hãy mở để gửi lại, hoặc thu hồi trước.
msg-inv-cannot-send = { $id } đang ở trạng thái { $status }; chỉ lời mời nháp hoặc đã gửi mới có thể được gửi.
msg-inv-link-changed = liên kết cá nhân hóa bị thiếu hoặc bị sửa; hãy đặt lại đúng như cũ (Ctrl-L chèn lại).
msg-inv-cannot-revoke = { $id } đang ở trạng thái { $status }; chỉ lời mời nháp hoặc đã gửi mới có thể bị thu hồi.
msg-inv-no-longer-draft = { $id } không còn là thư nháp.
msg-inv-customer-accepts = Lời mời do khách hàng chấp nhận, không phải đối tác.
msg-inv-used-through-link = { $id } là { $kind }; nó được dùng qua liên kết, không được chấp nhận như lời mời đại lý.
msg-inv-not-sent-to = { $id } không được gửi tới { $company }.
msg-inv-ineligible-syndication = { $company } là khách hàng Syndication hiện có, nên không thể chấp nhận mối quan hệ đại lý.
msg-inv-ineligible-cpc = { $company } là khách hàng CPC hiện có, nên không thể chấp nhận mối quan hệ đại lý.
msg-inv-not-sent-yet = { $id } chưa được gửi; đối tác phải hoàn tất thư nháp trước.
msg-inv-offer-no-longer-open = { $id } đang ở trạng thái { $status } và không thể dùng nữa; hãy nhờ { $partner } gửi ưu đãi mới.
msg-inv-no-longer-open = { $id } đang ở trạng thái { $status } và không thể chấp nhận nữa; hãy nhờ { $partner } gửi lời mời mới.
msg-inv-mca-not-accepted = { $company } chưa chấp nhận thỏa thuận này; hãy chấp nhận nó khi chấp nhận lời mời này.
msg-inv-admin-held-elsewhere = Đối tác { $holder } hiện có quyền của người quản trị cho { $company }; mỗi lúc chỉ một đối tác được giữ. Hãy chọn rõ ràng việc chuyển quyền sang { $partner }.
msg-inv-offer-not-declined = { $id } là liên kết ưu đãi, mở cho mọi khách hàng; không có gì để từ chối — chỉ cần không dùng nó.
msg-inv-not-waiting-for = { $id } không chờ { $company }.
msg-inv-no-recipient = là bắt buộc: khách hàng này chưa có quản trị toàn cầu nào trong hồ sơ
msg-inv-not-a-link = Đó không phải liên kết lời mời partnerdesk; hãy dán toàn bộ liên kết từ email.
msg-inv-unknown-link = Không có lời mời nào với liên kết này trong sổ; có thể nó đã bị dọn.
msg-inv-not-addressed = { $id } không được gửi tới khách hàng nào trong sổ này.
msg-perm-partner = { $op } cần { $roles }; bạn là { $you }.
msg-perm-other-tenant = { $op } cần { $roles }; bạn đang đăng nhập vào { $company }, không phải khách hàng này.
msg-perm-not-global-admin = { $op } cần { $roles }; { $email } không phải quản trị toàn cầu của { $company }.
msg-perm-customer = { $op } cần { $roles }; việc này do đối tác thực hiện, không phải khách hàng.
op-request-reseller = Yêu cầu mối quan hệ đại lý
op-edit-invitation = Sửa hoặc gửi lời mời
op-revoke-invitation = Thu hồi lời mời
op-purge-invitations = Dọn lời mời cũ
op-send-offer = Gửi thư mời dùng thử hoặc ưu đãi
op-add-customer = Thêm khách hàng
op-edit-customer = Sửa thông tin khách hàng
op-assign-support-contact = Chỉ định người liên hệ hỗ trợ
op-open-service-request = Mở yêu cầu dịch vụ thay mặt khách hàng
op-add-subscription = Thiết lập thuê bao
op-remove-reseller = Xóa mối quan hệ đại lý
op-manage-partner-users = Quản lý người dùng đối tác và vai trò của họ
op-edit-company-profile = Sửa hồ sơ công ty
op-manage-directory = Quản lý danh bạ đối tác
op-manage-admin-relationships = Tạo hoặc kết thúc mối quan hệ quản trị
op-accept-invitation = Chấp nhận lời mời
op-set-partner-of-record = Đặt đối tác bản ghi
op-manage-customer-admin-privileges = Xóa hoặc trao lại quyền của người quản trị của đối tác
roles-admin-or-sales-agent = vai trò đại lý quản trị hoặc đại lý bán hàng, hoặc quản trị toàn cầu
roles-send-offer = vai trò đại lý quản trị hoặc đại lý bán hàng, quyền quản trị các công ty bạn hỗ trợ, hoặc quản trị toàn cầu
roles-admin-agent-or-global = vai trò đại lý quản trị hoặc quản trị toàn cầu
roles-admin-or-helpdesk-agent = vai trò đại lý quản trị hoặc đại lý hỗ trợ, hoặc quản trị toàn cầu
roles-any-agent = một vai trò đại lý quản trị, bán hàng hoặc hỗ trợ, hoặc quản trị toàn cầu
roles-global-admin = quản trị toàn cầu
roles-global-or-user-management-admin = quản trị toàn cầu hoặc quản trị người dùng
roles-admin-agent = vai trò đại lý quản trị
roles-customer-global-admin = một quản trị toàn cầu của đối tượng thuê của khách hàng
subscription-status-in-sentence-active = đang hoạt động
subscription-status-in-sentence-trial = dùng thử
subscription-status-in-sentence-suspended = tạm ngưng
subscription-status-in-sentence-expired = hết hạn

## The names of the inputs a refusal points at

input-admin-email = Email quản trị
input-admin-name = Tên quản trị
input-cloud = Đám mây
input-company = Công ty
input-company-role = Vai trò công ty
input-contact-email = Email liên hệ
input-country = Quốc gia
input-delegated-admin = Quản trị được ủy quyền
input-description = Mô tả
input-domain = Tên miền
input-duration = Thời hạn
input-email = Email
input-kind = Loại
input-licences = Giấy phép
input-link = Liên kết
input-mca = Thỏa thuận khách hàng của Microsoft
input-name = Tên
input-offer = Ưu đãi
input-partner = Đối tác
input-partner-id = ID đối tác
input-phone = Điện thoại
input-product-key = Khóa sản phẩm
input-provider-tenant = Đối tượng thuê của nhà cung cấp
input-recipient = Người nhận
input-reseller = Đại lý
input-roles = Vai trò
input-subject = Tiêu đề
input-support-contacts = Người liên hệ hỗ trợ
input-tenant-id = ID đối tượng thuê
input-title = Tiêu đề
input-address = Địa chỉ
input-admin-agent = Đại lý quản trị
input-advisor = Được ủy quyền làm tư vấn
input-auto-extend = Tự gia hạn
input-city = Thành phố
input-customer = Khách hàng
input-dap-certified = Chứng nhận quản trị ủy quyền
input-helpdesk-agent = Đại lý hỗ trợ
input-includes = Bao gồm
input-invitation = Lời mời
input-move-admin = Chuyển quyền quản trị
input-partner-of-record = Đối tác bản ghi
input-postal-code = Mã bưu chính
input-sales-agent = Đại lý bán hàng
input-severity = Mức độ
input-subscription = Thuê bao
input-supported-companies = Công ty được hỗ trợ
input-trial = Dùng thử
input-used-by = Được dùng bởi
input-where = Nơi
refusal-about = { $input }: { $msg }

## The invitation and offer emails, in the customer's language (src/text/letters.rs).

letter-reseller-subject = { $partner } mời { $company } thiết lập mối quan hệ đại lý Microsoft
letter-reseller-body =
    Kính gửi Quý quản trị viên của { $company },

    { $partner } mong muốn trở thành nhà cung cấp giải pháp điện toán đám mây Microsoft (CSP) của Quý công ty, để chúng tôi có thể giúp Quý công ty mua thuê bao và quản lý các dịch vụ trực tuyến.

    Để chấp nhận, một quản trị toàn cầu của { $company } mở liên kết này và đăng nhập vào { $portal }:

    { $link }

    Nếu Quý công ty chưa chấp nhận Thỏa thuận khách hàng của Microsoft, Quý công ty sẽ được yêu cầu chấp nhận khi chấp nhận lời mời này.

    Trân trọng,
    { $sender }
    { $partner }
letter-reseller-body-admin =
    Kính gửi Quý quản trị viên của { $company },

    { $partner } mong muốn trở thành nhà cung cấp giải pháp điện toán đám mây Microsoft (CSP) của Quý công ty, để chúng tôi có thể giúp Quý công ty mua thuê bao và quản lý các dịch vụ trực tuyến.

    Yêu cầu này bao gồm quyền quản trị được ủy quyền, để { $partner } có thể quản lý dịch vụ thay mặt Quý công ty. Quý công ty có thể gỡ bỏ quyền này bất cứ lúc nào trong trung tâm quản trị.

    Để chấp nhận, một quản trị toàn cầu của { $company } mở liên kết này và đăng nhập vào { $portal }:

    { $link }

    Nếu Quý công ty chưa chấp nhận Thỏa thuận khách hàng của Microsoft, Quý công ty sẽ được yêu cầu chấp nhận khi chấp nhận lời mời này.

    Trân trọng,
    { $sender }
    { $partner }
letter-offer-greeting = Kính gửi Quý quản trị viên của { $company },
letter-offer-greeting-anyone = Xin chào,
letter-trial-subject = Dùng thử { $offer } miễn phí trong { $days } ngày
letter-trial-offer =
    { $partner } mời Quý khách dùng thử miễn phí các dịch vụ trực tuyến của Microsoft trong { $days } ngày:

    { $lines }
letter-purchase-subject = Ưu đãi Microsoft 365 từ { $partner }
letter-purchase-offer =
    { $partner } đã chuẩn bị ưu đãi này cho Quý khách:

    { $lines }

    Quý khách có thể thay đổi số giấy phép khi mua.
letter-administration-subject = { $partner } đề nghị quản trị các dịch vụ Microsoft của Quý khách
letter-administration-offer = { $partner } đề nghị thay mặt Quý khách quản trị các thuê bao Microsoft, để đội ngũ hỗ trợ của chúng tôi có thể giúp Quý khách trực tiếp.
letter-offer-admin-line = Ưu đãi bao gồm quyền quản trị được ủy quyền: { $partner } sẽ thay mặt Quý khách quản lý thuê bao. Quý khách có thể gỡ bỏ quyền này bất cứ lúc nào trong trung tâm quản trị.
letter-offer-close =
    Để chấp nhận, một quản trị toàn cầu của tổ chức Quý khách mở liên kết này và đăng nhập:

    { $link }

    Trân trọng,
    { $sender }
    { $partner }
letter-offer-line = {"  "}• { $name } — { $count } giấy phép

## Microsoft portals, as Microsoft names them in this language

portal-m365-admin-center = Trung tâm quản trị Microsoft 365
portal-office-admin-portal = Cổng quản trị Microsoft Office
portal-21vianet-admin-center = Trung tâm quản trị 21Vianet

## The lists' narrow columns and the partner's region

anyone-with-link = Bất kỳ ai có liên kết
age-days = { $days } ng
expires-in-days = còn { $days } ng
region = { $country } ({ $code }) · đám mây { $cloud }

## More of permissions and customers

gdap-name-placeholder = Hỗ trợ cho …
auto-extend-on = { $id } tự gia hạn.
auto-extend-off = { $id } không tự gia hạn.
export-stopped = quá trình xuất đã dừng
opened-by = mở bởi { $who } ngày { $on }

## Opening and writing the book file (src/text/book.rs)

open-locked = { $path } đang được mở trong một tiến trình partnerdesk khác; hãy đóng tiến trình đó, hoặc để các nhân viên dùng chung sổ qua `partnerdesk serve`.
open-not-a-book = { $path } không phải sổ partnerdesk; hãy chỉ đường dẫn của một sổ, hoặc tên tệp mới để bắt đầu sổ mới.
open-newer-schema = { $path } được ghi bởi partnerdesk mới hơn (lược đồ v{ $found }; bản này đọc tới v{ $supported }); hãy nâng cấp partnerdesk để mở.
open-missing = Không có sổ tại { $path }; hãy thiết lập sổ của công ty bằng `partnerdesk init --db { $path } …`, hoặc thử `partnerdesk demo`.
open-needs-repair = { $path } chưa được đóng đúng cách và cần sửa chữa (có ghi): hãy mở một lần không có --read-only (hoặc để `partnerdesk serve` mở).
open-needs-upgrade = { $path } được ghi bởi partnerdesk cũ hơn: hãy mở một lần không có --read-only để cập nhật.
open-is-directory = { $path } là một thư mục; hãy chỉ đường dẫn của một tệp sổ bên trong.
open-unavailable = không thể mở { $path }: { $reason }.
file-permission-denied = không có quyền truy cập
file-read-only-file-system = hệ thống tệp chỉ đọc
file-disk-full = đĩa đã đầy
file-damaged = tệp bị hỏng ({ $detail })
write-storage = Không thể ghi sổ, không có gì thay đổi: { $error }

## The customer record's lines

domain-and-tenant = { $domain }  ·  đối tượng thuê { $tenant }
address-and-contacts = { $address }  ·  người liên hệ hỗ trợ: { $contacts }
record-region = { $country } ({ $code })  ·  đám mây { $cloud }

## Administering a customer from its record, the audit event, the command line
tenant-key-suspend = tạm ngưng
tenant-key-reactivate = kích hoạt lại
tenant-key-quantity = số giấy phép
tenant-key-cancel-subscription = hủy thuê bao
tenant-key-assign = gán giấy phép
tenant-key-unassign = bỏ gán giấy phép
tenant-key-add-tenant-user = thêm người dùng
tenant-key-reset-password = đặt lại mật khẩu
tenant-key-global-admin = vai trò quản trị toàn cầu
tenant-suspend-title = Tạm ngưng thuê bao
tenant-suspend-submit = tạm ngưng
tenant-reactivate-title = Kích hoạt lại thuê bao
tenant-reactivate-submit = kích hoạt lại
tenant-quantity-title = Thay đổi số giấy phép
tenant-quantity-submit = thay đổi
tenant-cancel-title = Hủy thuê bao
tenant-cancel-submit = hủy…
tenant-assign-title = Gán giấy phép
tenant-assign-submit = gán
tenant-unassign-title = Bỏ gán giấy phép
tenant-unassign-submit = bỏ gán
tenant-add-tenant-user-title = Thêm người dùng
tenant-add-tenant-user-submit = thêm người dùng
tenant-reset-title = Đặt lại mật khẩu
tenant-reset-submit = đặt lại
tenant-reset-hint = Một mật khẩu tạm thời dùng một lần được tạo và chỉ hiển thị một lần; sổ không bao giờ lưu nó.
tenant-password-title = Mật khẩu tạm thời
tenant-password-done = xong
tenant-password-hint = Hãy đưa mật khẩu này cho người dùng ngay: nó chỉ hiển thị lần này và không được lưu. Họ tự chọn mật khẩu khi đăng nhập lần đầu.
tenant-global-admin-title = Cấp hoặc gỡ quyền quản trị toàn cầu
tenant-global-admin-submit = lưu
tenant-make-global-admin = Cấp quyền quản trị toàn cầu
tenant-remove-global-admin = Gỡ quyền quản trị toàn cầu
tenant-quantity-hint = không bao giờ ít hơn số giấy phép đã gán
tenant-add-user-global-hint = Cấp cho người dùng mới vai trò quản trị toàn cầu trong đối tượng thuê.
tenant-cancel-detail = Thuê bao rời khỏi hồ sơ và giấy phép của nó được thu hồi từ những người dùng đang có; nhật ký kiểm tra vẫn giữ lại.
record-scroll-hint = ↑↓ PgUp PgDn để cuộn
key-command-line = dòng lệnh: mọi thao tác theo tên, :customer TÊN-MIỀN, :inv INV-12, :theme light, :lang vi, :tz Asia/Ho_Chi_Minh
key-run-command = chạy
key-complete = hoàn thành tên
command-title = Lệnh
key-audit-event = trước → sau
audit-event-title = Sự kiện kiểm tra { $seq } — { $action }
audit-via = Đăng nhập bằng
audit-changes = Những gì đã thay đổi (trước → sau)
audit-nothing-recorded = Sự kiện này không ghi lại trường nào.
audit-whole = giá trị
key-mca-hint = Người quản trị toàn cầu của khách hàng đã chấp nhận Thỏa thuận khách hàng Microsoft: được ghi nhận ngay, như khi chấp nhận lời mời. Cần cho khóa sản phẩm.
key-dap-hint = Đồng thời đề nghị quyền quản trị được ủy quyền: một ưu đãi quản trị được ủy quyền cho khách hàng này được soạn sẵn trong Lời mời.
msg-customer-product-key-needs-advisor = Khóa sản phẩm dành cho đối tác được ủy quyền làm cố vấn; { $partner } thì không (hồ sơ công ty cho biết bạn có những ủy quyền nào).
msg-customer-mca-needed-for-key = { $company } chưa chấp nhận Thỏa thuận khách hàng Microsoft: hãy đánh dấu khi người quản trị toàn cầu của họ đã chấp nhận.
op-manage-subscriptions = Thay đổi thuê bao của khách hàng
op-manage-tenant-users = Quản trị người dùng của khách hàng
roles-manage-subscriptions = vai trò Admin agent, Sales agent hoặc Helpdesk agent, quyền Quản trị đầy đủ, hoặc quản trị toàn cầu
roles-manage-tenant-users = quyền Quản trị đầy đủ hoặc hạn chế, vai trò Admin agent hoặc Helpdesk agent, hoặc quản trị toàn cầu (trong đối tượng thuê của chính khách hàng: một quản trị toàn cầu)
input-global-admin = Quản trị toàn cầu
input-temporary-password = Mật khẩu tạm thời
input-user = Người dùng

## the command line, the config file's key bindings, and the language of a session
config-unknown-action = không có thao tác nào tên “{ $action }” (`partnerdesk config --actions` liệt kê chúng; các thẻ và phím di chuyển giữ nguyên phím của chúng)
config-key-taken = { $key } đã là phím của “{ $other }” ở đó; hãy gán lại phím đó nữa, hoặc chọn phím khác
command-needs = :{ $command } cần { $argument }
command-unknown = Không có lệnh “{ $command }”; nhấn Tab sau vài chữ cái để liệt kê các lệnh bắt đầu như vậy.
command-no-customer = Không có khách hàng nào trong danh sách có tên miền hoặc ID đối tượng thuê “{ $wanted }”.
command-no-invitation = Không có lời mời { $id } trong danh sách này.
command-language = partnerdesk không hỗ trợ ngôn ngữ { $language }; :lang nhận en, vi, tr hoặc zh-CN.
zone-now = Từ giờ, thời gian được hiển thị theo múi giờ { $zone }.
zone-is = Thời gian theo múi giờ { $zone }; đổi bằng :tz TÊN (ví dụ Asia/Ho_Chi_Minh).
zone-unknown = “{ $zone }” không phải là múi giờ; :tz nhận một tên như Asia/Ho_Chi_Minh.
subscription-added-with-offer = Đã thiết lập thuê bao cho { $company }; thư chào hàng quản trị được ủy quyền { $offer } là bản nháp trong Lời mời, chờ gửi.
clipboard-subject = Chủ đề: { $subject }
ssh-no-pty = partnerdesk cần một terminal: hãy kết nối lại bằng `ssh -t`.
ssh-no-pty-key = partnerdesk cần một terminal, nhưng khóa này không được phép có (no-pty, hoặc restrict không kèm pty).
ssh-busy = partnerdesk: đang mở quá nhiều phiên; hãy thử lại sau ít phút.

## the subcommands (src/text/cli.rs)
cli-no-organization = sổ này chưa có tổ chức đối tác
cli-quantity-for-offers = --quantity dành cho thư chào hàng mua; liên kết này là lời mời đại lý
cli-mca-accepted = Thỏa thuận khách hàng của Microsoft đã được chấp nhận cùng lúc.
cli-no-customer = không có khách hàng nào có ID đối tượng thuê hoặc tên miền { $key } trong sổ
cli-no-customer-domain = không có khách hàng nào có tên miền { $domain } trong sổ
cli-cloud-usage = --cloud { $cloud }: dùng public, usgov, germany hoặc 21vianet
cli-accepted = { $admin ->
    [yes] Đã chấp nhận { $invitation }: { $partner } giờ là đại lý của { $customer }, kèm quyền quản trị được ủy quyền.
   *[no] Đã chấp nhận { $invitation }: { $partner } giờ là đại lý của { $customer }.
}
cli-admin-moved = Quyền của người quản trị đã được chuyển từ đối tác { $from }.
cli-portal = (Trên các cổng của Microsoft, khách hàng này chấp nhận trong { $portal }.)
cli-stays-listed = { $company } vẫn ở trong danh sách của bạn: vẫn còn một mối quan hệ khác.
cli-customer-added = Đã thêm { $company } với tên miền { $domain } (đối tượng thuê { $tenant }).
cli-customer-added-no-admin = Bạn là đại lý của họ, chưa có quyền của người quản trị: người quản trị toàn cầu của họ cấp quyền này. Để đề nghị: partnerdesk invite --customer { $domain } --restore-admin

## Languages and time zones in the config file and the command line's text output
config-zone-unknown = “{ $zone }” không phải là múi giờ có trong cơ sở dữ liệu múi giờ; hãy ghi một tên như Asia/Ho_Chi_Minh.
config-language-unknown = partnerdesk không hỗ trợ ngôn ngữ “{ $language }”; hãy dùng một trong { $languages }.
catalogue-offer-line = { $id }  { $name } tối đa { $licences }  { $trial } { $services }
session-unknown-user = { $email } không phải là người dùng của đối tác cũng không phải người dùng của một khách hàng trong sổ này; hãy kiểm tra địa chỉ, hoặc xem danh sách người dùng bằng `partnerdesk export`.

## The SSH server's own lines, for whoever runs `serve`
ssh-serving = đang phục vụ tại { $listen } cho { $keys } khóa; khóa máy chủ { $fingerprint } ({ $path })
ssh-file-limit-raised = giới hạn số tệp mở đã được nâng từ { $before } lên { $after }
ssh-key-line-skipped = { $path } dòng { $line } bị bỏ qua: { $why }

## What bringing an older book up to date did (the migration log)
migration-schema = lược đồ v{ $from } → v{ $to }
migration-steps = { $schema }: { $steps }
migration-separator = ;{" "}
migration-list-rows = đã dựng lại các dòng danh sách cho { $customers } khách hàng
migration-catalogue-kept = giữ nguyên danh mục ưu đãi của sổ
migration-catalogue-added = đã thêm danh mục mặc định gồm { $offers } ưu đãi
migration-audit-reduced = { $records } bản ghi kiểm tra được rút gọn chỉ còn các trường đã thay đổi
migration-checksums = { $records } bản ghi của { $tables } bảng được thêm tổng kiểm
migration-operator-settings = đã thêm bảng lưu ngôn ngữ riêng của người vận hành

## The language of a reseller request's email, chosen in the request form (or --email-lang)
input-email-language = Ngôn ngữ email
email-language-by-country = theo quốc gia của khách hàng
email-language-of-country = { $language } (theo quốc gia)
cli-help-invite--email-lang = Ngôn ngữ của email: en, vi, tr hoặc zh-CN (mặc định: theo quốc gia của khách hàng)

## An offer's page: what it offers
offered-line = { $name } — { $licences } giấy phép
offered-trial-line = { $name } — { $licences } giấy phép, { $days } ngày

## A form's checkbox that cannot be changed
field-locked = đã khóa

## Key scripts (`snapshot --keys`, the config file's keys)
keyscript-bad = kịch bản phím sai tại “{ $token }”: { $reason }
keyscript-resize = đổi kích thước được viết là <resize:80x24>
keyscript-width = chiều rộng không phải là số
keyscript-height = chiều cao không phải là số
keyscript-size = màn hình rộng và cao từ 1 đến 1000 ô
keyscript-unknown-key = tên phím không xác định (xem `partnerdesk snapshot --help`)
keyscript-unclosed = dấu < không có dấu > đóng (gõ chính dấu < bằng <lt>)

## When the desk stops on an internal error (the terminal is restored first)
crash-stopped = đã dừng vì một lỗi nội bộ tại { $location }: { $message }
crash-changes-safe = Mọi thay đổi đã ghi trước đó vẫn an toàn trong sổ.
crash-log = Nhật ký nằm tại { $log }; vui lòng đính kèm nó vào báo cáo lỗi.
