# partnerdesk — 简体中文 (zh-CN)。术语遵循 locales/GLOSSARY.md。

## screens, sentences with values
too-small = 终端为 { $width }×{ $height }；partnerdesk 至少需要 { $min_w }×{ $min_h }。请放大窗口，或按 q 退出。
customers-count = { $count } 个客户
support-duty = 经销商 { $partner } 不持有管理员权限，但仍负责支持
scroll-position = 第 { $first }–{ $last } 行，共 { $total } 行
showing-status = 显示邀请：{ $status }（按 f 查看下一个）
only-status = 仅{ $status }（f：下一个状态）
transcript-heading = partnerdesk 会话 { $session }：按顺序列出的更改
transcript-copied = 本会话（{ $session }）有 { $count } 项更改，已复制为文本；`partnerdesk audit --session { $session } --json` 提供 JSON。
key-language = 下一种语言
language-now = 语言：{ $language }。按 L 切换到下一种语言。
sorted-by = 按{ $column }排序
count-customers = { $shown } / { $total } 个客户
count-customers-loading = 目前 { $shown } / { $total } 个客户 — 正在读取列表的其余部分…
count-invitations = { $shown } / { $total } 个邀请
count-partners = { $shown } / { $total } 个合作伙伴
count-users = { $shown } / { $total } 个用户
count-relationships = { $shown } / { $total } 个管理关系
count-events = { $shown } / { $total } 项最近更改

## customers, sentences
remove-reseller-prompt = 要删除你与 { $company } 的经销商关系吗？
customer-saved = { $company }：详细信息已保存。
request-opened = 已代表 { $company } 打开服务请求；它列在记录中。
subscription-added = 已为 { $company } 设置订阅。
reseller-removed = 已删除你与 { $company } 的经销商关系。
marked = 已标记 { $count } 个
bulk-outcome = 已为 { $done } 个客户设置支持联系人。
bulk-outcome-refused = 已为 { $done } 个客户设置支持联系人；{ $refused } 个被拒绝 — { $which }。
bulk-stopped = 处理 { $done } 个客户后停止：{ $why }
bulk-progress = 正在设置支持联系人：{ $done } / { $total } 个客户（按 Esc 停止）{" "}
bulk-cancelled = 已按 Esc 停止：已为 { $done } 个客户设置支持联系人，{ $left } 个未更改
bulk-cancelled-refused = 已按 Esc 停止：已为 { $done } 个客户设置支持联系人，{ $left } 个未更改；{ $refused } 个被拒绝
export-progress = 正在导出：{ $done } / { $total } 个客户（按 Esc 停止）{" "}
export-cancelled = 导出在 { $done } 个客户后按 Esc 停止；其文件已删除。
exported = 已将 { $count } 个客户导出到 { $json } 和 { $csv }。
export-failed = 无法导出：{ $why }。
support-duty-offer = 经销商 { $partner } 不持有管理员权限，但仍负责支持 — 按 o 代表客户打开服务请求

## invitations, sentences
revoke-prompt = 要撤销发给 { $customer } 的 { $id } 吗？
purge-prompt = 要清除 { $count } 个已过期、已拒绝和已撤销的邀请吗？
decline-prompt = 要拒绝 { $id } 吗？
not-waiting = { $id } 状态为{ $status }；只有已发送的邀请才能接受。
not-editable = { $id } 状态为{ $status }；只有草稿或已发送的邀请才有可编辑的电子邮件。
mca-hint = { $company } 尚未接受该协议；接受此邀请即代表其接受该协议。
move-admin-hint = 目前由 { $holder } 持有；只能有一个合作伙伴持有。勾选以将其转给 { $partner }。
accept-where = 你所在云中的客户在 { $portal } 中接受
drafted = 已为 { $customer } 起草 { $id }。编辑邮件，复制（Ctrl-Y）或用邮件应用打开（Ctrl-O），发送后按 Ctrl-S。
marked-sent = { $id } 已发送给 { $to }；链接在 { $days } 天内有效。
accepted = 已接受：{ $partner } 现在是你的经销商。（在 Microsoft 门户中，此操作在 { $portal } 中完成。）
accepted-with-admin = 已接受：{ $partner } 现在是你的经销商，并拥有委派管理员权限。（在 Microsoft 门户中，此操作在 { $portal } 中完成。）
draft-saved = { $id }：草稿已保存。
revoked = 已撤销 { $id }：其链接不再有效。
purged = 已清除 { $count } 个邀请；审核日志保留其历史记录。
declined = 已拒绝 { $id }。
saved-eml = 电子邮件已保存为 { $path }；在邮件应用中打开并发送，然后按 Ctrl-S。
eml-failed = 无法保存 { $path }：{ $why }。请改用 Ctrl-Y 复制电子邮件。
invitation-title = { $id } — { $kind }
invitation-from = 来自 { $partner } 的 { $id }
admin-asked = 已请求管理员权限
admin-not-asked = 未请求管理员权限
at-by = { $at }，{ $by }
created-by = { $at }，{ $by }（{ $days } 天前）
subscriptions-count = { $count } 个订阅
holds-admin-for = 自 { $since } 起，{ $partner } 拥有 { $company } 的管理员权限。
holds-admin-since = 自 { $since } 起，{ $partner } 拥有管理员权限（由 { $by } 授予）
mca-accepted = { $by } 于 { $on } 接受了 MCA
tenant-is-syndication = 此租户是现有的 Syndication 客户。
tenant-is-cpc = 此租户是现有的 CPC 客户。
por = 记录合作伙伴 { $id } { $name }
licences = 许可证：{ $list }

## offers, sentences
up-to = —（最多 { $max }）
trial-option = { $name } — { $licences } 个许可证，{ $days } 天
offer-drafted = 已起草 { $id }，URL 适用于任何客户。编辑邮件并复制（Ctrl-Y）或打开（Ctrl-O），发出后按 Ctrl-S。
offer-sent = { $id } 已发送；其 URL 在 { $days } 天内可供任意数量的客户使用。
offer-from = { $id } · 来自 { $partner } 的{ $kind }
offered-licences = 提供 { $offered } 个；你可以购买 1 到 { $max } 个
offer-used = 已接受 { $id }。
offer-used-admin = 已接受 { $id }；{ $partner } 现在拥有委派管理员权限。
offer-used-subscriptions = 已接受 { $id }：已设置 { $count } 个订阅，{ $partner } 是其记录合作伙伴。
offer-used-subscriptions-admin = 已接受 { $id }：已设置 { $count } 个订阅，{ $partner } 是其记录合作伙伴，并且现在拥有委派管理员权限。
used-by = { $count } 个客户
offer-includes-dap = 由 { $partner } 委派管理
bought-nothing = 已接受
bought-nothing-admin = 已接受，委派管理
bought = { $counts } 个许可证
bought-admin = { $counts } 个许可证，委派管理

