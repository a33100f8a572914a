# partnerdesk — vi: granular delegated admin (GDAP): role templates, access assignments, approval links, expiry, bulk jobs, access health.
# Same ids and arguments in every locale (tests: i18n::tests).

gdap-approval-link = Liên kết phê duyệt
gdap-template-matches = có đúng các vai trò của mẫu
gdap-nothing-ending = Không có mối quan hệ quản trị chi tiết nào kết thúc trong thời gian đó.
gdap-no-problems = Không khách hàng nào có vấn đề về quyền truy cập.
gdap-none-differ = Mọi mối quan hệ còn hiệu lực đều có đúng các vai trò của mẫu.
gdap-template-microsoft-default = Vai trò mặc định của Microsoft
gdap-template-support = Hỗ trợ (đặc quyền tối thiểu)
gdap-template-read-only = Chỉ đọc
gdap-window-day = trong 1 ngày
gdap-window-week = trong 7 ngày
gdap-window-month = trong 31 ngày
gdap-window-later = sau đó
gdap-cannot-extend-global-admin = mối quan hệ có vai trò Global Administrator
gdap-renewal-auto-extends = tự động gia hạn thêm 180 ngày
gdap-renewal-off = kết thúc: tự động gia hạn đang tắt
gdap-renewal-cannot = kết thúc, không thể tự động gia hạn: { $reason }
gdap-renewal-approval-lapses = hết hiệu lực nếu khách hàng không phê duyệt
gdap-ends-in = { $days ->
    [0] kết thúc hôm nay
   *[other] kết thúc sau { $days } ngày
}
gdap-access-none = không có
gdap-access-pending = chờ phê duyệt
gdap-access-active = hoạt động
gdap-access-expiring = sắp hết hạn sau { $days } ngày
gdap-problem-without-reseller = Có GDAP nhưng không có mối quan hệ đại lý
gdap-problem-expires-cannot-extend = { $id } hết hạn sau { $days } ngày, không thể tự động gia hạn: { $reason }
gdap-problem-expires-auto-extend-off = { $id } hết hạn sau { $days } ngày, tự động gia hạn đang tắt
gdap-problem-approval-lapses = { $id } chưa được phê duyệt và hết hiệu lực sau { $days } ngày
gdap-reseller-yes = đại lý
gdap-reseller-no = không có mối quan hệ đại lý
gdap-template-differs = { $id } khác với { $template }: thiếu { $missing }; có thêm { $extra }
gdap-pending-age = đã chờ { $days } ngày, hết hiệu lực sau { $left } ngày
gdap-not-an-id = “{ $text }” không phải mã mối quan hệ dạng GDAP-3
gdap-no-such-template = Không có mẫu vai trò “{ $template }”; `partnerdesk gdap templates` liệt kê các mẫu.
gdap-not-a-role = “{ $text }” không phải mã của một vai trò có sẵn của Microsoft Entra
gdap-no-such-relationship = Không có mối quan hệ quản trị chi tiết { $id } trong sổ.
gdap-no-organization = Sổ này chưa có tổ chức đối tác.
gdap-rec-access = Quyền GDAP
gdap-access-summary = { $reseller } · GDAP { $access }
gdap-input-template = Mẫu vai trò
gdap-template-hint = các vai trò ban đầu; chọn thêm bên dưới
gdap-no-template = không có
