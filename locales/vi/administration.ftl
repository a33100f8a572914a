# partnerdesk — vi: administering a customer from its record: subscriptions, users, licences, contacts, company profile, region and cloud.
# Same ids and arguments in every locale (tests: i18n::tests).

## Quy tắc 3: khu vực CSP và đám mây.
csp-region-africa = Châu Phi
csp-region-asia-pacific = Châu Á và Thái Bình Dương
csp-region-australia = Úc
csp-region-brazil = Brazil
csp-region-canada = Canada
csp-region-europe = Châu Âu
csp-region-india = Ấn Độ
csp-region-japan = Nhật Bản
csp-region-korea = Hàn Quốc
csp-region-latin-america-caribbean = Mỹ Latinh và Caribe
csp-region-middle-east-central-eastern-europe = Trung Đông, Trung Âu và Đông Âu
csp-region-new-zealand = New Zealand
csp-region-russia = Nga
csp-region-taiwan = Đài Loan
csp-region-united-states = Hoa Kỳ
msg-customer-other-cloud = { $company } ở đám mây { $cloud }; { $partner } ở đám mây { $partner_cloud } và chỉ giao dịch với khách hàng trong đám mây của mình.
msg-customer-other-region = { $company } ở { $country_name } ({ $country }), ngoài khu vực CSP của { $partner } ({ $region }); đối tác chỉ giao dịch với khách hàng ở quốc gia hoặc khu vực CSP của mình.
msg-customer-other-country = { $company } ở { $country_name } ({ $country }); { $partner } ở { $partner_country_name } ({ $partner_country }), một thị trường CSP riêng, và chỉ giao dịch với khách hàng ở đó.

## Quản trị đối tượng thuê từ hồ sơ khách hàng: từ chối.
msg-tenant-no-admin-privileges = Bạn không có quyền của người quản trị đối với { $company }: người quản trị toàn cầu của chính họ quản trị người dùng, hoặc hãy gửi cho họ một đề nghị quản trị được ủy quyền.
msg-tenant-no-tenant-role = Vai trò của bạn không cho phép quản trị các công ty được hỗ trợ: hãy xin Quản trị đầy đủ hoặc Quản trị hạn chế, hoặc một vai trò đại lý.
msg-tenant-not-reseller = Bạn không phải là đại lý của { $company }: chỉ đối tác bán thuê bao cho họ mới thay đổi được các thuê bao đó.
msg-tenant-bought-through-partner = Thuê bao mua qua đối tác do chính đối tác đó thay đổi: hãy liên hệ đại lý của bạn.
msg-tenant-no-such-subscription = { $company } không có thuê bao { $subscription }.
msg-tenant-no-such-user = { $email } không phải là người dùng của { $company }.
msg-tenant-user-exists = { $email } đã là người dùng của đối tượng thuê này.
msg-tenant-is-suspended = { $subscription } đang bị tạm ngưng: hãy kích hoạt lại trước.
msg-tenant-has-expired = { $subscription } đã hết hạn: không thể thay đổi gì nữa.
msg-tenant-is-trial = { $subscription } là bản dùng thử: số giấy phép cố định cho đến khi được mua.
msg-tenant-is-active = { $subscription } đang hoạt động: không có gì để kích hoạt lại.
msg-tenant-quantity-unchanged = { $subscription } đã có { $quantity } giấy phép.
msg-tenant-below-assigned = phải ít nhất là { $assigned }: { $assigned } giấy phép của { $subscription } đã được gán; hãy bỏ gán trước
msg-tenant-all-assigned = Cả { $quantity } giấy phép của { $subscription } đều đã được gán: hãy thêm giấy phép hoặc bỏ gán một giấy phép trước.
msg-tenant-already-assigned = { $email } đã có giấy phép của { $subscription }.
msg-tenant-not-assigned = { $email } không có giấy phép của { $subscription }.
msg-tenant-reset-needs-global = { $email } là người quản trị toàn cầu: chỉ Quản trị đầy đủ mới đặt lại được mật khẩu của người quản trị.
msg-tenant-needs-global = Việc này cần người quản trị toàn cầu của đối tượng thuê (Quản trị đầy đủ hoặc đại lý quản trị); Quản trị hạn chế chỉ đặt lại mật khẩu.
msg-tenant-already-global-admin = { $email } đã là người quản trị toàn cầu.
msg-tenant-not-global-admin = { $email } không phải là người quản trị toàn cầu.
msg-tenant-last-global-admin = { $email } là người quản trị toàn cầu cuối cùng của { $company }: hãy cho người dùng khác làm quản trị toàn cầu trước.

