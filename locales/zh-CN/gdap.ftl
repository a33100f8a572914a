# partnerdesk — zh-CN: granular delegated admin (GDAP): role templates, access assignments, approval links, expiry, bulk jobs, access health.
# Same ids and arguments in every locale (tests: i18n::tests).

gdap-approval-link = 批准链接
gdap-template-matches = 角色与模板完全一致
gdap-nothing-ending = 在此期间没有要结束的精细管理关系。
gdap-no-problems = 没有客户存在访问问题。
gdap-none-differ = 每个有效关系的角色都与模板完全一致。
gdap-template-microsoft-default = Microsoft 默认角色（间接提供商）
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
gdap-input-security-group = 安全组
gdap-input-group-name = 组名称
gdap-input-assignment = 访问分配
gdap-msg-assign-not-active = { $id } 当前为{ $status }；只能在活动的关系上进行访问分配。
gdap-msg-role-not-held = { $id } 不包含 { $role }：访问分配只能授予该关系中的角色。
gdap-msg-group-assigned-already = { $group } 已通过 { $assignment } 拥有 { $id } 的角色；请先删除该分配。
gdap-msg-already-removed = { $assignment } 已{ $status }。
gdap-msg-not-in-progress = { $assignment } 当前为{ $status }：Microsoft 没有可报告的结果。
gdap-msg-not-a-group-id = “{ $text }”既不是簿册中的安全组，也不是组对象 ID（GUID）
gdap-msg-group-named-otherwise = 此组在簿册中的名称为“{ $name }”；请将名称留空
gdap-msg-new-group-needs-name = 新组需要填写其在 Microsoft Entra 中显示的名称
gdap-msg-assignment-gone = { $assignment } 已不在簿册中。
gdap-problem-no-assignment = { $id } 处于活动状态，但没有安全组拥有其角色
gdap-problem-assignment-failed = { $relationship } 的 { $id } 失败：{ $reason }
gdap-key-assign = 分配给组
gdap-key-unassign = 删除分配
gdap-assign-title = 将角色分配给安全组
gdap-unassign-title = 删除访问分配
gdap-group-hint = 簿册中的组（名称或 ID），或新组的对象 ID
gdap-group-name-hint = 仅用于新组
gdap-assign-roles-hint = 组成员获得的此关系中的角色
gdap-unassign-detail = Microsoft 将删除该分配；组成员将失去在客户租户中的这些角色。
gdap-no-assignments = 没有访问分配：没有安全组拥有此关系的角色。
gdap-no-groups = 尚无安全组
gdap-assignment-pending = 待处理
gdap-assignment-active = 活动
gdap-assignment-deleting = 正在删除
gdap-assignment-deleted = 已删除
gdap-assignment-error = 失败
gdap-assignment-error-group-not-found = 您的租户中没有该安全组
gdap-assignment-error-relationship-ended = 关系已先行结束
gdap-assignment-error-role-not-held = 某个角色已不在该关系中
gdap-assignment-error-microsoft = Microsoft 报告：{ $message }
gdap-assignment-error-because = 失败：{ $reason }
gdap-assignment-saved = { $id }：{ $status }。
gdap-unassign-prompt = 要从 { $group } 删除 { $id } 吗？
gdap-assignment-line = { $id } · { $group } · { $roles } · { $status }
gdap-assigned-count = { $count ->
    [0] 没有访问分配
   *[other] { $count } 个访问分配
}
gdap-not-an-assignment-id = “{ $text }”不是类似 ACC-4 的访问分配 ID
gdap-no-such-assignment = 簿册中没有访问分配 { $id }。
gdap-assign = 分配
gdap-remove = 删除
gdap-key-problems-only = 仅显示访问问题
gdap-col-access = GDAP
gdap-problems-only-on = { $count ->
    [0] 没有客户存在访问问题。（按 ! 显示所有客户）
   *[other] { $count } 个客户存在访问问题。（按 ! 显示所有客户）
}
gdap-problems-only-off = 正在显示所有客户。
gdap-cell-none = —
gdap-cell-pending = 待批准
gdap-cell-active = 活动
gdap-cell-expiring = { $days } 天
gdap-problems-only-next = 按 ! 重新显示所有客户。
gdap-status-problems-only = 仅访问问题 (!)
gdap-msg-remove-ga-not-active = { $id } 当前为{ $status }；Microsoft 只允许从活动的关系中删除全局管理员角色。
gdap-msg-no-global-admin = { $id } 不包含全局管理员角色。
gdap-msg-only-global-admin = 全局管理员是 { $id } 的唯一角色；请改为结束该关系。
gdap-msg-assignment-holds-global-admin = { $assignment } 将 { $id } 的全局管理员角色授予了某个组；请先删除该分配。
gdap-msg-no-live-relationship = { $company } 没有可更改的精细管理关系。
gdap-msg-no-tenant-on-line = 第 { $line } 行没有租户 ID：“{ $text }”
gdap-bulk-would = { $item } · { $company } · 将会完成
gdap-bulk-done = { $item } · { $company } · 已完成
gdap-bulk-refused = { $item } · { $company } · 被拒绝：{ $reason }
gdap-bulk-summary = { $done } 个已完成，{ $refused } 个被拒绝。
gdap-bulk-summary-dry-run = 试运行：{ $done } 个将会完成，{ $refused } 个将被拒绝；未写入任何内容。
gdap-bulk-needs-template = 批量请求需要 --template（参见 `partnerdesk gdap templates`）。
gdap-cannot-read = 无法读取 { $file }：{ $reason }
gdap-input-bulk-action = 操作
gdap-input-dry-run = 试运行
gdap-key-bulk = GDAP 批量操作
gdap-key-export-results = 导出结果（CSV）
gdap-bulk-title = 精细管理：对多个客户执行同一操作
gdap-bulk-run = 运行
gdap-bulk-request-hint = 请求时：向每个客户申请的角色
gdap-bulk-prefix-hint = 请求时：名称为此前缀加客户的域名
gdap-dry-run-hint = 说明每一项将如何处理；不做任何更改
gdap-bulk-results = 批量结果
gdap-bulk-outcome-refused = 被拒绝
gdap-bulk-outcome-would = 将会完成
gdap-bulk-outcome-done = 已完成
gdap-no-bulk = 本次会话中尚未运行批量操作。
gdap-no-bulk-next = 在“客户”选项卡中标记（或筛选）客户，然后按 b。
gdap-col-outcome = 结果
gdap-col-reason = 原因
gdap-col-item = 项目
gdap-count-results = { $shown } / { $total } 个结果
gdap-bulk-request = 按角色模板请求
gdap-bulk-auto-extend-on = 开启自动延期
gdap-bulk-auto-extend-off = 关闭自动延期
gdap-bulk-remove-global-admin = 删除全局管理员角色
gdap-bulk-end = 结束这些关系
gdap-bulk-targets = { $count } 个客户
gdap-bulk-cancelled = 已停止：{ $done } 个已完成，{ $refused } 个被拒绝，{ $left } 个未运行。
gdap-bulk-exported = 已将 { $rows } 个结果写入 { $path }
gdap-bulk-copied = 已将 { $rows } 个结果以 CSV 复制到剪贴板（通过 SSH 时不会在服务器上写入任何内容）。
gdap-bulk-progress = 精细管理：{ $done } / { $total } 项（按 Esc 停止）{" "}
gdap-bulk-stopped = 完成 { $done } 项后停止：{ $why }

