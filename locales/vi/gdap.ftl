# partnerdesk — vi: granular delegated admin (GDAP): role templates, access assignments, approval links, expiry, bulk jobs, access health.
# Same ids and arguments in every locale (tests: i18n::tests).

gdap-approval-link = Liên kết phê duyệt
gdap-template-matches = có đúng các vai trò của mẫu
gdap-nothing-ending = Không có mối quan hệ quản trị chi tiết nào kết thúc trong thời gian đó.
gdap-no-problems = Không khách hàng nào có vấn đề về quyền truy cập.
gdap-none-differ = Mọi mối quan hệ còn hiệu lực đều có đúng các vai trò của mẫu.
gdap-template-microsoft-default = Vai trò mặc định của Microsoft (nhà cung cấp gián tiếp)
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
gdap-input-security-group = Nhóm bảo mật
gdap-input-group-name = Tên nhóm
gdap-input-assignment = Phân quyền truy cập
gdap-msg-assign-not-active = { $id } đang { $status }; chỉ có thể phân quyền truy cập trên mối quan hệ đang hoạt động.
gdap-msg-role-not-held = { $id } không có vai trò { $role }: phân quyền truy cập chỉ trao các vai trò của mối quan hệ đó.
gdap-msg-group-assigned-already = { $group } đã có các vai trò của { $id } qua { $assignment }; hãy gỡ phân quyền đó trước.
gdap-msg-already-removed = { $assignment } đã ở trạng thái { $status }.
gdap-msg-not-in-progress = { $assignment } đang ở trạng thái { $status }: Microsoft không có gì để báo cáo.
gdap-msg-not-a-group-id = “{ $text }” không phải nhóm bảo mật trong sổ, cũng không phải ID đối tượng của nhóm (GUID)
gdap-msg-group-named-otherwise = nhóm này có trong sổ với tên “{ $name }”; hãy để trống tên
gdap-msg-new-group-needs-name = nhóm mới cần tên như Microsoft Entra hiển thị
gdap-msg-assignment-gone = { $assignment } không còn trong sổ.
gdap-problem-no-assignment = { $id } đang hoạt động nhưng không nhóm bảo mật nào có các vai trò của nó
gdap-problem-assignment-failed = { $id } của { $relationship } thất bại: { $reason }
gdap-key-assign = phân quyền cho nhóm
gdap-key-unassign = gỡ phân quyền
gdap-assign-title = Phân vai trò cho nhóm bảo mật
gdap-unassign-title = Gỡ phân quyền truy cập
gdap-group-hint = nhóm trong sổ (tên hoặc ID), hoặc ID đối tượng của nhóm mới
gdap-group-name-hint = chỉ cho nhóm mới
gdap-assign-roles-hint = các vai trò của mối quan hệ này mà thành viên nhóm nhận được
gdap-unassign-detail = Microsoft gỡ phân quyền; thành viên nhóm mất các vai trò này trong tenant của khách hàng.
gdap-no-assignments = Chưa có phân quyền truy cập: không nhóm bảo mật nào có các vai trò của mối quan hệ này.
gdap-no-groups = chưa có nhóm bảo mật
gdap-assignment-pending = đang chờ
gdap-assignment-active = hoạt động
gdap-assignment-deleting = đang gỡ
gdap-assignment-deleted = đã gỡ
gdap-assignment-error = thất bại
gdap-assignment-error-group-not-found = nhóm bảo mật không có trong tenant của bạn
gdap-assignment-error-relationship-ended = mối quan hệ đã kết thúc trước
gdap-assignment-error-role-not-held = một vai trò không còn trong mối quan hệ
gdap-assignment-error-microsoft = Microsoft báo: { $message }
gdap-assignment-error-because = thất bại: { $reason }
gdap-assignment-saved = { $id }: { $status }.
gdap-unassign-prompt = Gỡ { $id } khỏi { $group }?
gdap-assignment-line = { $id } · { $group } · { $roles } · { $status }
gdap-assigned-count = { $count ->
    [0] chưa có phân quyền truy cập
   *[other] { $count } phân quyền truy cập
}
gdap-not-an-assignment-id = “{ $text }” không phải ID phân quyền truy cập như ACC-4
gdap-no-such-assignment = Không có phân quyền truy cập { $id } trong sổ.
gdap-assign = Phân quyền
gdap-remove = Gỡ
gdap-key-problems-only = chỉ vấn đề truy cập
gdap-col-access = GDAP
gdap-problems-only-on = { $count ->
    [0] Không khách hàng nào có vấn đề về quyền truy cập. (! hiện mọi khách hàng)
   *[other] { $count } khách hàng có vấn đề về quyền truy cập. (! hiện mọi khách hàng)
}
gdap-problems-only-off = Đang hiện mọi khách hàng.
gdap-cell-none = —
gdap-cell-pending = chờ
gdap-cell-active = hoạt động
gdap-cell-expiring = { $days } ngày
gdap-problems-only-next = Nhấn ! để hiện lại mọi khách hàng.
gdap-status-problems-only = chỉ vấn đề truy cập (!)
gdap-msg-remove-ga-not-active = { $id } đang { $status }; Microsoft chỉ cho gỡ vai trò Global Administrator khỏi mối quan hệ đang hoạt động.
gdap-msg-no-global-admin = { $id } không có vai trò Global Administrator.
gdap-msg-only-global-admin = Global Administrator là vai trò duy nhất của { $id }; hãy kết thúc mối quan hệ.
gdap-msg-assignment-holds-global-admin = { $assignment } trao vai trò Global Administrator của { $id } cho một nhóm; hãy gỡ phân quyền đó trước.
gdap-msg-no-live-relationship = { $company } không có mối quan hệ quản trị chi tiết nào để thay đổi.
gdap-msg-no-tenant-on-line = dòng { $line } không có ID tenant: “{ $text }”
gdap-bulk-would = { $item } · { $company } · sẽ thực hiện
gdap-bulk-done = { $item } · { $company } · đã xong
gdap-bulk-refused = { $item } · { $company } · bị từ chối: { $reason }
gdap-bulk-summary = { $done } đã xong, { $refused } bị từ chối.
gdap-bulk-summary-dry-run = Chạy thử: { $done } sẽ thực hiện, { $refused } sẽ bị từ chối; chưa ghi gì.
gdap-bulk-needs-template = Yêu cầu hàng loạt cần --template (xem `partnerdesk gdap templates`).
gdap-cannot-read = Không đọc được { $file }: { $reason }
gdap-input-bulk-action = Thao tác
gdap-input-dry-run = Chạy thử
gdap-key-bulk = thao tác GDAP hàng loạt
gdap-key-export-results = xuất kết quả (CSV)
gdap-bulk-title = Quản trị chi tiết: một thao tác cho nhiều khách hàng
gdap-bulk-run = Chạy
gdap-bulk-request-hint = khi yêu cầu: các vai trò xin từ mỗi khách hàng
gdap-bulk-prefix-hint = khi yêu cầu: tên gồm phần này và tên miền của khách hàng
gdap-dry-run-hint = cho biết từng mục sẽ ra sao; không thay đổi gì
gdap-bulk-results = Kết quả hàng loạt
gdap-bulk-outcome-refused = bị từ chối
gdap-bulk-outcome-would = sẽ thực hiện
gdap-bulk-outcome-done = đã xong
gdap-no-bulk = Chưa có thao tác hàng loạt nào trong phiên này.
gdap-no-bulk-next = Đánh dấu khách hàng ở thẻ Khách hàng (hoặc lọc) rồi nhấn b.
gdap-col-outcome = Kết quả
gdap-col-reason = Lý do
gdap-col-item = Mục
gdap-count-results = { $shown } / { $total } kết quả
gdap-bulk-request = Yêu cầu theo mẫu vai trò
gdap-bulk-auto-extend-on = Bật tự động gia hạn
gdap-bulk-auto-extend-off = Tắt tự động gia hạn
gdap-bulk-remove-global-admin = Gỡ vai trò Global Administrator
gdap-bulk-end = Kết thúc các mối quan hệ
gdap-bulk-targets = { $count } khách hàng
gdap-bulk-cancelled = Đã dừng: { $done } đã xong, { $refused } bị từ chối, { $left } chưa chạy.
gdap-bulk-exported = Đã ghi { $rows } kết quả vào { $path }
gdap-bulk-copied = Đã sao chép { $rows } kết quả vào bảng tạm dạng CSV (qua SSH không có gì được ghi trên máy chủ).
gdap-bulk-progress = Quản trị chi tiết: { $done } / { $total } mục (Esc để dừng){" "}
gdap-bulk-stopped = Đã dừng sau { $done } mục xong: { $why }