## partners, permissions, setup: sentences
checked = 检查 ID：{ $id } 是 { $name }。
partner-saved = { $name }：已保存。
por-set = { $sub }：记录合作伙伴现在是 { $partner }。
por-cleared = { $sub }：没有记录合作伙伴。
remove-advisor-prompt = 要结束与 { $partner } 的顾问关系吗？
disabled-reseller-removal = 删除经销商关系 — 不可用：{ $reason }
subscription-choice = { $id } { $offer }（记录合作伙伴：{ $por }）
remove-user-prompt = 要从合作伙伴用户中删除 { $name } 吗？
terminate-prompt = 要结束 { $id }“{ $name }”吗？
remove-legacy-prompt = 要删除 { $partner } 的管理员权限吗？
user-saved = { $name }：已保存。
user-removed = 已删除 { $name }。
relationship-saved = { $id } 现在{ $status }。
admin-moved = { $company } 的管理员权限已更改；之前的合作伙伴仍负责支持。
set-up = { $company } 已设置完成，你已作为全局管理员 { $admin } 登录。添加客户（n），或使用 `partnerdesk import` 导入。

## the domain's values
cloud-public = 公有云
cloud-us-government = 美国政府
cloud-germany = 德国
cloud-china21-vianet = 世纪互联
invitation-kind-reseller = 经销商
invitation-kind-trial = 试用邀请
invitation-kind-purchase-offer = 购买优惠
invitation-kind-delegated-admin-offer = 委派管理优惠
invitation-kind-reseller-title = 经销商邀请
invitation-kind-reseller-short = 经销商
invitation-kind-trial-short = 试用
invitation-kind-purchase-offer-short = 购买
invitation-kind-delegated-admin-offer-short = 管理
invitation-status-draft = 草稿
invitation-status-sent = 已发送
invitation-status-accepted = 已接受
invitation-status-declined = 已拒绝
invitation-status-expired = 已过期
invitation-status-revoked = 已撤销
subscription-status-active = 活动
subscription-status-trial = 试用
subscription-status-suspended = 已暂停
subscription-status-expired = 已过期
severity-a = A – 严重
severity-b = B – 中等
severity-c = C – 轻微
relationship-kind-reseller = 经销商
relationship-kind-indirect-reseller = 间接经销商
relationship-kind-advisor = 顾问
relationship-summary-none = —
relationship-summary-reseller = 经销商
relationship-summary-indirect-reseller = 间接经销商
relationship-summary-advisor = 顾问
relationship-summary-reseller-and-advisor = 经销商 + 顾问
company-role-user = 用户
company-role-global-admin = 全局管理员
company-role-billing-admin = 计费管理员
company-role-account-admin = 帐户管理员
company-role-user-management-admin = 用户管理管理员
supported-company-admin-none = 无
supported-company-admin-limited = 有限管理
supported-company-admin-full = 完全管理
directory-kind-direct-reseller = 直接经销商
directory-kind-indirect-provider = 间接提供商
directory-kind-indirect-reseller = 间接经销商
directory-kind-advisor = 顾问
reseller-choice-none = 不是经销商
reseller-choice-direct = 直接经销商
reseller-choice-indirect = 间接经销商
admin-relationship-status-created = 已创建
admin-relationship-status-approval-pending = 等待批准
admin-relationship-status-active = 活动
admin-relationship-status-expiring = 即将过期
admin-relationship-status-expired = 已过期
admin-relationship-status-termination-requested = 已请求终止
admin-relationship-status-terminated = 已终止
invitation-status-in-sentence-draft = 草稿
invitation-status-in-sentence-sent = 已发送
invitation-status-in-sentence-accepted = 已接受
invitation-status-in-sentence-declined = 已拒绝
invitation-status-in-sentence-expired = 已过期
invitation-status-in-sentence-revoked = 已撤销
admin-relationship-status-in-sentence-created = 已创建
admin-relationship-status-in-sentence-approval-pending = 等待批准
admin-relationship-status-in-sentence-active = 活动
admin-relationship-status-in-sentence-expiring = 即将过期
admin-relationship-status-in-sentence-expired = 已过期
admin-relationship-status-in-sentence-termination-requested = 已请求终止
admin-relationship-status-in-sentence-terminated = 已终止
invitation-kind-in-sentence-reseller = 经销商邀请
invitation-kind-in-sentence-trial = 试用邀请
invitation-kind-in-sentence-purchase-offer = 购买优惠
invitation-kind-in-sentence-delegated-admin-offer = 委派管理优惠
agent-admin = 管理员代理
agent-sales = 销售代理
agent-helpdesk = 支持人员代理
list-separator = 、
role-unknown = 未知角色
role-id = 角色 { $id }
catalogue-offer = { $name }（最多 { $max }）

## screens

tab-customers = 客户
tab-invitations = 邀请
tab-partners = 合作伙伴
tab-permissions = 权限
customer-view = 客户视图
read-only = 只读
help-title = 按键
help-close = 按 Esc 或 ? 关闭此帮助
filter-prompt = 筛选：
filter-hint = 输入以筛选 · Enter 保留 · Esc 清除
empty-book = 此账簿为空。
empty-book-next = 使用 `partnerdesk demo` 创建演示账簿，或使用 `partnerdesk init --help` 设置你的公司。
no-customers = 还没有客户。
no-customers-next = 按 r 请求经销商关系，按 n 添加客户，或使用 `partnerdesk import` 导入列表。
no-invitations = 还没有邀请。
no-invitations-next = 按 r 请求经销商关系；邀请会显示在这里。
no-directory = 账簿中没有其他合作伙伴。
no-directory-next = 合作伙伴添加到目录后会显示在这里。
no-users = 没有合作伙伴用户。
no-match = 没有与筛选匹配的内容。
no-match-next = 按 Esc 清除筛选。
nothing-to-show = 这里没有可显示的内容。
col-company = 公司
col-domain = 主域
col-country = 国家
col-cloud = 云
col-relationship = 关系
col-admin = 管理
col-subs = 订阅
col-licences = 许可证
col-id = ID
col-kind = 类型
col-customer = 客户
col-status = 状态
col-created-by = 创建者
col-age = 时长
col-expires = 到期
col-partner-id = 合作伙伴 ID
col-name = 名称
col-email = 电子邮件
col-company-role = 公司角色
col-supported = 支持的公司
col-agent = 代理角色
col-when = 时间
col-who = 人员
col-action = 操作
col-target = 记录
col-session = 会话
col-roles = 角色
col-ends = 结束
col-auto = 自动
col-por-for = 担任记录合作伙伴
profile-tenant = 租户
our-company = 我们的公司
directory = 合作伙伴目录
partner-users = 合作伙伴用户
admin-relationships = 精细管理关系
your-partners = 你的合作伙伴
rec-account = 帐户
rec-address = 地址
rec-admin = 管理
rec-services = 服务
rec-subscriptions = 订阅
rec-users = 用户
rec-requests = 服务请求
rec-partners = 合作伙伴
mca-not-yet = 尚未接受 MCA
global-admin-mark = 全局管理员
none = 无
admin-only = 仅管理
yes = 是
no = 否
key-quit = 退出
key-tabs = 转到选项卡
key-next-tab = 下一个 / 上一个选项卡
key-help = 帮助
key-filter = 筛选
key-move = 移动
key-page = 上一页 / 下一页
key-ends = 第一个 / 最后一个
key-scroll = 滚动
key-expand = 展开
key-collapse = 折叠记录
key-sort = 反向排序 / 下一列
key-close = 关闭
key-filter-keep = 保留筛选
key-filter-clear = 清除筛选
key-filter-backspace = 删除一个字符
key-request = 请求经销商
key-open-invitation = 打开邀请
key-edit-draft = 编辑电子邮件
key-revoke = 撤销
key-purge = 清除已结束
key-status-filter = 按状态筛选
key-resend = 重新发送（再次复制）
key-accept = 接受
key-decline = 拒绝
key-submit = 提交
key-next-field = 下一个字段
key-prev-field = 上一个字段
key-toggle = 切换 / 选择
key-cancel = 取消
key-done = 完成：标记为已发送
key-copy = 复制
key-open-mail = 在邮件应用中打开
key-save-eml = 保存 .eml
key-insert-link = 插入链接
key-switch-field = 主题 / 正文
key-yes = 是
key-no = 否
key-back = 返回
all-statuses = 所有状态
nobody-signed-in = 没有人登录：此账簿还没有合作伙伴用户。
quit-unsaved = 退出并丢失编辑内容？
quit-unsaved-detail = 邀请电子邮件有未保存的更改。
key-transcript = 本会话的更改（复制为文本）

