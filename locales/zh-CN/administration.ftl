# partnerdesk — zh-CN: administering a customer from its record: subscriptions, users, licences, contacts, company profile, region and cloud.
# Same ids and arguments in every locale (tests: i18n::tests).

## 规则 3：CSP 区域与云。
csp-region-africa = 非洲
csp-region-asia-pacific = 亚太
csp-region-australia = 澳大利亚
csp-region-brazil = 巴西
csp-region-canada = 加拿大
csp-region-europe = 欧洲
csp-region-india = 印度
csp-region-japan = 日本
csp-region-korea = 韩国
csp-region-latin-america-caribbean = 拉丁美洲和加勒比
csp-region-middle-east-central-eastern-europe = 中东、中欧和东欧
csp-region-new-zealand = 新西兰
csp-region-russia = 俄罗斯
csp-region-taiwan = 台湾
csp-region-united-states = 美国
msg-customer-other-cloud = { $company } 位于{ $cloud }云；{ $partner } 位于{ $partner_cloud }云，只与同一云中的客户交易。
msg-customer-other-region = { $company } 位于{ $country_name }（{ $country }），不在 { $partner } 的 CSP 区域（{ $region }）内；合作伙伴只与本国或本 CSP 区域的客户交易。
msg-customer-other-country = { $company } 位于{ $country_name }（{ $country }）；{ $partner } 位于{ $partner_country_name }（{ $partner_country }），这是一个独立的 CSP 市场，只与该国的客户交易。

## 从客户记录管理租户：拒绝。
msg-tenant-no-admin-privileges = 你对 { $company } 没有管理员权限：其用户由其自己的全局管理员管理，或向其发送委派管理员优惠。
msg-tenant-no-tenant-role = 你的角色不允许管理受支持的公司：请申请完全管理或有限管理，或一个代理角色。
msg-tenant-not-reseller = 你不是 { $company } 的经销商：只有销售其订阅的合作伙伴才能更改这些订阅。
msg-tenant-bought-through-partner = 通过合作伙伴购买的订阅由该合作伙伴更改：请联系你的经销商。
msg-tenant-no-such-subscription = { $company } 没有订阅 { $subscription }。
msg-tenant-no-such-user = { $email } 不是 { $company } 的用户。
msg-tenant-user-exists = { $email } 已经是此租户的用户。
msg-tenant-is-suspended = { $subscription } 已暂停：请先重新激活。
msg-tenant-has-expired = { $subscription } 已过期：现在无法再更改。
msg-tenant-is-trial = { $subscription } 是试用：在购买之前其许可证数量固定。
msg-tenant-is-active = { $subscription } 处于活动状态：无需重新激活。
msg-tenant-quantity-unchanged = { $subscription } 已有 { $quantity } 个许可证。
msg-tenant-below-assigned = 至少为 { $assigned }：{ $subscription } 已分配 { $assigned } 个许可证；请先取消分配
msg-tenant-all-assigned = { $subscription } 的全部 { $quantity } 个许可证都已分配：请添加许可证或先取消分配一个。
msg-tenant-already-assigned = { $email } 已有 { $subscription } 的许可证。
msg-tenant-not-assigned = { $email } 没有 { $subscription } 的许可证。
msg-tenant-reset-needs-global = { $email } 是全局管理员：只有完全管理才能重置管理员的密码。
msg-tenant-needs-global = 此操作需要租户的全局管理员（完全管理或管理员代理）；有限管理只能重置密码。
msg-tenant-already-global-admin = { $email } 已经是全局管理员。
msg-tenant-not-global-admin = { $email } 不是全局管理员。
msg-tenant-last-global-admin = { $email } 是 { $company } 的最后一位全局管理员：请先让另一位用户成为全局管理员。