## Mẫu vai trò riêng của đối tác, và email phê duyệt.
gdap-template-microsoft-default-direct = Vai trò mặc định của Microsoft (đối tác trực tiếp, đại lý gián tiếp)
gdap-template-saved = { $count ->
    [0] Đã lưu { $name }; mọi mối quan hệ còn hiệu lực đều có đúng các vai trò của mẫu.
   *[other] Đã lưu { $name }; { $count } mối quan hệ còn hiệu lực khác với mẫu này.
}
gdap-template-removed = Đã xóa { $name }; các mối quan hệ được yêu cầu từ mẫu này vẫn giữ vai trò của chúng.
gdap-msg-template-name-built-in = “{ $name }” là khóa của một mẫu của Microsoft; hãy chọn tên khác
gdap-msg-template-exists = mẫu vai trò “{ $name }” đã có trong sổ; hãy thay đổi mẫu đó
gdap-msg-template-needs-roles = một mẫu vai trò cần ít nhất một vai trò
gdap-msg-no-such-template = Không có mẫu vai trò “{ $name }” trong sổ.
gdap-msg-not-awaiting-approval = { $id } đang { $status }; chỉ mối quan hệ đang chờ khách hàng phê duyệt mới được gửi yêu cầu phê duyệt.
gdap-key-approval-email = gửi email yêu cầu phê duyệt
gdap-approval-sent = { $id }: đã gửi email phê duyệt; yêu cầu sẽ hết hiệu lực sau { $days } ngày nếu khách hàng không phê duyệt.
gdap-letter-role = • { $role }
gdap-letter-approval-subject = { $partner } đề nghị các vai trò quản trị trong tenant Microsoft của Quý công ty
gdap-letter-approval-body =
    Kính gửi Quý quản trị viên của { $company },

    { $partner } đề nghị quyền quản trị được ủy quyền chi tiết (GDAP) trong tenant Microsoft của Quý công ty, để chúng tôi hỗ trợ các dịch vụ của Quý công ty chỉ với các vai trò dưới đây, trong { $days } ngày:

    { $roles }

    Mối quan hệ có tên “{ $name }”. Để phê duyệt, một quản trị toàn cầu của { $company } mở liên kết này và đăng nhập vào Trung tâm quản trị Microsoft 365:

    { $link }

    Yêu cầu sẽ hết hiệu lực vào ngày { $lapses } nếu không được phê duyệt. Quý công ty có thể kết thúc mối quan hệ bất cứ lúc nào trong trung tâm quản trị.

    Trân trọng,
    { $sender }