## customers

key-new-customer = 新客户
key-edit-customer = 编辑公司详细信息
key-support-contacts = 支持联系人（已标记的客户）
key-service-request = 代表客户打开服务请求
key-product-key = 使用产品密钥设置订阅
key-remove-reseller = 删除经销商
key-mark = 标记
key-mark-all = 标记全部显示项 / 全不标记
key-export = 将已标记（或显示）的项导出为 JSON 和 CSV
new-customer-title = 添加客户
new-customer-submit = 添加客户
edit-customer-title = 编辑公司详细信息
save = 保存
contacts-title = 支持联系人
service-request-title = 代表客户打开服务请求
service-request-submit = 打开请求
product-key-title = 使用产品密钥设置订阅
product-key-submit = 设置
new-customer-domain-hint = 租户的初始域：字母和数字，会添加 .onmicrosoft.com
por-hint = 将你的公司设为此订阅的记录合作伙伴。
product-key-placeholder = XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
nothing-selected = 未选择客户。
no-export-dir = 此计算机上没有已知的导出文件夹；请使用 `partnerdesk customers list --json`。

## invitations

read-only-refusal = 这是只读会话：此处无法进行任何更改。
request-title = 请求经销商关系
request-prospect-title = 向新客户请求经销商关系
request-submit = 起草邀请
dap-hint = 同时请求委派管理员权限。
recipient-placeholder = 客户的全局管理员
company-placeholder = …有限公司
contact-placeholder = admin@customer.cn
contact-hint = 租户的全局管理员；邀请发送到这里。
domain-placeholder = 从联系人的电子邮件获取
domain-hint = name.onmicrosoft.com；留空：从联系人的电子邮件获取
accept-title = 接受邀请
accept-submit = 接受
includes-dap = 经销商关系，包含委派管理员权限
includes-reseller = 经销商关系（无管理员权限）
revoke-detail = 链接将失效；邀请以已撤销状态保留在列表中。
purge-detail = 它们将离开列表；其历史记录保留在审核日志中。
decline-detail = 合作伙伴会看到你已拒绝；它之后可以发送新的邀请。
nothing-to-purge = 没有可清除的内容：没有已过期、已拒绝或已撤销的邀请。
catalogue-empty = 账簿还没有优惠目录；它在创建或升级账簿时生成。
keep-edits = 保留对草稿的编辑吗？
keep-edits-detail = y 按当前内容保存草稿，n 放弃编辑，Esc 返回编辑。
discard-edits = 放弃编辑吗？
discard-edits-detail = 邀请已发送；只有再次标记为已发送（Ctrl-S）时才会保留编辑。
copied = 电子邮件已复制到剪贴板。粘贴到邮件中并发送，然后按 Ctrl-S。
opened-mail-app = 已在邮件应用中打开草稿。在那里发送，然后在此按 Ctrl-S。
mail-link-label = ✉ 在邮件应用中打开草稿
mail-link-over-ssh = ✉ 在邮件应用中打开草稿 — 通过 SSH 时这是一个链接：点击它（或按 Ctrl-Y 复制电子邮件），发送后按 Ctrl-S。
no-mail-app = 此处无法打开邮件应用；请按 Ctrl-Y 复制电子邮件，或按 Ctrl-W 保存
no-drafts-dir = 此计算机上没有已知的草稿文件夹；请改用 Ctrl-Y 复制电子邮件。
editor-title = 邀请电子邮件
editor-to = 收件人
editor-subject = 主题
editor-link = 链接
link-intact = ✓ 个性化链接在电子邮件中
link-missing = ✗ 个性化链接缺失或已更改 — 按 Ctrl-L 放回
confirm-title = 确认
confirm-yes = 是{"   "}
confirm-no = n 否
confirm-no-esc = n / Esc 否
inv-created = 创建
inv-sent = 发送
inv-answered = 答复
auth-direct = 直接经销商
auth-indirect = 间接经销商
auth-advisor = 顾问
auth-dap-certified = 已获委派管理认证
profile-region = 区域
profile-authorized = 已授权
col-por-on = 担任记录合作伙伴
no-admin-holder = 没有合作伙伴拥有管理员权限。
no-por = 没有记录合作伙伴
no-licences = 没有许可证
sr-open = 打开
sr-closed = 已关闭

## offers

key-trial = 试用邀请
key-purchase-offer = 购买优惠
key-admin-offer = 委派管理优惠
key-use-offer = 使用优惠链接
key-new-offer-like = 类似的新优惠
trial-title = 试用邀请
purchase-title = 购买优惠
admin-offer-title = 委派管理优惠
offer-submit = 创建 URL 并起草电子邮件
use-link-title = 使用优惠链接
use-link-submit = 查找
use-offer-submit = 接受优惠
link-placeholder = 粘贴电子邮件中的 URL
recipient-optional = 可选：URL 对任何人都有效
purchase-hint = 每项要提供的服务的许可证数量；其他留空
offer-dap-hint = 代表客户管理订阅
admin-offer-includes = 对已购买订阅的委派管理
col-uses = 使用
new-offer-hint = n：类似的新优惠，使用其他许可证数量

