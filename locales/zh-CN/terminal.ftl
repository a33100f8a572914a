# partnerdesk — zh-CN: terminal behaviour: mouse, command line, scripts over SSH, search modes, files for other programs.
# Same ids and arguments in every locale (tests: i18n::tests).

## Fuzzy filter (`:fuzzy`, config `fuzzy`)
fuzzy-prompt = 模糊：
fuzzy-on = 已开启模糊筛选：输入的字母按顺序匹配，可跨词（bmdn 可找到 Bình Minh Đà Nẵng），最佳匹配在前。:fuzzy 可关闭。
fuzzy-off = 已关闭模糊筛选：筛选按输入的原文查找。
fuzzy-ranking = 正在排序…

## Jump to a subscription (`:sub SUB-12`)
command-no-subscription = 此列表中没有订阅 { $id }。
