# partnerdesk — vi: terminal behaviour: mouse, command line, scripts over SSH, search modes, files for other programs.
# Same ids and arguments in every locale (tests: i18n::tests).

## Fuzzy filter (`:fuzzy`, config `fuzzy`)
fuzzy-prompt = Lọc gần đúng:{" "}
fuzzy-on = Đã bật lọc gần đúng: các chữ bạn gõ khớp theo thứ tự, qua nhiều từ (bmdn tìm thấy Bình Minh Đà Nẵng), kết quả khớp nhất lên đầu. :fuzzy để tắt.
fuzzy-off = Đã tắt lọc gần đúng: bộ lọc tìm đúng đoạn văn bạn gõ.
fuzzy-ranking = đang xếp hạng…

## Jump to a subscription (`:sub SUB-12`)
command-no-subscription = Không có thuê bao { $id } trong danh sách này.

## Quitting while a bulk action or an export runs (`q`, `Ctrl-C`)
quit-during-bulk = Thoát khi thao tác hàng loạt đang chạy?
quit-during-bulk-detail = Đã xong { $done } / { $total }, phần đã xong được giữ nguyên. Thoát sẽ dừng thao tác tại đây: { $left } mục còn lại giữ nguyên như cũ. Nhấn n hoặc Esc để tiếp tục.
quit-during-export = Thoát khi đang xuất dữ liệu?
quit-during-export-detail = Đã ghi { $done } / { $total } khách hàng. Thoát sẽ dừng việc xuất và xóa các tệp chưa hoàn tất. Nhấn n hoặc Esc để tiếp tục.

## `x` over SSH: the export reaches the operator's machine through ssh
export-over-ssh = Qua SSH, không có tệp nào được ghi trên máy chủ. Trên máy của bạn, thêm lệnh xuất vào cuối lệnh ssh bạn đã dùng để đăng nhập: ssh -p PORT you@server partnerdesk export --excel > customers.csv (hoặc … partnerdesk customers list --json).

## `partnerdesk export` on a terminal: how much is written (stderr)
export-written-progress = { $spinner } Đang xuất: đã ghi { $written } ({ $rate }, { $elapsed })

## A book held by another process (after open-locked): how a script reaches a served book
open-locked-served = Khi `partnerdesk serve` đang giữ sổ, hãy gửi lệnh qua máy chủ: ssh -p PORT you@server partnerdesk rồi đến chính lệnh đó.

## The config file's date_format
date-format-invalid = “{ $pattern }” không phải là định dạng ngày: hãy viết ngày %d, tháng %m và năm %Y (hoặc %y), mỗi thứ một lần, ngăn cách bằng - / . hoặc dấu cách, ví dụ "%d/%m/%Y"