## partners

key-edit-profile = 编辑公司资料
key-add-directory = 添加合作伙伴
key-edit-directory = 编辑合作伙伴
key-check-id = 检查 ID
key-set-por = 设置记录合作伙伴
key-remove-partner = 删除合作伙伴
profile-title = 公司资料
directory-add-title = 将合作伙伴添加到目录
directory-edit-title = 编辑目录中的合作伙伴
check-id-title = 检查 ID
check-id-submit = 检查
por-title = 记录合作伙伴
por-clear-hint = 保存前会运行“检查 ID”；留空以删除记录合作伙伴
related-admin = 委派管理员
related-por = 记录合作伙伴
remove-advisor-detail = 该合作伙伴将停止为你提供顾问服务；其他关系保留。
no-subscriptions = 此组织没有订阅。

## permissions

audit-log = 审核日志
key-next-view = 下一个视图
key-add-user = 添加用户
key-edit-user = 编辑角色
key-remove-user = 删除用户
key-request-gdap = 请求管理关系
key-auto-extend = 自动延期 开/关
key-terminate = 结束关系
key-approve = 批准关系
key-remove-admin = 删除管理员权限
key-move-admin = 将管理员权限授予其他合作伙伴
add-user-title = 添加合作伙伴用户
edit-user-title = 编辑合作伙伴用户的角色
request-gdap-title = 请求精细管理关系
move-admin-title = 将管理员权限授予其他合作伙伴
supported-hint = 有限 = 在该处为密码管理员；完全 = 在该处为全局管理员。
duration-hint = 天数，1 到 730；批准后固定
auto-extend-hint = 到期时延长 180 天；不适用于全局管理员角色
gdap-customer-hint = 客户的主域
partner-id-hint = 目录中合作伙伴的合作伙伴 ID（6 或 7 位数字）
no-relationships = 没有精细管理关系。
no-relationships-next = 在合作伙伴端，按 n 请求。
no-audit = 审核日志为空。
remove-legacy-detail = 该合作伙伴将无法再管理你的服务，但仍负责你的支持。
terminate-detail = 该合作伙伴通过此关系的访问权限立即结束。
remove-user-detail = 他们将无法再登录 partnerdesk；审核日志保留他们的操作。

## setup

advisor-hint = 试用和购买优惠需要此项
provider-tenant-hint = 仅间接：提供商的租户
fixed-with-customers = 账簿有客户时固定
setup-title = 设置你公司的账簿
setup-submit = 创建账簿
setup-tenant-hint = 你的 Entra 租户；链接中会用到
setup-admin-hint = 你：第一位全局管理员
setup-phone-hint = 可选；客户可见

## The domain's messages (crate::domain::msg), as refusals say them