## Quản trị đối tượng thuê từ hồ sơ khách hàng: màn hình và kết quả.
tenant-no-subscriptions = { $company } không có thuê bao nào.
tenant-no-users = { $company } không có người dùng nào.
tenant-subscription-option = { $id } · { $status } · đã gán { $assigned }/{ $quantity } · { $offer }
tenant-user-option = { $email } · { $name }
tenant-user-option-global-admin = { $email } · Quản trị toàn cầu · { $name }
tenant-cancel-prompt = Hủy { $id } ({ $offer }) của { $company }?
tenant-subscription-suspended = { $id } của { $company } đã bị tạm ngưng.
tenant-subscription-reactivated = { $id } của { $company } đã hoạt động trở lại.
tenant-subscription-cancelled = { $id } của { $company } đã bị hủy.
tenant-quantity-changed = { $id } hiện có { $quantity } giấy phép.
tenant-licence-assigned = { $email } hiện đã có giấy phép của { $id }.
tenant-licence-unassigned = Giấy phép { $id } của { $email } đã được thu hồi.
tenant-user-added = { $email } hiện là người dùng của { $company }.
tenant-global-admin-given = { $email } hiện là người quản trị toàn cầu.
tenant-global-admin-taken = { $email } không còn là người quản trị toàn cầu.
tenant-password-reset = Mật khẩu của { $email } đã được đặt lại.
tenant-suspend-and-remove-prompt = Tạm ngưng { $count } thuê bao ({ $ids }) và xóa mối quan hệ đại lý của bạn với { $company }?
tenant-removal-detail = Quyền của người quản trị và người liên hệ hỗ trợ của bạn cũng bị xóa, và { $company } rời khỏi danh sách khách hàng của bạn.
tenant-removal-detail-remains = Quyền của người quản trị và người liên hệ hỗ trợ của bạn cũng bị xóa; { $company } vẫn ở trong danh sách của bạn, với những gì còn lại: { $remains }.
tenant-granular-remains = mối quan hệ quản trị chi tiết { $id }
tenant-suspended-and-removed = { $count } thuê bao của { $company } đã bị tạm ngưng và mối quan hệ đại lý của bạn đã được xóa.

## Đối tác bản ghi, phía khách hàng (quy tắc 10).
msg-partner-unknown-to-customer = { $id } không phải là đối tác được biết ở đây; hãy kiểm tra lại ID với đối tác.
msg-partner-cannot-be-partner-of-record = { $name } ({ $kind }) không thể là đối tác bản ghi: chỉ đại lý hoặc tư vấn mới có thể.
msg-partner-neither-reseller-nor-advisor = { $name } không được ủy quyền làm đại lý hay tư vấn, nên không thể là đối tác bản ghi.
msg-partner-in-other-cloud = { $name } làm việc trong đám mây { $cloud } còn đối tượng thuê của bạn ở đám mây { $customer_cloud }: đối tác bản ghi làm việc trong đám mây của khách hàng.
por-confirm = Đặt { $name } làm đối tác bản ghi của { $sub }?
por-found = Kiểm tra ID tìm thấy { $name }: { $kind }, { $country_name } ({ $country }), đám mây { $cloud }, ID đối tác { $id }.

## Thêm khách hàng (quy tắc 7).
customer-added-as-reseller = Đã thêm { $company }: bạn là đại lý của họ; người quản trị toàn cầu của họ cấp quyền của người quản trị (hãy gửi đề nghị quản trị được ủy quyền).

