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