msg-admin-name-taken = “{ $name }”已是你的另一个管理关系的名称
msg-admin-choose-role = 请至少选择一个角色
msg-admin-auto-extend-with-global-admin = 关系包含全局管理员角色时不可用
msg-admin-cannot-approve = { $id } 状态为{ $status }；只有待处理的请求才能批准。
msg-admin-legacy-still-granted = { $company } 仍授予旧版委派管理员权限；请先删除这些权限，然后批准 { $id }。
msg-admin-cannot-change-auto-extend = { $id } 状态为{ $status }；只有在已创建或活动时才能更改自动延期。
msg-admin-already-ended = { $id } 已{ $status }。
msg-admin-no-holder = 没有合作伙伴拥有 { $company } 的管理员权限。
msg-admin-customer-reassigns = 只有客户才能重新分配其管理员权限。
msg-admin-holds-already = 合作伙伴 { $partner } 已拥有这些权限
msg-admin-unknown-partner = 账簿中没有合作伙伴 { $partner }；请检查 ID
msg-admin-no-customer-with-domain = 账簿中没有域为“{ $domain }”的客户
msg-book-read-only-book = 此账簿以只读方式打开：此处无法进行任何更改。
msg-book-replaced = 自 partnerdesk 打开后，位于 { $path } 的账簿已被替换或移动，因此未写入任何内容。请重新启动 partnerdesk（或 serve）以使用该路径下的账簿。
msg-book-no-longer-partner-user = { $email } 已不再是此账簿的合作伙伴用户。
msg-book-no-longer-customer-user = { $email } 已不再是此客户的用户。
msg-book-no-organization = 此账簿还没有合作伙伴组织；请运行 `partnerdesk demo` 或先进行设置。
msg-book-customer-gone = 该客户已不在账簿中。
msg-book-gone = { $what } 已不在账簿中。
msg-book-tenant-gone = 你的租户已不在账簿中。
msg-book-tenant-taken = { $tenant } 已在账簿中
msg-book-tenant-twice-in-export = { $tenant } 在导出中出现两次
msg-book-domain-taken = { $domain } 属于账簿中的另一个客户
msg-book-login-taken = { $email } 已是另一个客户的用户
msg-book-profile-changed = 自你打开后，公司资料已被其他人更改；请重新打开以查看其更改。
msg-book-record-changed = 自你打开后，{ $record } 已被其他人更改；请重新打开以查看其更改。
msg-book-record-changed-by = 自你打开后，{ $record } 已被 { $by } 更改；请重新打开以查看其更改。
msg-customer-contact-not-a-user = { $email } 不是合作伙伴用户
msg-customer-cannot-support = { $name } 不是管理员代理或支持人员代理，因此无法支持客户
msg-customer-choose-offer = 请选择一个优惠
msg-customer-no-reseller-relationship = { $company } 与你没有经销商关系。
msg-customer-live-subscriptions = { $company } 仍有 { $count } 个活动订阅（{ $ids }）；请先暂停它们，然后再删除关系。
msg-input-required = 为必填项
msg-input-not-one-line = 必须为一行且不含控制字符
msg-input-control-characters = 不得包含控制字符
msg-input-bidi-override = 不得包含从右到左覆盖字符
msg-input-line-separators = 不得包含行或段落分隔符
msg-input-invisible-tags = 不得包含不可见的标记字符
msg-input-nothing-visible = 没有可见字符
msg-input-too-long = 太长（最多 { $max } 个字符）
msg-input-domain-not-ascii = 只能使用字母 a–z、数字和连字符（国际化名称请以 xn-- 形式输入）
msg-input-domain-needs-dot = “{ $domain }”需要包含点，例如 contoso.com
msg-input-domain-empty-part = “{ $domain }”的点之间有空的部分
msg-input-domain-part-too-long = 有超过 { $max } 个字符的部分
msg-input-domain-characters = “{ $domain }”只能包含字母、数字、连字符和点
msg-input-domain-hyphen-at-edge = 各部分不得以连字符开头或结尾
msg-input-domain-ends-in-number = 必须以名称结尾，而不是数字
msg-input-initial-domain-suffix = 必须以 .{ $suffix } 结尾
msg-input-initial-domain-name = .{ $suffix } 之前的名称必须为 1–{ $max } 个字母和数字
msg-input-email-without-at = “{ $text }”不是电子邮件地址（没有 @）
msg-input-email-local-length = @ 之前需要 1–{ $max } 个字符
msg-input-email-local-characters = “{ $text }”在 @ 之前含有电子邮件地址不能包含的字符
msg-input-partner-id-not-digits = “{ $text }”不是合作伙伴 ID：只能使用数字
msg-input-partner-id-length = 合作伙伴 ID 为 { $min } 或 { $max } 位数字
msg-input-not-positive = 必须为正整数
msg-input-not-whole-number = “{ $text }”不是整数
msg-input-at-least = 必须至少为 { $min }
msg-input-at-most = 必须最多为 { $max }
msg-input-at-least-days = 必须至少 { $min } 天
msg-input-product-key-shape = 格式为 XXXXX-XXXXX-XXXXX-XXXXX-XXXXX
msg-input-product-key-character = “{ $character }”不会出现在产品密钥中（请检查 O/0、I/1 和元音）
msg-input-phone-characters = 只能包含数字、空格、+ - . ( )
msg-input-phone-digits = 需要 { $min } 到 { $max } 位数字
msg-input-not-a-country = “{ $text }”不是像 VN、TR 或 CN 这样的两字母国家/地区代码
msg-input-not-a-tenant-id = “{ $text }”不是租户 ID；租户 ID 是类似 8b2f7c1e-4a5d-4e3b-9f10-2c6d8e9a0b1c 的 GUID
msg-input-cloud-required = 为必填项：public、usgov、germany 或 21vianet
msg-input-not-an-iso-country = `{ $text }` 不是像 VN 这样的 ISO 3166-1 国家/地区代码
msg-input-not-an-id = `{ $text }` 不是类似 { $prefix }-12 的 ID
msg-input-not-a-role-id = `{ $text }` 不是角色 ID（类似 62e90394-69f5-4237-9190-012177145e10 的 GUID）
msg-offer-partner-offers = 只有合作伙伴用户才能提供优惠。
msg-offer-not-advisor = { $partner } 未获授权成为顾问，而试用邀请和购买优惠需要顾问授权；请让你的全局管理员检查公司资料。
msg-offer-not-certified = { $partner } 未获认证提供委派管理；公司资料注明后即可提供。
msg-offer-one-trial = 试用邀请只包含一个试用订阅；请选择一个优惠
msg-offer-no-trial = { $offer } 没有试用版；请选择其他优惠，或发送购买优惠
msg-offer-reseller-not-offered = 经销商关系是请求的，而不是提供的。
msg-offer-no-lines = 请至少选择一项服务并填写其许可证数量
msg-offer-twice = { $offer } 在优惠中出现两次；请只填写一次
msg-offer-line-licences = { $offer }：{ $problem }
msg-offer-already-admin = { $company } 已向 { $partner } 授予委派管理员权限。
msg-offer-no-subscription-yet = { $company } 还没有订阅；委派管理优惠在购买之后提供。请改为发送包含委派管理的试用邀请或购买优惠。
msg-offer-customer-uses = 优惠由客户使用，而不是合作伙伴。
msg-offer-customer-admin-uses = 优惠由客户的全局管理员使用；请以该身份登录（--as）。
msg-offer-used-already = { $company } 已于 { $on } 使用了 { $id }；如需其他内容，请向 { $partner } 索取新优惠。
msg-offer-has-offer-already = { $company } 已拥有 { $offer }（{ $subscription }，{ $status }）；试用适用于尚未拥有的优惠。
msg-offer-reseller-invitation = { $id } 是经销商邀请，不是优惠。
msg-offer-not-part-of = 优惠 { $offer } 不属于此优惠
msg-offer-trial-count-fixed = 试用的许可证数量固定为 { $count }；请在试用结束后购买时更改
msg-offer-not-in-catalogue = 优惠 { $offer } 不在目录中
msg-offer-not-a-link = 这不是 partnerdesk 链接；请粘贴你收到的完整 URL
msg-offer-unknown-link = 账簿中没有使用此链接的优惠；它可能已被清除
msg-offer-link-is-reseller = { $id } 是经销商邀请，不是优惠
msg-offer-terms-lost = { $id } 已丢失其优惠内容
msg-partner-unknown-id = { $id } 不是账簿中已知的合作伙伴；请检查 ID，或先将该合作伙伴添加到目录（合作伙伴选项卡，n）
msg-partner-add-unknown = 账簿中没有 { $id }：请填写合作伙伴信息以将其添加到目录，或按 Esc。
msg-partner-fixed-partner-id = 账簿有客户时固定：每个关系和记录合作伙伴都引用它
msg-partner-fixed-cloud = 账簿有客户时固定：每个客户都是在此云中接纳的
msg-partner-fixed-reseller = 账簿有客户时固定：每个经销商关系和邀请链接都是基于它创建的
msg-partner-own-id = { $id } 是你自己的合作伙伴 ID
msg-partner-in-directory = { $id } 已以 { $name } 的名称在目录中
msg-partner-id-cannot-change = 目录中合作伙伴的 ID 不能更改；请改为添加新 ID
msg-partner-not-in-directory = 合作伙伴 { $id } 已不在目录中。
msg-partner-not-a-subscription = { $subscription } 不是 { $company } 的订阅
msg-partner-already-partner-of-record = 这已经是记录合作伙伴；无需更改
msg-partner-customer-cannot-remove-reseller = 客户不能自行删除经销商关系：请让 { $partner } 删除（没有活动订阅后，其全局管理员可以删除）。
msg-partner-not-an-advisor = 合作伙伴 { $partner } 不是 { $company } 的顾问。
msg-setup-neither-reseller-nor-advisor = 既不是经销商也不是顾问的合作伙伴没有需要照顾的客户；请选择其一
msg-setup-set-up-already = 此账簿已属于 { $partner }（合作伙伴 ID { $id }）；账簿只能设置一次。请改为编辑公司资料（合作伙伴选项卡，p）。
msg-setup-book-in-use = { $path } 已保存 { $partner } 的账簿；还原会创建新账簿：请指定其他 --db，或先移走该账簿
msg-setup-book-has-records = { $path } 已包含记录；还原会创建新账簿：请指定其他 --db
msg-user-global-admin-role = 只有全局管理员才能授予或收回全局管理员角色
msg-user-already-user = { $email } 已是合作伙伴用户
msg-user-last-global-admin = { $name } 是最后一位全局管理员；请先将其他人设为全局管理员
msg-user-own-roles = 你不能更改自己的角色；请让另一位全局管理员更改
msg-user-not-a-user = { $email } 不是合作伙伴用户。
msg-user-no-longer-user = { $email } 已不再是合作伙伴用户。
msg-user-remove-yourself = 你不能删除自己；请让另一位管理员操作。
msg-user-last-global-admin-removed = { $name } 是最后一位全局管理员，无法删除。
msg-user-managed-by-partner = 合作伙伴用户由合作伙伴管理。
msg-inv-partner-requests = 只有合作伙伴用户才能请求经销商关系。
msg-inv-not-reseller = { $partner } 未获授权成为经销商；请让你的全局管理员检查公司资料。
msg-inv-admin-required = { $partner } 位于{ $cloud }云中，在该云中经销商关系始终包含委派管理员权限。
msg-inv-already-reseller = { $company } 已与 { $partner } 建立经销商关系。
msg-inv-already-waiting = { $id } 已在等待 { $company }（{ $status }）；请打开它重新发送，或先撤销。
msg-inv-cannot-send = { $id } 状态为{ $status }；只有草稿或已发送的邀请才能发送。
msg-inv-link-changed = 个性化链接缺失或已更改；请按原样放回（Ctrl-L 可插入）。
msg-inv-cannot-revoke = { $id } 状态为{ $status }；只有草稿或已发送的邀请才能撤销。
msg-inv-no-longer-draft = { $id } 已不再是草稿。
msg-inv-customer-accepts = 邀请由客户接受，而不是合作伙伴。
msg-inv-used-through-link = { $id } 是{ $kind }；它通过其链接使用，而不是作为经销商邀请接受。
msg-inv-not-sent-to = { $id } 未发送给 { $company }。
msg-inv-ineligible-syndication = { $company } 是现有的 Syndication 客户，因此不能接受经销商关系。
msg-inv-ineligible-cpc = { $company } 是现有的 CPC 客户，因此不能接受经销商关系。
msg-inv-not-sent-yet = { $id } 尚未发送；合作伙伴必须先完成草稿。
msg-inv-offer-no-longer-open = { $id } 状态为{ $status }，已无法使用；请向 { $partner } 索取新优惠。
msg-inv-no-longer-open = { $id } 状态为{ $status }，已无法接受；请向 { $partner } 索取新邀请。
msg-inv-mca-not-accepted = { $company } 尚未接受该协议；请在接受此邀请时一并接受。
msg-inv-admin-held-elsewhere = 合作伙伴 { $holder } 目前拥有 { $company } 的管理员权限；同一时间只能有一个合作伙伴拥有。请明确选择将其转给 { $partner }。
msg-inv-offer-not-declined = { $id } 是向任何客户开放的优惠链接；无需拒绝 — 不使用即可。
msg-inv-not-waiting-for = { $id } 没有在等待 { $company }。
msg-inv-no-recipient = 为必填项：此客户没有登记的全局管理员
msg-inv-not-a-link = 这不是 partnerdesk 邀请链接；请粘贴电子邮件中的完整链接。
msg-inv-unknown-link = 账簿中没有使用此链接的邀请；它可能已被清除。
msg-inv-not-addressed = { $id } 未发给此账簿中的任何客户。
msg-perm-partner = { $op }需要{ $roles }；你的角色是{ $you }。
msg-perm-other-tenant = { $op }需要{ $roles }；你登录的是 { $company }，而不是此客户。
msg-perm-not-global-admin = { $op }需要{ $roles }；{ $email } 不是 { $company } 的全局管理员。
msg-perm-customer = { $op }需要{ $roles }；此操作由合作伙伴完成，而不是客户。
op-request-reseller = 请求经销商关系
op-edit-invitation = 编辑或发送邀请
op-revoke-invitation = 撤销邀请
op-purge-invitations = 清除旧邀请
op-send-offer = 发送试用邀请或优惠
op-add-customer = 添加客户
op-edit-customer = 编辑客户详细信息
op-assign-support-contact = 分配支持联系人
op-open-service-request = 代表客户打开服务请求
op-add-subscription = 设置订阅
op-remove-reseller = 删除经销商关系
op-manage-partner-users = 管理合作伙伴用户及其角色
op-edit-company-profile = 编辑公司资料
op-manage-directory = 管理合作伙伴目录
op-manage-admin-relationships = 创建或结束管理关系
op-accept-invitation = 接受邀请
op-set-partner-of-record = 设置记录合作伙伴
op-manage-customer-admin-privileges = 删除或重新分配合作伙伴的管理员权限
roles-admin-or-sales-agent = 管理员代理或销售代理角色，或全局管理员
roles-send-offer = 管理员代理或销售代理角色、对你所支持公司的管理访问权限，或全局管理员
roles-admin-agent-or-global = 管理员代理角色或全局管理员
roles-admin-or-helpdesk-agent = 管理员代理或支持人员代理角色，或全局管理员
roles-any-agent = 管理员、销售或支持人员代理角色，或全局管理员
roles-global-admin = 全局管理员
roles-global-or-user-management-admin = 全局管理员或用户管理管理员
roles-admin-agent = 管理员代理角色
roles-customer-global-admin = 客户租户的全局管理员
subscription-status-in-sentence-active = 活动
subscription-status-in-sentence-trial = 试用
subscription-status-in-sentence-suspended = 已暂停
subscription-status-in-sentence-expired = 已过期

