# partnerdesk — zh-CN: granular delegated admin (GDAP): role templates, access assignments, approval links, expiry, bulk jobs, access health.
# Same ids and arguments in every locale (tests: i18n::tests).

gdap-approval-link = 批准链接
gdap-template-matches = 角色与模板完全一致
gdap-nothing-ending = 在此期间没有要结束的精细管理关系。
gdap-no-problems = 没有客户存在访问问题。
gdap-none-differ = 每个有效关系的角色都与模板完全一致。
gdap-template-microsoft-default = Microsoft 默认角色
gdap-template-support = 支持（最低权限）
gdap-template-read-only = 只读
gdap-window-day = 1 天内
gdap-window-week = 7 天内
gdap-window-month = 31 天内
gdap-window-later = 更晚
gdap-cannot-extend-global-admin = 包含全局管理员角色
gdap-renewal-auto-extends = 自动延长 180 天
gdap-renewal-off = 结束：自动延长已关闭
gdap-renewal-cannot = 结束，无法自动延长：{ $reason }
gdap-renewal-approval-lapses = 客户不批准则失效
gdap-ends-in = { $days ->
    [0] 今天结束
   *[other] { $days } 天后结束
}
gdap-access-none = 无
gdap-access-pending = 等待批准
gdap-access-active = 活动
gdap-access-expiring = { $days } 天后过期
gdap-problem-without-reseller = 有 GDAP 但没有经销商关系
gdap-problem-expires-cannot-extend = { $id } 将在 { $days } 天后过期，无法自动延长：{ $reason }
gdap-problem-expires-auto-extend-off = { $id } 将在 { $days } 天后过期，自动延长已关闭
gdap-problem-approval-lapses = { $id } 未获批准，将在 { $days } 天后失效
gdap-reseller-yes = 经销商
gdap-reseller-no = 没有经销商关系
gdap-template-differs = { $id } 与 { $template } 不同：缺少 { $missing }；多出 { $extra }
gdap-pending-age = 已等待 { $days } 天，{ $left } 天后失效
gdap-not-an-id = “{ $text }”不是形如 GDAP-3 的关系 ID
gdap-no-such-template = 没有角色模板“{ $template }”；`partnerdesk gdap templates` 会列出所有模板。
gdap-not-a-role = “{ $text }”不是 Microsoft Entra 内置角色的 ID
gdap-no-such-relationship = 账簿中没有精细管理关系 { $id }。
gdap-no-organization = 此账簿尚无合作伙伴组织。
gdap-rec-access = GDAP 访问
gdap-access-summary = { $reseller } · GDAP { $access }
gdap-input-template = 角色模板
gdap-template-hint = 起始角色；可在下方勾选更多
gdap-no-template = 无
