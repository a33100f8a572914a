# partnerdesk — zh-CN: terminal behaviour: mouse, command line, scripts over SSH, search modes, files for other programs.
# Same ids and arguments in every locale (tests: i18n::tests).

## Fuzzy filter (`:fuzzy`, config `fuzzy`)
fuzzy-prompt = 模糊：
fuzzy-on = 已开启模糊筛选：输入的字母按顺序匹配，可跨词（bmdn 可找到 Bình Minh Đà Nẵng），最佳匹配在前。:fuzzy 可关闭。
fuzzy-off = 已关闭模糊筛选：筛选按输入的原文查找。
fuzzy-ranking = 正在排序…

## Jump to a subscription (`:sub SUB-12`)
command-no-subscription = 此列表中没有订阅 { $id }。

## Quitting while a bulk action or an export runs (`q`, `Ctrl-C`)
quit-during-bulk = 批量操作仍在进行，要退出吗？
quit-during-bulk-detail = 已完成 { $done } / { $total } 项，已完成的保持不变。退出会在此停止该操作：其余 { $left } 项保持原样。按 n 或 Esc 继续。
quit-during-export = 导出仍在进行，要退出吗？
quit-during-export-detail = 已写入 { $done } / { $total } 个客户。退出会停止导出并删除未完成的文件。按 n 或 Esc 继续。

## `x` over SSH: the export reaches the operator's machine through ssh
export-over-ssh = 通过 SSH 时不会在服务器上写入任何文件。请在您自己的计算机上，把导出命令加在您登录时使用的 ssh 命令末尾：ssh -p PORT you@server partnerdesk export --excel > customers.csv（或 … partnerdesk customers list --json）。

## `partnerdesk export` on a terminal: how much is written (stderr)
export-written-progress = { $spinner } 正在导出：已写入 { $written }（{ $rate }，{ $elapsed }）

## A book held by another process (after open-locked): how a script reaches a served book
open-locked-served = 当 `partnerdesk serve` 占用账簿时，请通过服务器发送命令：ssh -p PORT you@server partnerdesk 后接同一条命令。

## The config file's date_format
date-format-invalid = “{ $pattern }” 不是日期格式：请写日 %d、月 %m 和年 %Y（或 %y），各一次，用 - / . 或空格分隔，例如 "%Y/%m/%d"