## 从客户记录管理租户：界面与结果。
tenant-no-subscriptions = { $company } 没有订阅。
tenant-no-users = { $company } 没有用户。
tenant-subscription-option = { $id } · { $status } · 已分配 { $assigned }/{ $quantity } · { $offer }
tenant-user-option = { $email } · { $name }
tenant-user-option-global-admin = { $email } · 全局管理员 · { $name }
tenant-cancel-prompt = 取消 { $company } 的 { $id }（{ $offer }）？
tenant-subscription-suspended = { $company } 的 { $id } 已暂停。
tenant-subscription-reactivated = { $company } 的 { $id } 已重新激活。
tenant-subscription-cancelled = { $company } 的 { $id } 已取消。
tenant-quantity-changed = { $id } 现有 { $quantity } 个许可证。
tenant-licence-assigned = { $email } 现已拥有 { $id } 的许可证。
tenant-licence-unassigned = 已收回 { $email } 的 { $id } 许可证。
tenant-user-added = { $email } 现在是 { $company } 的用户。
tenant-global-admin-given = { $email } 现在是全局管理员。
tenant-global-admin-taken = { $email } 不再是全局管理员。
tenant-password-reset = { $email } 的密码已重置。
tenant-suspend-and-remove-prompt = 暂停 { $count } 个订阅（{ $ids }）并删除你与 { $company } 的经销商关系？
tenant-removal-detail = 你的管理员权限和支持联系人也将一并删除，{ $company } 将离开你的客户列表。
tenant-removal-detail-remains = 你的管理员权限和支持联系人也将一并删除；{ $company } 仍保留在你的列表中，剩余：{ $remains }。
tenant-granular-remains = 精细管理关系 { $id }
tenant-suspended-and-removed = 已暂停 { $company } 的 { $count } 个订阅，并删除了你的经销商关系。

## 记录合作伙伴，客户端（规则 10）。
msg-partner-unknown-to-customer = { $id } 不是此处已知的合作伙伴；请向合作伙伴核对 ID。
msg-partner-cannot-be-partner-of-record = { $name }（{ $kind }）不能成为记录合作伙伴：只有经销商或顾问可以。
msg-partner-neither-reseller-nor-advisor = { $name } 既未获授权为经销商也未获授权为顾问，因此不能成为记录合作伙伴。
msg-partner-in-other-cloud = { $name } 在{ $cloud }云中工作，而你的租户在{ $customer_cloud }云中：记录合作伙伴在其客户所在的云中工作。
por-confirm = 将 { $name } 设为 { $sub } 的记录合作伙伴？
por-found = 检查 ID 找到 { $name }：{ $kind }，{ $country_name }（{ $country }），{ $cloud }云，合作伙伴 ID { $id }。

## 添加客户（规则 7）。
customer-added-as-reseller = 已添加 { $company }：你是其经销商；管理员权限由其全局管理员授予（请发送委派管理员优惠）。

## 多合作伙伴：将管理员权限保留在其他合作伙伴处，还原管理员权限。
admin-key-restore-admin = 请求还原管理员权限
admin-restore-title = 请求还原委派管理员权限
admin-restore-submit = 起草电子邮件
admin-includes-restore = 仅委派管理员权限：你的经销商请求重新持有这些权限
admin-kind-restore-short = 还原
admin-restore-hint-holder = 你的经销商客户；其管理员权限目前由 { $holder } 持有。接受后将转给你。
admin-restore-hint-none = 你的经销商客户；目前没有合作伙伴持有其管理员权限。接受后将授予你。
admin-move-or-keep-hint = 目前由 { $holder } 持有；只能有一个合作伙伴持有。勾选以将其转给 { $partner }；留空则保留在 { $holder } 处，仅接受经销商关系（不授予管理员权限）。
admin-not-granted = 已请求管理员权限，但未授予：客户将其保留在持有它的合作伙伴处
admin-restore-asked = 仅请求还原管理员权限
admin-accepted-restored = 已接受：{ $partner } 重新持有你的委派管理员权限。（在 Microsoft 门户中，此操作在 { $portal } 中完成。）
admin-accepted-not-granted = 已接受：{ $partner } 现在是你的经销商；你的管理员权限仍由持有它的合作伙伴持有，因此未授予。（在 Microsoft 门户中，此操作在 { $portal } 中完成。）
admin-cli-not-granted = 未向 { $partner } 授予管理员权限：权限仍由持有它的合作伙伴持有。
msg-inv-admin-choice-needed = 合作伙伴 { $holder } 目前拥有 { $company } 的管理员权限；同一时间只能有一个合作伙伴拥有。请选择：将其转给 { $partner }，或保留在 { $holder } 处并仅接受经销商关系。
msg-inv-restore-admin-move = 合作伙伴 { $holder } 目前拥有 { $company } 的管理员权限；此请求仅将权限还原给 { $partner }，接受即会转移权限：请选择转移，或拒绝此请求以保持不变。
msg-inv-restore-needs-reseller = { $company } 不是 { $partner } 的经销商客户：请改为请求经销商关系（包含委派管理员权限）。
msg-inv-admin-held-already = { $partner } 已拥有 { $company } 的管理员权限：无需还原。
letter-restore-admin-subject = { $partner } 请求 { $company } 还原委派管理员权限
letter-restore-admin-body =
    尊敬的{ $company }管理员：

    { $partner } 是贵公司的 Microsoft 云解决方案提供商，并继续负责为贵公司提供支持。为了能够再次代表贵公司管理服务，我们请求贵公司还原我们的委派管理员权限。同一时间只能有一个合作伙伴持有这些权限：如果目前由其他合作伙伴持有，接受后将转给 { $partner }。贵公司可以随时在管理中心删除这些权限。

    如需接受，请由 { $company } 的全局管理员打开此链接并登录 { $portal }：

    { $link }

    此致
    敬礼
    { $sender }

