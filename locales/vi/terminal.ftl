# partnerdesk — vi: terminal behaviour: mouse, command line, scripts over SSH, search modes, files for other programs.
# Same ids and arguments in every locale (tests: i18n::tests).

## Fuzzy filter (`:fuzzy`, config `fuzzy`)
fuzzy-prompt = Lọc gần đúng:{" "}
fuzzy-on = Đã bật lọc gần đúng: các chữ bạn gõ khớp theo thứ tự, qua nhiều từ (bmdn tìm thấy Bình Minh Đà Nẵng), kết quả khớp nhất lên đầu. :fuzzy để tắt.
fuzzy-off = Đã tắt lọc gần đúng: bộ lọc tìm đúng đoạn văn bạn gõ.
fuzzy-ranking = đang xếp hạng…

## Jump to a subscription (`:sub SUB-12`)
command-no-subscription = Không có thuê bao { $id } trong danh sách này.