## The names of the inputs a refusal points at

input-admin-email = 管理员电子邮件
input-admin-name = 管理员姓名
input-cloud = 云
input-company = 公司
input-company-role = 公司角色
input-contact-email = 联系人电子邮件
input-country = 国家/地区
input-delegated-admin = 委派管理员
input-description = 说明
input-domain = 域
input-duration = 期限
input-email = 电子邮件
input-kind = 类型
input-licences = 许可证
input-link = 链接
input-mca = Microsoft 客户协议
input-name = 名称
input-offer = 优惠
input-partner = 合作伙伴
input-partner-id = 合作伙伴 ID
input-phone = 电话
input-product-key = 产品密钥
input-provider-tenant = 提供商租户
input-recipient = 收件人
input-reseller = 经销商
input-roles = 角色
input-subject = 主题
input-support-contacts = 支持联系人
input-tenant-id = 租户 ID
input-title = 标题
input-address = 地址
input-admin-agent = 管理员代理
input-advisor = 已授权为顾问
input-auto-extend = 自动延期
input-city = 城市
input-customer = 客户
input-dap-certified = 已获委派管理认证
input-helpdesk-agent = 支持人员代理
input-includes = 包括
input-invitation = 邀请
input-move-admin = 转移管理员权限
input-partner-of-record = 记录合作伙伴
input-postal-code = 邮政编码
input-sales-agent = 销售代理
input-severity = 严重性
input-subscription = 订阅
input-supported-companies = 支持的公司
input-trial = 试用
input-used-by = 使用者
input-where = 位置
refusal-about = { $input }：{ $msg }

## The invitation and offer emails, in the customer's language (src/text/letters.rs).