## 授予谁、授予什么、多长时间：在客户确认之前说明。
admin-move-prompt = 将 { $company } 的管理员权限转给 { $partner }？
admin-approve-prompt = 批准 { $id }（{ $name }）？
admin-grant-everything = 全局管理员，因此包括所有其他管理员角色
admin-grant-summary =
    { $length ->
        [removed] { $partner } 获得{ $roles }，直到你将其删除。
        [extending] { $partner } 获得{ $roles }，为期 { $days } 天，之后每次自动延长 180 天。
       *[days] { $partner } 获得{ $roles }，为期 { $days } 天。
    }
admin-grant-taken-from = { $holder } 将失去这些权限：同一时间只能有一个合作伙伴持有。
admin-grant-support = { $reseller } 作为你的经销商，继续负责提供支持。

## 为多个客户添加、删除或替换支持联系人。
admin-input-contacts-mode = 更改方式
admin-contacts-mode-add = 将勾选的人员添加到每个列表
admin-contacts-mode-remove = 从每个列表中删除勾选的人员
admin-contacts-mode-replace = 用勾选的人员替换每个列表
admin-contacts-mode-hint = 替换会删除所有未勾选的支持联系人；结果会列出删除了谁。
admin-contacts-changed = 已更改 { $changed } 个客户的支持联系人：添加 { $added } 个。
admin-contacts-removed = 已删除：{ $which }。
admin-contacts-removed-from = { $email }（{ $count } 个客户）
msg-user-still-support-contact = { $name } 是 { $count } 个客户（{ $companies }）的支持联系人：请先将其从这些列表中删除（客户：标记、c、删除；或 partnerdesk contacts remove），然后再删除该用户。
admin-cli-user-line = { $name } <{ $email }> · { $roles } · { $supported }
admin-cli-users-bad-value = { $flag } { $value }：不是可接受的值（参见 partnerdesk users --help）。
admin-cli-users-no-user = 账簿中没有合作伙伴用户 { $email }。

## 客户的合作伙伴选项卡：每个合作伙伴的角色和联系方式。
admin-related-granular = 精细管理
admin-partner-contact-hint = 其客户看到的信息：电子邮件、电话和地址（均可留空）。
admin-contact-unknown = 未知
admin-granular-only = 仅精细管理

## partners add|edit：合作伙伴的客户所见的联系信息（seed 001）。
cli-help-partners-add--email = 合作伙伴的联系邮箱，即其客户所见（留空以清除）
cli-help-partners-add--phone = 合作伙伴的电话号码（留空以清除）
cli-help-partners-add--address = 合作伙伴的街道地址（留空以清除）
cli-help-partners-add--city = 合作伙伴所在城市（留空以清除）
cli-help-partners-add--postal-code = 合作伙伴的邮政编码（留空以清除）
cli-help-partners-edit--email = 合作伙伴的联系邮箱，即其客户所见（留空以清除）
cli-help-partners-edit--phone = 合作伙伴的电话号码（留空以清除）
cli-help-partners-edit--address = 合作伙伴的街道地址（留空以清除）
cli-help-partners-edit--city = 合作伙伴所在城市（留空以清除）
cli-help-partners-edit--postal-code = 合作伙伴的邮政编码（留空以清除）

## 客户更改其管理员权限，以及谁仍负责支持（规则 9）。
admin-changed = { $company } 的管理员权限已更改。
admin-changed-reseller-supports = { $company } 的管理员权限已更改；其经销商 { $reseller } 仍负责支持。
advisor-removed = { $partner } 不再是 { $company } 的顾问。
remove-admin-detail-reseller-supports = 该合作伙伴将无法再管理你的服务；你的经销商 { $reseller } 仍负责你的支持。
remove-admin-detail-alone = 该合作伙伴将无法再管理你的服务。