## Nhiều đối tác: giữ quyền của người quản trị ở đối tác khác, khôi phục quyền.
admin-key-restore-admin = yêu cầu khôi phục quyền của người quản trị
admin-restore-title = Yêu cầu khôi phục quyền quản trị được ủy quyền
admin-restore-submit = Soạn thư
admin-includes-restore = chỉ quyền quản trị được ủy quyền: đại lý của bạn đề nghị được giữ lại quyền này
admin-kind-restore-short = Phục hồi
admin-restore-hint-holder = Khách hàng đại lý của bạn; { $holder } đang giữ quyền của người quản trị. Khi chấp nhận, quyền được chuyển sang bạn.
admin-restore-hint-none = Khách hàng đại lý của bạn; hiện không đối tác nào giữ quyền của người quản trị. Khi chấp nhận, quyền được cấp cho bạn.
admin-move-or-keep-hint = { $holder } đang giữ quyền này; chỉ một đối tác được giữ. Đánh dấu để chuyển quyền sang { $partner }; để trống để giữ quyền ở { $holder } và chỉ chấp nhận mối quan hệ đại lý (không cấp quyền của người quản trị).
admin-not-granted = có yêu cầu quyền của người quản trị nhưng không được cấp: khách hàng giữ quyền ở đối tác đang giữ
admin-restore-asked = chỉ yêu cầu khôi phục quyền của người quản trị
admin-accepted-restored = Đã chấp nhận: { $partner } lại giữ quyền quản trị được ủy quyền của bạn. (Trong cổng thông tin của Microsoft, việc này được thực hiện tại { $portal }.)
admin-accepted-not-granted = Đã chấp nhận: { $partner } giờ là đại lý của bạn; quyền của người quản trị vẫn ở đối tác đang giữ nên không được cấp. (Trong cổng thông tin của Microsoft, việc này được thực hiện tại { $portal }.)
admin-cli-not-granted = Không cấp quyền của người quản trị cho { $partner }: quyền vẫn ở đối tác đang giữ.
msg-inv-admin-choice-needed = Đối tác { $holder } hiện có quyền của người quản trị cho { $company }; mỗi lúc chỉ một đối tác được giữ. Hãy chọn: chuyển quyền sang { $partner }, hoặc giữ quyền ở { $holder } và chỉ chấp nhận mối quan hệ đại lý.
msg-inv-restore-admin-move = Đối tác { $holder } hiện có quyền của người quản trị cho { $company }; yêu cầu này chỉ khôi phục quyền cho { $partner }, nên chấp nhận sẽ chuyển quyền: hãy chọn chuyển quyền, hoặc từ chối yêu cầu để giữ nguyên.
msg-inv-restore-needs-reseller = { $company } không phải khách hàng đại lý của { $partner }: hãy yêu cầu một mối quan hệ đại lý (kèm quyền quản trị được ủy quyền).
msg-inv-admin-held-already = { $partner } đã có quyền của người quản trị cho { $company }: không có gì để khôi phục.
letter-restore-admin-subject = { $partner } đề nghị { $company } khôi phục quyền quản trị được ủy quyền
letter-restore-admin-body =
    Kính gửi Quý quản trị viên của { $company },

    { $partner } là nhà cung cấp giải pháp điện toán đám mây Microsoft (CSP) của Quý công ty và tiếp tục chịu trách nhiệm hỗ trợ Quý công ty. Để có thể quản lý dịch vụ thay mặt Quý công ty trở lại, chúng tôi đề nghị Quý công ty khôi phục quyền quản trị được ủy quyền cho chúng tôi. Mỗi lúc chỉ một đối tác được giữ quyền này: nếu một đối tác khác đang giữ, việc chấp nhận sẽ chuyển quyền sang { $partner }. Quý công ty có thể gỡ bỏ quyền này bất cứ lúc nào trong trung tâm quản trị.

    Để chấp nhận, một quản trị toàn cầu của { $company } mở liên kết này và đăng nhập vào { $portal }:

    { $link }

    Trân trọng,
    { $sender }

## Quyền được cấp cho ai, trong bao lâu: nói trước khi khách hàng xác nhận.
admin-move-prompt = Chuyển quyền của người quản trị cho { $company } sang { $partner }?
admin-approve-prompt = Phê duyệt { $id } ({ $name })?
admin-grant-everything = quản trị toàn cầu, tức mọi vai trò quản trị khác
admin-grant-summary =
    { $length ->
        [removed] { $partner } nhận { $roles }, cho đến khi bạn gỡ bỏ.
        [extending] { $partner } nhận { $roles }, trong { $days } ngày, sau đó tự gia hạn mỗi lần 180 ngày.
       *[days] { $partner } nhận { $roles }, trong { $days } ngày.
    }