letter-reseller-subject = { $partner } 邀请 { $company } 建立 Microsoft 经销商关系
letter-reseller-body =
    尊敬的{ $company }管理员：

    { $partner } 希望成为贵公司的 Microsoft 云解决方案提供商，以便帮助贵公司购买订阅并管理联机服务。

    如需接受，请由 { $company } 的全局管理员打开此链接并登录 { $portal }：

    { $link }

    如果贵公司尚未接受 Microsoft 客户协议，系统将在接受此邀请时要求一并接受。

    此致
    敬礼
    { $sender }
    { $partner }
letter-reseller-body-admin =
    尊敬的{ $company }管理员：

    { $partner } 希望成为贵公司的 Microsoft 云解决方案提供商，以便帮助贵公司购买订阅并管理联机服务。

    此请求包含委派管理员权限，以便 { $partner } 代表贵公司管理服务。贵公司可以随时在管理中心删除这些权限。

    如需接受，请由 { $company } 的全局管理员打开此链接并登录 { $portal }：

    { $link }

    如果贵公司尚未接受 Microsoft 客户协议，系统将在接受此邀请时要求一并接受。

    此致
    敬礼
    { $sender }
    { $partner }
letter-offer-greeting = 尊敬的{ $company }管理员：
letter-offer-greeting-anyone = 您好：
letter-trial-subject = 免费试用 { $offer } { $days } 天
letter-trial-offer =
    { $partner } 邀请您免费试用 Microsoft 联机服务 { $days } 天：

    { $lines }
letter-purchase-subject = 来自 { $partner } 的 Microsoft 365 优惠
letter-purchase-offer =
    { $partner } 为您准备了以下优惠：

    { $lines }

    购买时可以更改许可证数量。
letter-administration-subject = { $partner } 提议管理您的 Microsoft 服务
letter-administration-offer = { $partner } 提议代表您管理 Microsoft 订阅，以便我们的支持团队直接为您提供帮助。
letter-offer-admin-line = 此优惠包含委派管理：{ $partner } 将代表您管理订阅。您可以随时在管理中心删除此权限。
letter-offer-close =
    如需接受，请由贵组织的全局管理员打开此链接并登录：

    { $link }

    此致
    敬礼
    { $sender }
    { $partner }
letter-offer-line = {"  "}• { $name } — { $count } 个许可证

## Microsoft portals, as Microsoft names them in this language

portal-m365-admin-center = Microsoft 365 管理中心
portal-office-admin-portal = Microsoft Office 管理门户
portal-21vianet-admin-center = 世纪互联管理中心

## The lists' narrow columns and the partner's region

anyone-with-link = 拥有链接的任何人
age-days = { $days }天
expires-in-days = { $days }天后
region = { $country }（{ $code }）· { $cloud }

## More of permissions and customers

gdap-name-placeholder = …的支持人员
auto-extend-on = { $id } 已启用自动延期。
auto-extend-off = { $id } 未启用自动延期。
export-stopped = 导出已停止
opened-by = 由 { $who } 于 { $on } 打开

## Opening and writing the book file (src/text/book.rs)

open-locked = { $path } 已在另一个 partnerdesk 进程中打开；请关闭该进程，或让操作员通过 `partnerdesk serve` 共享账簿。
open-not-a-book = { $path } 不是 partnerdesk 账簿；请提供账簿的路径，或用新文件名创建新账簿。
open-newer-schema = { $path } 由较新的 partnerdesk 写入（架构 v{ $found }；此版本最多读取 v{ $supported }）；请升级 partnerdesk 后打开。
open-missing = { $path } 处没有账簿；请使用 `partnerdesk init --db { $path } …` 设置公司账簿，或尝试 `partnerdesk demo`。
open-needs-repair = { $path } 未正常关闭，需要修复（会写入）：请在不带 --read-only 的情况下打开一次（或让 `partnerdesk serve` 打开）。
open-needs-upgrade = { $path } 由较旧的 partnerdesk 写入：请在不带 --read-only 的情况下打开一次以进行更新。
open-is-directory = { $path } 是文件夹；请提供其中账簿文件的路径。
open-unavailable = 无法打开 { $path }：{ $reason }。
file-permission-denied = 权限被拒绝
file-read-only-file-system = 文件系统为只读
file-disk-full = 磁盘已满
file-damaged = 文件已损坏（{ $detail }）
write-storage = 无法写入账簿，未做任何更改：{ $error }

## The customer record's lines

domain-and-tenant = { $domain }  ·  租户 { $tenant }
address-and-contacts = { $address }  ·  支持联系人：{ $contacts }
record-region = { $country }（{ $code }）  ·  { $cloud }

## Administering a customer from its record, the audit event, the command line
tenant-key-suspend = 暂停
tenant-key-reactivate = 重新激活
tenant-key-quantity = 许可证数量
tenant-key-cancel-subscription = 取消订阅
tenant-key-assign = 分配许可证
tenant-key-unassign = 取消分配许可证
tenant-key-add-tenant-user = 添加用户
tenant-key-reset-password = 重置密码
tenant-key-global-admin = 全局管理员角色
tenant-suspend-title = 暂停订阅
tenant-suspend-submit = 暂停
tenant-reactivate-title = 重新激活订阅
tenant-reactivate-submit = 重新激活
tenant-quantity-title = 更改许可证数量
tenant-quantity-submit = 更改
tenant-cancel-title = 取消订阅
tenant-cancel-submit = 取消…
tenant-assign-title = 分配许可证
tenant-assign-submit = 分配
tenant-unassign-title = 取消分配许可证
tenant-unassign-submit = 取消分配
tenant-add-tenant-user-title = 添加用户
tenant-add-tenant-user-submit = 添加该用户
tenant-reset-title = 重置密码
tenant-reset-submit = 重置
tenant-reset-hint = 将生成一次性临时密码并只显示一次；账簿从不保存它。
tenant-password-title = 临时密码
tenant-password-done = 完成
tenant-password-hint = 请现在交给该用户：它只显示这一次，不会被保存。用户首次登录时设置自己的密码。
tenant-global-admin-title = 设为或取消全局管理员
tenant-global-admin-submit = 保存
tenant-make-global-admin = 设为全局管理员
tenant-remove-global-admin = 取消全局管理员
tenant-quantity-hint = 不得少于已分配的许可证数
tenant-add-user-global-hint = 授予新用户该租户中的全局管理员角色。
tenant-cancel-detail = 它将从记录中移除，其许可证从持有的用户处收回；审核日志会保留它。
record-scroll-hint = ↑↓ PgUp PgDn 滚动
key-command-line = 命令行：按名称执行任何操作，:customer 域名、:inv INV-12、:theme light、:lang vi、:tz Asia/Shanghai
key-run-command = 运行
key-complete = 补全
command-title = 命令
key-audit-event = 修改前 → 修改后
audit-event-title = 审核事件 { $seq } — { $action }
audit-via = 登录方式
audit-changes = 更改内容（修改前 → 修改后）
audit-nothing-recorded = 此事件未记录任何字段。
audit-whole = 值
key-mca-hint = 其全局管理员已接受 Microsoft 客户协议：与接受邀请时一样立即记录。使用产品密钥需要此项。
key-dap-hint = 同时提供委派管理：将在“邀请”中为此客户起草一份委派管理员优惠。
msg-customer-product-key-needs-advisor = 产品密钥仅供获得顾问授权的合作伙伴使用；{ $partner } 未获得该授权（公司资料中列出了您拥有的授权）。
msg-customer-mca-needed-for-key = { $company } 尚未接受 Microsoft 客户协议：其全局管理员接受后，请勾选此项。
op-manage-subscriptions = 更改客户的订阅
op-manage-tenant-users = 管理客户的用户
roles-manage-subscriptions = 管理员代理、销售代理或支持人员代理角色、完全管理权限或全局管理员
roles-manage-tenant-users = 完全或有限管理权限、管理员代理或支持人员代理角色，或全局管理员（在其自己的租户中：全局管理员）
input-global-admin = 全局管理员
input-temporary-password = 临时密码
input-user = 用户