cli-help-gdap-template = Tạo hoặc thay đổi một mẫu vai trò của riêng bạn (--role, --from), hoặc xóa mẫu (--remove); cho biết bao nhiêu mối quan hệ còn hiệu lực khác với mẫu
cli-help-gdap-template--name = Tên mẫu: tối đa 50 ký tự, không trùng khóa của một mẫu của Microsoft
cli-help-gdap-template--roles = Một vai trò theo ID mẫu vai trò Microsoft Entra (lặp lại được)
cli-help-gdap-template--from = Bắt đầu từ các vai trò của một mẫu khác (xem `gdap templates`)
cli-help-gdap-template--remove = Xóa mẫu; các mối quan hệ được yêu cầu từ mẫu này vẫn giữ vai trò
cli-help-gdap-approval-email = Email phê duyệt của một mối quan hệ đang chờ khách hàng: gửi quản trị toàn cầu của họ, bằng ngôn ngữ của khách hàng, kèm liên kết phê duyệt
cli-help-gdap-approval-email--relationship = ID của mối quan hệ, như trên màn hình (GDAP-3)
gdap-role-templates = Mẫu vai trò
gdap-count-templates = { $shown } / { $total } mẫu
gdap-key-new-template = mẫu mới
gdap-key-edit-template = thay đổi vai trò của mẫu
gdap-key-remove-template = xóa mẫu
gdap-new-template-title = Mẫu vai trò mới
gdap-edit-template-title = Thay đổi vai trò của một mẫu
gdap-template-name-placeholder = Hỗ trợ cấp 1
gdap-built-in-fixed = Các mẫu của Microsoft là cố định; nhấn n để tạo mẫu riêng từ một mẫu có sẵn.
gdap-remove-template-detail = Các mối quan hệ được yêu cầu từ mẫu này vẫn giữ vai trò của chúng.
gdap-col-from = Nguồn
gdap-col-differ = Khác
gdap-from-microsoft = Microsoft
gdap-from-partner = của bạn
gdap-remove-template-prompt = Xóa mẫu vai trò { $name }?
gdap-more-differ = … và { $count } mối quan hệ khác
gdap-expiring = Sắp hết hạn
gdap-col-window = Trong vòng
gdap-col-at-the-end = Khi kết thúc
gdap-template-row-differs = { $id } ({ $customer }): thiếu { $missing }; có thêm { $extra }
gdap-approval-email-title = Email phê duyệt