admin-grant-taken-from = { $holder } mất quyền này: mỗi lúc chỉ một đối tác được giữ.
admin-grant-support = { $reseller } vẫn chịu trách nhiệm hỗ trợ, với tư cách là đại lý của bạn.

## Người liên hệ hỗ trợ cho nhiều khách hàng: thêm, xóa hoặc thay thế.
admin-input-contacts-mode = Thay đổi
admin-contacts-mode-add = Thêm người được đánh dấu vào mỗi danh sách
admin-contacts-mode-remove = Xóa người được đánh dấu khỏi mỗi danh sách
admin-contacts-mode-replace = Thay mỗi danh sách bằng người được đánh dấu
admin-contacts-mode-hint = Thay thế sẽ xóa mọi người liên hệ không được đánh dấu; kết quả nêu rõ đã xóa ai.
admin-contacts-changed = Đã thay đổi người liên hệ hỗ trợ cho { $changed } khách hàng: thêm { $added }.
admin-contacts-removed = Đã xóa: { $which }.
admin-contacts-removed-from = { $email } khỏi { $count } khách hàng
msg-user-still-support-contact = { $name } là người liên hệ hỗ trợ của { $count } khách hàng ({ $companies }): hãy gỡ họ khỏi các danh sách đó trước (Khách hàng: đánh dấu, c, Xóa; hoặc partnerdesk contacts remove), rồi mới xóa người dùng.
admin-cli-user-line = { $name } <{ $email }> · { $roles } · { $supported }
admin-cli-users-bad-value = { $flag } { $value }: giá trị không hợp lệ (xem partnerdesk users --help).
admin-cli-users-no-user = Không có người dùng đối tác { $email } trong sổ.

## Tab Đối tác của khách hàng: vai trò và thông tin liên hệ của từng đối tác.
admin-related-granular = Quản trị chi tiết
admin-partner-contact-hint = Những gì khách hàng của đối tác này thấy: email, điện thoại và địa chỉ (có thể để trống).
admin-contact-unknown = chưa rõ
admin-granular-only = Chỉ chi tiết

## partners add|edit: thông tin liên hệ mà khách hàng của đối tác thấy (seed 001).
cli-help-partners-add--email = Email liên hệ của đối tác, như khách hàng của họ thấy (để trống để xóa)
cli-help-partners-add--phone = Số điện thoại của đối tác (để trống để xóa)
cli-help-partners-add--address = Địa chỉ đường phố của đối tác (để trống để xóa)
cli-help-partners-add--city = Thành phố của đối tác (để trống để xóa)
cli-help-partners-add--postal-code = Mã bưu chính của đối tác (để trống để xóa)
cli-help-partners-edit--email = Email liên hệ của đối tác, như khách hàng của họ thấy (để trống để xóa)
cli-help-partners-edit--phone = Số điện thoại của đối tác (để trống để xóa)
cli-help-partners-edit--address = Địa chỉ đường phố của đối tác (để trống để xóa)
cli-help-partners-edit--city = Thành phố của đối tác (để trống để xóa)
cli-help-partners-edit--postal-code = Mã bưu chính của đối tác (để trống để xóa)

## Khách hàng thay đổi quyền của người quản trị, và ai vẫn chịu trách nhiệm hỗ trợ (quy tắc 9).
admin-changed = Đã thay đổi quyền của người quản trị của { $company }.
admin-changed-reseller-supports = Đã thay đổi quyền của người quản trị của { $company }; { $reseller }, đại lý của họ, vẫn chịu trách nhiệm hỗ trợ.
advisor-removed = { $partner } không còn là nhà tư vấn của { $company }.
remove-admin-detail-reseller-supports = Đối tác không thể quản trị dịch vụ của bạn nữa; { $reseller }, đại lý của bạn, vẫn chịu trách nhiệm hỗ trợ bạn.
remove-admin-detail-alone = Đối tác không thể quản trị dịch vụ của bạn nữa.