## the command line, the config file's key bindings, and the language of a session
config-unknown-action = 没有名为“{ $action }”的操作（`partnerdesk config --actions` 会列出所有操作；选项卡和移动键保留各自的按键）
config-key-taken = { $key } 在那里已是“{ $other }”的按键；请也为那个操作重新绑定，或选择其他按键
command-needs = :{ $command } 需要 { $argument }
command-unknown = 没有命令“{ $command }”；输入几个字母后按 Tab 可列出以此开头的命令。
command-no-customer = 列表中没有域名或租户 ID 为“{ $wanted }”的客户。
command-no-invitation = 此列表中没有邀请 { $id }。
command-language = partnerdesk 不支持语言 { $language }；:lang 可用 en、vi、tr 或 zh-CN。
zone-now = 从现在起，时间按 { $zone } 时区显示。
zone-is = 时间按 { $zone } 时区显示；用 :tz 名称 更改（如 Asia/Shanghai）。
zone-unknown = “{ $zone }”不是时区；:tz 需要 Asia/Shanghai 这样的名称。
subscription-added-with-offer = 已为 { $company } 设置订阅；委派管理员优惠 { $offer } 是“邀请”中待发送的草稿。
clipboard-subject = 主题：{ $subject }
ssh-no-pty = partnerdesk 需要终端：请用 `ssh -t` 重新连接。
ssh-no-pty-key = partnerdesk 需要终端，而此密钥不允许分配终端（no-pty，或未带 pty 的 restrict）。
ssh-busy = partnerdesk：打开的会话过多；请稍后再试。

## the subcommands (src/text/cli.rs)
cli-no-organization = 此账簿尚无合作伙伴组织
cli-quantity-for-offers = --quantity 用于购买优惠；此链接是经销商邀请
cli-mca-accepted = 同时已接受 Microsoft 客户协议。
cli-no-customer = 账簿中没有租户 ID 或域为 { $key } 的客户
cli-no-customer-domain = 账簿中没有域为 { $domain } 的客户
cli-cloud-usage = --cloud { $cloud }：请使用 public、usgov、germany 或 21vianet
cli-accepted = { $admin ->
    [yes] 已接受 { $invitation }：{ $partner } 现为 { $customer } 的经销商，并拥有委派管理员权限。
   *[no] 已接受 { $invitation }：{ $partner } 现为 { $customer } 的经销商。
}
cli-admin-moved = 管理员权限已从合作伙伴 { $from } 转移。
cli-portal = （在 Microsoft 门户中，此客户在{ $portal }中接受。）
cli-stays-listed = { $company } 仍在你的列表中：另一关系仍然存在。
cli-customer-added = 已添加 { $company }，域为 { $domain }（租户 { $tenant }）。
cli-customer-added-no-admin = 你是其经销商，但没有管理员权限：由其全局管理员授予。如需请求：partnerdesk invite --customer { $domain } --restore-admin

## Languages and time zones in the config file and the command line's text output
config-zone-unknown = “{ $zone }”不是时区数据库中的时区；请写 Asia/Shanghai 这样的名称。
config-language-unknown = partnerdesk 不支持语言“{ $language }”；请使用 { $languages } 之一。
catalogue-offer-line = { $id }  { $name } 最多 { $licences }  { $trial } { $services }
session-unknown-user = { $email } 既不是合作伙伴用户，也不是此账簿中某个客户的用户；请检查地址，或用 `partnerdesk export` 列出用户。

## The SSH server's own lines, for whoever runs `serve`
ssh-serving = 正在 { $listen } 上为 { $keys } 个密钥提供服务；主机密钥 { $fingerprint }（{ $path }）
ssh-file-limit-raised = 打开文件数上限已从 { $before } 提高到 { $after }
ssh-key-line-skipped = { $path } 第 { $line } 行已跳过：{ $why }

## What bringing an older book up to date did (the migration log)
migration-schema = 架构 v{ $from } → v{ $to }
migration-steps = { $schema }：{ $steps }
migration-separator = ；
migration-list-rows = 已为 { $customers } 个客户重建列表行
migration-catalogue-kept = 保留其产品目录
migration-catalogue-added = 已添加含 { $offers } 个产品的默认目录
migration-audit-reduced = { $records } 条审核记录已精简为其更改的字段
migration-checksums = { $tables } 个表的 { $records } 条记录已加上校验和
migration-operator-settings = 已添加保存操作员自选语言的表

## The language of a reseller request's email, chosen in the request form (or --email-lang)
input-email-language = 邮件语言
email-language-by-country = 按客户所在国家/地区
email-language-of-country = { $language }（按所在国家/地区）
cli-help-invite--email-lang = 邮件的语言：en、vi、tr 或 zh-CN（默认：按客户所在国家/地区）

## An offer's page: what it offers
offered-line = { $name } — { $licences } 个许可证
offered-trial-line = { $name } — { $licences } 个许可证，{ $days } 天

## A form's checkbox that cannot be changed
field-locked = 已锁定

## Key scripts (`snapshot --keys`, the config file's keys)
keyscript-bad = 按键脚本在“{ $token }”处有误：{ $reason }
keyscript-resize = 调整大小写作 <resize:80x24>
keyscript-width = 宽度不是数字
keyscript-height = 高度不是数字
keyscript-size = 屏幕的宽和高均为 1 到 1000 个单元格
keyscript-unknown-key = 未知的按键名称（参见 `partnerdesk snapshot --help`）
keyscript-unclosed = < 没有对应的 >（要输入 < 本身，请写 <lt>）

## When the desk stops on an internal error (the terminal is restored first)
crash-stopped = 因内部错误在 { $location } 处停止：{ $message }
crash-changes-safe = 此前已提交的每项更改都安全地保存在账簿中。
crash-log = 日志位于 { $log }；请将其附在错误报告中。
