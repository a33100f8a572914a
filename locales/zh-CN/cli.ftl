## 命令行：子命令的输出、通过 SSH 的拒绝以及 `--help`。

cli-offer-not-in-catalogue = 目录中没有“{ $offer }”；`partnerdesk offer catalogue` 会列出目录
cli-key-redeemed = 已为 { $company } 设置 { $subscription }：{ $offer } · { $count } 个许可证。
cli-admin-held-by = 管理员权限现在属于合作伙伴 { $partner }。
cli-admin-held-by-nobody = 目前没有合作伙伴持有管理员权限。
cli-support-stays-with = 经销商合作伙伴 { $partner } 仍负责支持。
cli-field = { $label }：{ $value }
cli-not-in-directory = 目录中没有 ID 为 { $id } 的合作伙伴
cli-tenant-gone = 你的租户已不在账簿中
cli-not-a-subscription-id = “{ $text }”不是类似 SUB-12 的订阅 ID
cli-not-an-invitation-id = “{ $text }”不是类似 INV-12 的邀请 ID
cli-not-an-offer = { $id } 不是此账簿中的优惠
cli-name-the-customer = 请指定客户：--customer TENANT-ID|DOMAIN
cli-no-subscription = 账簿中没有订阅 { $subscription }
cli-customer-lacks-subscription = { $company } 没有订阅 { $subscription }
cli-no-subscriptions = { $company } 没有订阅。
cli-subscription-now = { $company } 的 { $subscription }：{ $status } · 已分配 { $assigned }/{ $quantity } 个许可证
cli-subscription-cancelled = { $company } 的 { $subscription } 已取消。
cli-subscription-row = { $subscription } { $offer } · { $status } · 已分配 { $assigned }/{ $quantity } · 记录合作伙伴 { $partner } · { $users }
cli-customer-tenant = 租户 { $tenant } · { $region }
cli-customer-subscription = { $id } { $offer } { $assigned }/{ $quantity } { $status } · 记录合作伙伴 { $partner }
cli-customer-user = { $admin ->
    [yes] { $name } <{ $email }>（全局管理员）
   *[no] { $name } <{ $email }>
}
cli-tenant-user-row = { $admin ->
    [yes] { $name } <{ $email }> · 全局管理员 · 许可证：{ $licences }
   *[no] { $name } <{ $email }> · 许可证：{ $licences }
}
cli-tenant-user-added = { $email } 现在是 { $company } 的用户。
cli-temporary-password = { $user } 的临时密码：{ $password }
cli-temporary-password-once = 它只显示这一次，不会保存；用户在首次登录时自行设置密码。
cli-global-admin-now = { $admin ->
    [yes] { $email } 现在是 { $company } 的全局管理员。
   *[no] { $email } 不再是 { $company } 的全局管理员。
}
cli-declined = 已拒绝 { $invitation }。
cli-revoked = 已撤销 { $invitation }。
cli-purged = 已清除 { $count } 个邀请。
cli-admin-flag = 管理员：{ $admin ->
    [yes] 是
   *[no] 否
}
cli-used-by = 已有 { $count } 个客户使用
cli-invite-whom = 请指定客户：--customer DOMAIN，或用 --company NAME --contact EMAIL 指定潜在客户
cli-status-usage = --status { $status }：请使用 draft、sent、accepted、declined、expired 或 revoked
cli-line-usage = --line { $line }：请写成 OFFER=COUNT，例如 "Power BI Pro=10"
cli-catalogue-no-trial = 无试用
cli-catalogue-trial = 试用 { $licences } × { $days } 天
cli-offer-uses = { $id }：已有 { $count } 个客户使用
cli-offer-use = { $admin ->
    [yes] { $at }  { $company }  由 { $by }：{ $lines }，委派管理员
   *[no] { $at }  { $company }  由 { $by }：{ $lines }
}
cli-offer-used = 已使用 { $invitation }：{ $customer } 已接受 { $partner } 的{ $kind }。
cli-offer-bought = { $subscription }  { $offer } × { $count }，记录合作伙伴 { $partner }
cli-offer-changed = { $offer }：{ $bought } 个许可证，而非提供的 { $offered } 个。
cli-offer-admin = { $partner } 现在持有委派管理员权限。
cli-offer-url-uses = 已有 { $count } 个客户使用此 URL。
cli-por-customer-side = 记录合作伙伴由客户设置：请用 --as 指定客户的全局管理员
cli-since-usage = --since { $text }：请写日期（如 2026-11-01）或时刻（如 2026-11-01T09:00:00Z）
cli-check-migrated = { $book }：架构 v{ $version }；已于 { $when } 更新（{ $migration }）。
cli-check-clean = { $book }：已检查 { $count } 条记录，未发现问题。
cli-damaged = { $book } 已损坏：问题已在上方列出
cli-backup-failed-check = { $path } 处的备份未通过检查：{ $problems }
cli-backed-up = 已备份到 { $path }，并通过检查：{ $customers } 个客户、{ $invitations } 个邀请、{ $audit } 条审核日志记录。
cli-demo-read-only = --read-only 无法创建演示账簿：`demo` 会写入账簿
cli-demo-exists = { $path } 已有账簿；如要用新的演示账簿替换，请加 --force
cli-demo-opening = 正在打开 { $path } 处已有的演示账簿（如要新建请加 --force）。
cli-demo-progress = { $bar } { $done }/{ $total } 个客户，剩余 { $eta }
cli-demo-cannot-place = 无法把演示账簿放到 { $path }
cli-demo-made = 演示账簿位于 { $path }（{ $seconds } 秒）：{ $customers } 个客户、{ $users } 个合作伙伴用户、{ $invitations } 个邀请。
cli-import-read-only = --read-only 无法导入：导入会写入账簿（用 --dry-run 查看导入会做什么）
cli-restore-one-file = 还原只读取一个导出文件；请给出一个 FILE
cli-restore-progress = { $spinner } 已还原 { $done } 条记录
cli-restored = { $dry_run ->
    [yes] 将从 { $file } 还原到 { $book }
   *[no] 已从 { $file } 还原到 { $book }
}：{ $customers } 个客户、{ $invitations } 个邀请、{ $users } 个合作伙伴用户、{ $relationships } 个管理关系、{ $audit } 条审核日志记录。
cli-import-progress = { $bar } { $done }/{ $total } 项
cli-cannot-read = 无法读取 { $path }：{ $error }
cli-import-unknown-format = { $path }：无法判断其格式；请用 --format 指定（export、pc-customers、pc-subscriptions、gdap、csv）
cli-imported = { $dry_run ->
    [yes] 将导入
   *[no] 已导入
} { $files }（{ $format }）：新增 { $added }，更新 { $updated }，未变 { $unchanged }，拒绝 { $refused }。
cli-import-refused = 已拒绝：{ $file } { $at }：{ $reason }
cli-init-read-only = --read-only 无法建立账簿：`init` 会写入账簿
cli-init-done = 已在 { $book } 建立 { $company }。
cli-init-signed-in = 已以全局管理员 { $name }（{ $email }）登录：用 `partnerdesk --db { $book }` 打开。
cli-init-import = 用 `partnerdesk import --db { $book } FILE` 导入你的客户（参见 `partnerdesk import --help`）。
cli-config-no-home = 没有可存放配置文件的主目录
cli-config-missing = 尚不存在：`partnerdesk config --print-default > FILE` 可创建一个
cli-config-in-force = 已读取，正在生效
cli-config-refused = 已拒绝：{ $error }
cli-no-data-dir = 找不到存放 partnerdesk 数据的主目录；请使用 --db PATH
cli-brought-up-to-date = { $book }：已更新（{ $migration }）。
cli-export-partner-only = 整个账簿属于合作伙伴：请以合作伙伴用户而非客户用户身份导出
cli-man-written = 手册页已写入 { $dir }。
cli-serve-no-as = serve 按每位操作员的 SSH 密钥登录（--authorized-keys）；--as 不适用
cli-size-usage = --size { $size }：{ $why }
cli-size-form = 请写成 宽x高，例如 120x35
cli-size-width = 宽度不是数字
cli-size-height = 高度不是数字
cli-size-range = 屏幕每个方向为 1 到 1000 个单元格
cli-now-usage = --now { $now }：请写时刻，例如 2026-11-25T09:00:00Z
cli-cannot-write = 无法写入 { $path }
cli-unclosed-quote = 命令中有未闭合的引号
cli-remote-no-db-or-as = 通过 SSH，命令以你的密钥对应的用户身份在所服务的账簿上运行：--db 和 --as 不适用
cli-remote-server-only = `{ $command }` 处理服务器上的文件，不能通过 SSH 运行：请在服务器本机上运行（账簿已在 `serve` 中打开）
cli-heading-usage = 用法：
cli-heading-commands = 命令
cli-heading-arguments = 参数
cli-heading-options = 选项