## 合作伙伴自己的角色模板，以及批准邮件。
gdap-template-microsoft-default-direct = Microsoft 默认角色（直接合作伙伴、间接经销商）
gdap-template-saved = { $count ->
    [0] 已保存 { $name }；每个有效关系的角色都与其完全一致。
   *[other] 已保存 { $name }；有 { $count } 个有效关系与其不同。
}
gdap-template-removed = 已删除 { $name }；按该模板请求的关系保留其角色。
gdap-msg-template-name-built-in = “{ $name }”是某个 Microsoft 模板的键；请换一个名称
gdap-msg-template-exists = 账簿中已有角色模板“{ $name }”；请改为修改该模板
gdap-msg-template-needs-roles = 角色模板至少包含一个角色
gdap-msg-no-such-template = 账簿中没有角色模板“{ $name }”。
gdap-msg-not-awaiting-approval = { $id } 当前为{ $status }；只有等待客户批准的关系才能请求批准。
gdap-key-approval-email = 通过电子邮件发送批准请求
gdap-approval-sent = { $id }：批准邮件已发送；如果客户不批准，请求将在 { $days } 天后失效。
gdap-letter-role = • { $role }
gdap-letter-approval-subject = { $partner } 请求在贵公司 Microsoft 租户中的管理员角色
gdap-letter-approval-body =
    尊敬的{ $company }管理员：

    { $partner } 请求在贵公司的 Microsoft 租户中获得精细委派管理权限 (GDAP)，以便我们仅使用以下角色为贵公司的服务提供支持，期限为 { $days } 天：

    { $roles }

    该关系的名称为“{ $name }”。如需批准，请由 { $company } 的全局管理员打开此链接并登录 Microsoft 365 管理中心：

    { $link }

    如未获批准，该请求将于 { $lapses } 失效。贵公司可随时在管理中心结束该关系。

    此致
    敬礼
    { $sender }
cli-help-gdap-template = 创建或更改您自己的角色模板（--role、--from），或将其删除（--remove）；说明有多少有效关系与其不同
cli-help-gdap-template--name = 模板名称：最多 50 个字符，不能是某个 Microsoft 模板的键
cli-help-gdap-template--roles = 按 Microsoft Entra 角色模板 ID 指定的角色（可重复）
cli-help-gdap-template--from = 从另一个模板的角色开始（参见 `gdap templates`）
cli-help-gdap-template--remove = 删除模板；按其请求的关系保留其角色
cli-help-gdap-approval-email = 等待客户批准的关系的批准邮件：发给客户的全局管理员，使用客户的语言，附批准链接
cli-help-gdap-approval-email--relationship = 其 ID，与屏幕显示一致（GDAP-3）
gdap-role-templates = 角色模板
gdap-count-templates = { $shown } / { $total } 个模板
gdap-key-new-template = 新建模板
gdap-key-edit-template = 更改其角色
gdap-key-remove-template = 删除模板
gdap-new-template-title = 新建角色模板
gdap-edit-template-title = 更改角色模板的角色
gdap-template-name-placeholder = 一线支持
gdap-built-in-fixed = Microsoft 的模板是固定的；按 n 可基于其中一个创建您自己的模板。
gdap-remove-template-detail = 按该模板请求的关系保留其角色。
gdap-col-from = 来源
gdap-col-differ = 不同
gdap-from-microsoft = Microsoft
gdap-from-partner = 您的
gdap-remove-template-prompt = 删除角色模板 { $name }？
gdap-more-differ = …… 另有 { $count } 个关系
gdap-expiring = 即将到期
gdap-col-window = 期限内
gdap-col-at-the-end = 到期时
gdap-template-row-differs = { $id }（{ $customer }）：缺少 { $missing }；多出 { $extra }
gdap-approval-email-title = 批准邮件
